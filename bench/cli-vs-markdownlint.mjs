// The whole CLI against markdownlint-cli2 on the same Markdown files in one run: both are complete lint
// processes (start, discover, read, lint, report), timed interleaved so machine load hits both alike.
// Ratio = markdownlint-cli2 median / PlanDoc median: above 1× PlanDoc is faster.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { regulationsDir, repoRoot, seedPath, tempDir } from './lib/paths.mjs';
import { run } from './lib/spawn.mjs';
import { fmtMs, fmtRatio, reps, timeInterleaved } from './lib/stats.mjs';
import { publish, recordTarget } from './lib/report.mjs';

const cli = join(repoRoot, 'dist/cli.js');
const markdownlint = join(repoRoot, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');

/** When the regulations corpus is absent: 300 Markdown copies of the seed, so the comparison still runs. */
function seedMarkdownCorpus() {
  const dir = tempDir('mdseed');
  const seed = readFileSync(seedPath);
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `seed-${String(i).padStart(3, '0')}.md`), seed);
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
    plandocJson: () => run(node, [cli, 'lint', '.', '--ext', '.md', '--no-config', '--format', 'json'], quiet),
  }, { reps: reps(5), warmup: 1 });

  const rows = [];
  for (const [key, name] of [['plandoc', 'plandoc lint (default: worker threads)'], ['plandoc1', 'plandoc lint --jobs 1'], ['plandocJson', 'plandoc lint --format json']]) {
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
    ],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
