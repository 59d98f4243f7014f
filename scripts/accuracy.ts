// npm run accuracy: lints the annotated real corpus (../shared/corpus/real, or $PLANDOC_REAL_CORPUS) as
// `plandoc lint --format json` does, scores it with score.py's rules, judges every finding and writes docs/accuracy.md.
//   --review       print the findings without a verdict, with their context, and the verdicts.json entries to complete
//   --update       record the figures in test/accuracy/baseline.json (refused when any is worse, or findings are unreviewed)
//   --allow-worse  with --update: record them even when worse (say why in the commit)
//   --prune        drop verdicts that no finding uses any more from test/accuracy/verdicts.json
//   --report FILE  score a saved `plandoc lint --format json` report instead of linting (docs/accuracy.md is not written)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingsFromReport } from './accuracy/corpus.js';
import { baselineOf, corpusPresent, CORPUS_DIR, measure, precision, worseThan, type Baseline } from './accuracy/measure.js';
import { accuracyReport } from './accuracy/report.js';
import { pruneVerdicts, reviewText } from './accuracy/verdicts.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const BASELINE = resolve(root, 'test/accuracy/baseline.json');
const argv = process.argv.slice(2);
const args = new Set(argv);
const reportFile = args.has('--report') ? argv[argv.indexOf('--report') + 1] : undefined;
const known = new Set(['--review', '--update', '--allow-worse', '--prune', '--report']);
const unknown = argv.filter((a, i) => !known.has(a) && argv[i - 1] !== '--report');
if (unknown.length || (args.has('--report') && !reportFile)) {
  console.error(`accuracy: unknown option ${unknown.join(' ') || '--report without a file'} (use --review, --update [--allow-worse], --prune, --report FILE)`);
  process.exit(2);
}

if (!corpusPresent()) {
  console.error(`accuracy: the real corpus is not at ${CORPUS_DIR} (set PLANDOC_REAL_CORPUS to its folder)`);
  process.exit(2);
}
const m = await measure(CORPUS_DIR, reportFile ? findingsFromReport(JSON.parse(readFileSync(reportFile, 'utf8'))) : undefined);
const f = m.figures;
const byRule = new Map<string, number>();
for (const a of m.score.falseAlarms) byRule.set(a.finding.rule, (byRule.get(a.finding.rule) ?? 0) + 1);

console.log(`corpus ${CORPUS_DIR}: ${m.documents.length} documents, ${f.findings} findings`);
console.log(`recall ${f.found}/${f.defects} (${((100 * f.found) / f.defects).toFixed(1)}%)`);
console.log(`sequence false alarms ${f.falseAlarms}${byRule.size ? ` (${[...byRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}`);
console.log(`precision ${f.correct}/${f.correct + f.wrong} reviewed (${(100 * precision(f)).toFixed(1)}%), ${f.unreviewed} unreviewed`);
for (const d of m.score.missed) console.log(`  miss         ${d.file}:${d.line} [${d.rules.join('/')}] ${d.note}`);
for (const a of m.score.falseAlarms) console.log(`  false alarm  ${a.finding.file}:${a.finding.line} ${a.finding.rule}: ${a.finding.message}  <- ${a.why}`);
for (const j of m.judged.filter((x) => x.verdict?.verdict === 'wrong' && x.how === 'review')) console.log(`  wrong        ${j.finding.file}:${j.finding.line} ${j.finding.rule}: ${j.verdict!.reason}`);
for (const j of m.judged.filter((x) => !x.verdict)) console.log(`  unreviewed   ${j.finding.file}:${j.finding.line} ${j.finding.rule}: ${j.finding.messageZh}`);
if (f.unreviewed && !args.has('--review')) console.log(`${f.unreviewed} finding(s) without a verdict: run npm run accuracy -- --review and record a verdict in test/accuracy/verdicts.json`);
if (m.stale.length) console.log(`${m.stale.length} verdict(s) in test/accuracy/verdicts.json match no finding any more${args.has('--prune') ? '' : ' (npm run accuracy -- --prune drops them)'}`);

if (!reportFile) {
  writeFileSync(resolve(root, 'docs/accuracy.md'), accuracyReport(m));
  console.log('wrote docs/accuracy.md');
}

if (args.has('--review')) {
  const docLines = (file: string) => {
    const path = join(CORPUS_DIR, 'docs', file);
    return existsSync(path) ? readFileSync(path, 'utf8').split(/\r\n|\r|\n/) : [];
  };
  console.log('\n' + reviewText(m.judged, docLines));
}

if (args.has('--prune') && m.stale.length) console.log(`dropped ${pruneVerdicts(m.stale)} stale verdict(s) from test/accuracy/verdicts.json`);

if (args.has('--update')) {
  if (reportFile) fail('--update records a measurement of the corpus; drop --report');
  if (f.unreviewed) fail(`not recorded: ${f.unreviewed} finding(s) have no verdict, so precision is not known. Run npm run accuracy -- --review first.`);
  const before: Baseline | undefined = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : undefined;
  const worse = before ? worseThan(f, before) : [];
  if (worse.length && !args.has('--allow-worse')) {
    fail(`not recorded: worse than test/accuracy/baseline.json: ${worse.join('; ')}.\n` +
      'The baseline is a ratchet: it only records figures that are as good or better, so that a change that loses a defect or adds a false alarm\n' +
      'is noticed. If the loss is deliberate (e.g. a false alarm traded for a miss, or a corrected annotation), pass --allow-worse and say why in the commit.');
  }
  if (worse.length) console.log(`recording worse figures (--allow-worse): ${worse.join('; ')}`);
  writeFileSync(BASELINE, JSON.stringify(baselineOf(f), null, 2) + '\n');
  console.log('recorded test/accuracy/baseline.json');
}

function fail(message: string): never {
  console.error(`accuracy: ${message}`);
  process.exit(1);
}
