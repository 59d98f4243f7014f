// The whole CLI against markdownlint-cli2 on the same Markdown files in one run: both are complete lint
// processes (start, discover, read, lint, report), timed interleaved so machine load hits both alike.
// Ratio = markdownlint-cli2 median / PlanDoc median: above 1× PlanDoc is faster.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { regulationsDir, repoRoot, seedPath, tempDir } from './lib/paths.mjs';
import { envNote, run } from './lib/spawn.mjs';
import { fmtMs, fmtRatio, reps, timeInterleaved } from './lib/stats.mjs';
import { publish, recordTarget } from './lib/report.mjs';

const cli = join(repoRoot, 'dist/cli.js');
/** PlanDoc's default --jobs (server/src/cli/lintRun.ts threadCount): every core but one. */
const defaultThreads = Math.max(1, availableParallelism() - 1);
const markdownlint = join(repoRoot, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

/** Markdown copies of the seed: the second corpus (500 copies, 24 MB), and the fallback when the regulations are absent. */
function seedMarkdownCorpus(copies = 300) {
  const dir = tempDir(`mdseed${copies}`);
  const seed = readFileSync(seedPath);
  for (let i = 0; i < copies; i++) writeFileSync(join(dir, `seed-${String(i).padStart(3, '0')}.md`), seed);
  return dir;
}

function countFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).length;
}

export async function main() {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench does)`);
  const corpus = regulationsDir();
  const dir = corpus ?? seedMarkdownCorpus();
  const label = corpus ? `regulations (${countFiles(dir)} .md files)` : `300 × seed.txt as .md (corpus absent)`;
  const node = process.execPath;
  // both exit 1 when they find problems: a normal outcome; each writes its report to a pipe nobody reads
  const quiet = { cwd: dir, okCodes: [0, 1] };
  const t = await timeInterleaved({
    markdownlint: () => run(node, [markdownlint, '**/*.md'], quiet),
    plandoc: () => run(node, [cli, 'lint', '.', '--ext', '.md', '--no-config'], quiet),
    plandoc1: () => run(node, [cli, 'lint', '.', '--ext', '.md', '--no-config', '--jobs', '1'], quiet),
    plandoc2: () => run(node, [cli, 'lint', '.', '--ext', '.md', '--no-config', '--jobs', '2'], quiet),
    plandocJson: () => run(node, [cli, 'lint', '.', '--ext', '.md', '--no-config', '--format', 'json'], quiet),
  }, { reps: reps(5), warmup: 1 });

  // the 500 × seed corpus, and --cache: a cold run (cache removed first) against an unchanged second run
  const seedDir = seedMarkdownCorpus(500);
  const cacheFile = join(tempDir('clicache'), 'plandoc-cache');
  const seedQuiet = { cwd: seedDir, okCodes: [0, 1] };
  const cacheArgs = [cli, 'lint', '.', '--ext', '.md', '--no-config', '--cache', '--cache-location', cacheFile];
  const s = await timeInterleaved({
    markdownlint: () => run(node, [markdownlint, '**/*.md'], seedQuiet),
    plandoc: () => run(node, [cli, 'lint', '.', '--ext', '.md', '--no-config'], seedQuiet),
    cold: () => { rmSync(cacheFile, { force: true }); return run(node, cacheArgs, quiet); },
    warm: () => run(node, cacheArgs, quiet),
  }, { reps: reps(3), warmup: 1 });

  const rows = [];
  const seedRatio = s.markdownlint.median / s.plandoc.median;
  rows.push(['500 × seed.txt as .md (24 MB)', 'plandoc lint', `${fmtMs(s.plandoc.min)} / ${fmtMs(s.plandoc.median)}`, `${fmtMs(s.markdownlint.min)} / ${fmtMs(s.markdownlint.median)}`, fmtRatio(seedRatio)]);
  recordTarget({ scenario: 'cli-vs-markdownlint', target: 'CLI vs markdownlint-cli2 — 500 × seed', ours: fmtMs(s.plandoc.median),
    baseline: `markdownlint-cli2: ${fmtMs(s.markdownlint.median)}`, ratio: fmtRatio(seedRatio), goal: '≥ 10× faster (issue 7)', met: seedRatio >= 10 });
  const cacheRatio = s.cold.median / s.warm.median;
  rows.push([label, 'plandoc lint --cache: unchanged second run vs first', `${fmtMs(s.warm.min)} / ${fmtMs(s.warm.median)}`, `first run: ${fmtMs(s.cold.median)}`, fmtRatio(cacheRatio)]);
  recordTarget({ scenario: 'cli-vs-markdownlint', target: 'CLI --cache: unchanged second run vs the first', ours: fmtMs(s.warm.median),
    baseline: `first run: ${fmtMs(s.cold.median)}`, ratio: fmtRatio(cacheRatio), goal: '≥ 5× faster', met: cacheRatio >= 5 });
  for (const [key, name] of [['plandoc', `plandoc lint (default: ${defaultThreads} linting thread${defaultThreads > 1 ? 's' : ''} on ${availableParallelism()} cores)`], ['plandoc1', 'plandoc lint --jobs 1'], ['plandoc2', 'plandoc lint --jobs 2 (main thread + 1 worker)'], ['plandocJson', 'plandoc lint --format json']]) {
    const ratio = t.markdownlint.median / t[key].median;
    rows.push([label, name, `${fmtMs(t[key].min)} / ${fmtMs(t[key].median)}`, `${fmtMs(t.markdownlint.min)} / ${fmtMs(t.markdownlint.median)}`, fmtRatio(ratio)]);
    if (key === 'plandoc') {
      recordTarget({ scenario: 'cli-vs-markdownlint', target: 'CLI vs markdownlint-cli2 on the same files', ours: fmtMs(t[key].median),
        baseline: `markdownlint-cli2: ${fmtMs(t.markdownlint.median)}`, ratio: fmtRatio(ratio), goal: '≥ 10× faster (issue 7)', met: ratio >= 10, note: 'node dist/cli.js lint . --ext .md' });
    }
  }
  publish({
    name: 'cli-vs-markdownlint',
    title: 'CLI vs markdownlint-cli2',
    command: 'node bench/cli-vs-markdownlint.mjs',
    headers: ['Files', 'PlanDoc command', 'PlanDoc min / median', 'markdownlint-cli2 min / median', 'Speed ratio (markdownlint / PlanDoc)'],
    rows,
    notes: [
      'Whole processes, spawn to exit, interleaved: `node dist/cli.js lint . --ext .md --no-config` against `markdownlint-cli2 "**/*.md"` with its default rules, in the same folder.',
      'Both report to a pipe; both find problems (exit 1). markdownlint checks Markdown style, PlanDoc numbering and structure: the comparison is of cost per file for a CI step, not of findings.',
      envNote(),
    ],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
