// Core lint throughput (decode + lintText, default rules) in MB/s against the
// raw baseline (decode + split lines + one regex per line), on the regulations
// corpus and on 500 copies of the seed. Target: core ≥ 1/3 of the baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore } from './lib/core.mjs';
import { readCorpus, regulationsDir, skipMessage, totalBytes, writeSeedCorpus } from './lib/paths.mjs';
import { coreLint, coreParse, rawScan } from './lib/baseline.mjs';
import { clockLabel, fmtMBs, fmtMs, fmtRatio, inProcessClock, reps, timeInterleaved } from './lib/stats.mjs';
import { publish, recordTarget } from './lib/report.mjs';

const TARGET = 1 / 3;

export async function main() {
  const core = await loadCore();
  const corpora = [];
  const regs = regulationsDir();
  if (regs) corpora.push({ name: `regulations (${readdirSync(regs).length} files)`, buffers: readCorpus(regs).map((f) => f.bytes) });
  else console.log(skipMessage('the regulations corpus'));
  const seedDir = writeSeedCorpus(500);
  corpora.push({ name: '500 × seed.txt', buffers: readdirSync(seedDir).sort().map((n) => readFileSync(join(seedDir, n))) });

  const rows = [];
  const notes = [];
  if (!regs) notes.push(skipMessage('the regulations corpus'));
  for (const c of corpora) {
    const mb = totalBytes(c.buffers.map((bytes) => ({ bytes }))) / 1e6;
    const t = await timeInterleaved({
      baseline: () => rawScan(c.buffers),
      lint: () => coreLint(core, c.buffers),
      parse: () => coreParse(core, c.buffers),
    }, { reps: reps(7), warmup: 2, clock: inProcessClock });
    const ratio = t.baseline.median / t.lint.median;
    const met = ratio >= TARGET;
    const ours = `${fmtMBs(mb / (t.lint.median / 1000))} (min ${fmtMs(t.lint.min)} / median ${fmtMs(t.lint.median)})`;
    const base = `${fmtMBs(mb / (t.baseline.median / 1000))} (min ${fmtMs(t.baseline.min)} / median ${fmtMs(t.baseline.median)})`;
    rows.push([c.name, `${mb.toFixed(1)} MB`, ours, base, fmtRatio(ratio), `≥ ${TARGET.toFixed(2)}×`, met ? 'met' : 'MISSED',
      fmtMBs(mb / (t.parse.median / 1000))]);
    recordTarget({ scenario: 'core-throughput', target: `Core throughput vs raw baseline — ${c.name}`, ours: fmtMBs(mb / (t.lint.median / 1000)),
      baseline: fmtMBs(mb / (t.baseline.median / 1000)), ratio: fmtRatio(ratio), goal: '≥ 0.33×', met });
  }
  notes.push('PlanDoc = decode + lintText(text, defaultConfig()) per file; baseline = decode + split lines + one regex per line; ratio = baseline time / PlanDoc time (1.00× = as fast as the raw scan).');
  notes.push('"parse only" = decode + parseDocument, for reference.');
  notes.push(`Clock: ${clockLabel(inProcessClock)}; runs of the three interleaved, after two warm-up rounds.`);
  publish({
    name: 'core-throughput', title: 'Core throughput', command: 'node bench/core-throughput.mjs',
    headers: ['Corpus', 'Size', 'PlanDoc core', 'Raw baseline', 'Ratio', 'Target', 'Result', 'parse only'], rows, notes,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
