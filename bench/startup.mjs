// Process start: `plandoc --version` and linting one small file, each against
// a bare `node -e 0` in the same run. Target: each under 150 ms.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, seedPath, tempDir } from './lib/paths.mjs';
import { envNote, run } from './lib/spawn.mjs';
import { fmtMs, fmtRatio, reps, timeInterleaved } from './lib/stats.mjs';
import { publish, recordTarget } from './lib/report.mjs';

const TARGET_MS = 150;

export async function main() {
  const cli = join(repoRoot, 'dist/cli.js');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first (npm run bench does)`);
  // a small file: the first 30 lines of the seed (title, 一、 heading, a few items)
  const small = join(tempDir('startup'), 'small.txt');
  writeFileSync(small, readFileSync(seedPath, 'utf8').split('\n').slice(0, 30).join('\n'));
  const node = process.execPath;
  // exit code 1 = problems found, a normal outcome of linting; 2 is a failure
  const t = await timeInterleaved({
    baseline: () => run(node, ['-e', '0']),
    version: () => run(node, [cli, '--version']),
    lint: () => run(node, [cli, 'lint', small], { okCodes: [0, 1] }),
  }, { reps: reps(15), warmup: 2 });

  const rows = [];
  for (const [key, label, command] of [['version', 'plandoc --version', 'node dist/cli.js --version'], ['lint', 'plandoc lint one small file (30 lines)', 'node dist/cli.js lint small.txt']]) {
    const ours = t[key];
    const met = ours.median < TARGET_MS;
    rows.push([label, `${fmtMs(ours.min)} / ${fmtMs(ours.median)}`, `${fmtMs(t.baseline.min)} / ${fmtMs(t.baseline.median)}`,
      fmtRatio(ours.median / t.baseline.median), `+${fmtMs(ours.median - t.baseline.median)}`, `< ${TARGET_MS} ms`, met ? 'met' : 'MISSED']);
    recordTarget({ scenario: 'startup', target: `Startup — ${label}`, ours: fmtMs(ours.median), baseline: `node -e 0: ${fmtMs(t.baseline.median)}`,
      ratio: fmtRatio(ours.median / t.baseline.median), goal: `< ${TARGET_MS} ms`, met, note: command });
  }
  publish({
    name: 'startup', title: 'Startup', command: 'node bench/startup.mjs',
    headers: ['Command', 'PlanDoc min / median', 'node -e 0 min / median', 'Ratio to bare node', 'Above bare node', 'Target', 'Result'], rows,
    notes: [
      'Wall time of a whole process (spawn to exit), runs interleaved with the bare-node baseline.',
      'The extension activation target (< 100 ms) is measured by the real-VS-Code test, not here.',
      envNote(),
    ],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
