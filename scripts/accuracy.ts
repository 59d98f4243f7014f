// npm run accuracy: lints ../shared/corpus/real, scores it against its annotation, writes docs/accuracy.md.
//   --review       print the findings without a verdict, as JSON entries to complete in test/accuracy/verdicts.json
//   --update       record the figures in test/accuracy/baseline.json when none is worse than recorded
//   --allow-worse  with --update: record them even when worse (say why in the commit)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusPresent, CORPUS_DIR, measure, precision, type Figures } from './accuracy/measure.js';
import { accuracyReport } from './accuracy/report.js';
import { verdictKey } from './accuracy/verdicts.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const BASELINE = resolve(root, 'test/accuracy/baseline.json');
const args = new Set(process.argv.slice(2));

if (!corpusPresent()) {
  console.error(`accuracy: the real corpus is not at ${CORPUS_DIR} (set PLANDOC_REAL_CORPUS to its folder)`);
  process.exit(2);
}
const m = measure();
const f = m.figures;
writeFileSync(resolve(root, 'docs/accuracy.md'), accuracyReport(m));
console.log(`recall ${f.found}/${f.defects}, false alarms ${f.falseAlarms}, findings ${f.findings}, precision ${f.correct}/${f.correct + f.wrong} (${(100 * precision(f)).toFixed(1)}%), unreviewed ${f.unreviewed}`);
console.log('wrote docs/accuracy.md');

if (args.has('--review')) {
  const entries = m.judged.filter((j) => !j.verdict).map((j) => [verdictKey(j.finding), { verdict: 'correct|wrong', reason: `${j.finding.file}:${j.finding.line} ${j.finding.message}` }]);
  console.log(entries.length ? JSON.stringify(Object.fromEntries(entries), null, 2) : 'every finding has a verdict');
}

if (args.has('--update')) {
  const before: Figures | undefined = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : undefined;
  const worse = before ? worseThan(f, before) : [];
  if (worse.length && !args.has('--allow-worse')) {
    console.error(`accuracy: not recorded, worse than test/accuracy/baseline.json: ${worse.join('; ')}. Pass --allow-worse to record it anyway, and say why in the commit.`);
    process.exit(1);
  }
  writeFileSync(BASELINE, JSON.stringify({ found: f.found, defects: f.defects, falseAlarms: f.falseAlarms, precision: Number(precision(f).toFixed(4)) }, null, 2) + '\n');
  console.log('recorded test/accuracy/baseline.json');
}

function worseThan(now: Figures, was: Figures & { precision?: number }): string[] {
  const out: string[] = [];
  if (now.found < was.found) out.push(`recall ${now.found} < ${was.found}`);
  if (now.falseAlarms > was.falseAlarms) out.push(`false alarms ${now.falseAlarms} > ${was.falseAlarms}`);
  if (was.precision !== undefined && precision(now) < was.precision) out.push(`precision ${precision(now).toFixed(4)} < ${was.precision}`);
  return out;
}
