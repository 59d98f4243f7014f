// npm run bench: every performance scenario of issue 7, one process each, then
// a summary of every target. Scenarios owned by other parts of the project
// (CLI vs markdownlint-cli2, LSP latency) run when their script exists.
// Options are passed through: --quick (fewer repetitions); BENCH_REPS=n.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, tempDir } from './lib/paths.mjs';
import { formatTable, markdownTable } from './lib/table.mjs';
import { machineSection, writeSection } from './lib/report.mjs';

/** Hand-written analysis of the misses (why, and what would fix them), appended to the summary. */
const NOTES = join(repoRoot, 'bench/NOTES.md');

const SCENARIOS = [
  { file: 'core-throughput.mjs', what: 'Core throughput vs raw baseline' },
  { file: 'scaling.mjs', what: 'Scaling 1×, 10×, 100×' },
  { file: 'startup.mjs', what: 'Startup' },
  { file: 'cli-vs-markdownlint.mjs', what: 'CLI end to end vs markdownlint-cli2 (and --cache)', optional: true },
  { file: 'lsp-latency.mjs', what: 'Language server didChange → diagnostics and memory', optional: true },
  { file: 'activation.mjs', what: 'Extension activation in real VS Code (code-server)' },
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));
const results = join(tempDir('results'), 'targets.jsonl');
writeFileSync(results, '');
writeSection('machine', machineSection());

const outcomes = [];
for (const s of SCENARIOS) {
  if (only.length && !only.some((o) => s.file.startsWith(o))) continue;
  const path = join(repoRoot, 'bench', s.file);
  if (!existsSync(path)) {
    console.log(`\n== ${s.what}: bench/${s.file} not present, not measured ==`);
    outcomes.push({ s, status: 'absent' });
    continue;
  }
  console.log(`\n>>> node bench/${s.file} ${passThrough.join(' ')}`);
  const r = spawnSync(process.execPath, [path, ...passThrough], { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, PLANDOC_BENCH_RESULTS: results } });
  outcomes.push({ s, status: r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})` });
}

const targets = readFileSync(results, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const headers = ['Target', 'PlanDoc', 'Baseline / peer', 'Ratio', 'Goal', 'Result'];
const rows = targets.map((t) => [t.target, t.ours, t.baseline, t.ratio, t.goal, t.met === true ? 'met' : t.met === false ? 'MISSED' : 'n/a']);
for (const { s, status } of outcomes) {
  const recorded = targets.some((t) => t.scenario === s.file.replace(/\.mjs$/, ''));
  if (status !== 'ok') rows.push([s.what, '—', '—', '—', '—', status === 'absent' ? `not measured: bench/${s.file} absent` : `scenario ${status}`]);
  else if (!recorded) rows.push([s.what, '—', '—', '—', '—', `see its section below`]);
}
// Issue 7's targets, each with the scenario that must record it and how to recognise its recorded goal:
// a target no row covers is named in the summary, so a run never passes over one in silence.
const ISSUE_TARGETS = [
  { scenario: 'core-throughput', target: 'Core ≥ 1/3 of the raw baseline (both corpora)', covers: /0\.33/ },
  { scenario: 'cli-vs-markdownlint', target: 'CLI end to end ≥ 10× faster than markdownlint-cli2 on both corpora, --jobs using both cores', covers: /10\s*×|≥\s*10/ },
  { scenario: 'cli-vs-markdownlint', target: 'CLI --cache: unchanged second run ≥ 5× faster than the first', covers: /cache|≥\s*5\s*×/i },
  { scenario: 'lsp-latency', target: 'LSP didChange → diagnostics p95 < 10 ms at 10,000 lines', covers: /<\s*10\s*ms/ },
  { scenario: 'lsp-latency', target: 'LSP didChange → diagnostics p95 < 50 ms at 100,000 lines', covers: /<\s*50\s*ms/ },
  { scenario: 'lsp-latency', target: 'LSP resident memory for an open 10,000-line document < 50 MB above the idle server', covers: /MB|MiB/ },
  { scenario: 'scaling', target: 'Scaling linear at 1×, 10×, 100×', covers: /growth/ },
  { scenario: 'startup', target: 'plandoc --version and linting one small file each < 150 ms', covers: /150 ms/ },
  { scenario: 'activation', target: 'Extension activates in < 100 ms (real VS Code)', covers: /100 ms/ },
];
const uncovered = ISSUE_TARGETS.filter((t) => !t.covers || !targets.some((r) => r.scenario === t.scenario && t.covers.test(`${r.goal} ${r.target}`)));
const uncoveredLines = uncovered.map((t) => t.covers
  ? `- ${t.target}: no row of bench/${t.scenario}.mjs records this goal in this run${targets.some((r) => r.scenario === t.scenario) ? ` (it records: ${[...new Set(targets.filter((r) => r.scenario === t.scenario).map((r) => r.goal))].join('; ')})` : ''}; see its section below for the figures.`
  : `- ${t.target}: measured by the real-VS-Code test (test/e2e), not by npm run bench.`);

console.log('\n== Summary of targets ==\n');
console.log(formatTable(headers, rows));
if (uncoveredLines.length) console.log(`\nIssue 7 targets without a verdict in this run:\n${uncoveredLines.join('\n')}`);
const missed = rows.filter((r) => r[5] !== 'met');
const cmd = `npm run bench${passThrough.length ? ' -- ' + passThrough.join(' ') : ''}`;
writeSection('summary', [
  '## Summary of targets', '', `Command: \`${cmd}\` — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`, '', markdownTable(headers, rows), '',
  missed.length ? `Not met or not measured in this run: ${missed.map((r) => r[0]).join('; ')}. The reasons are in the sections below.` : 'Every recorded target was met in this run.',
  ...(uncoveredLines.length ? ['', 'Issue 7 targets without a verdict in this run:', '', ...uncoveredLines] : []),
  ...(existsSync(NOTES) ? ['', readFileSync(NOTES, 'utf8').trim()] : []),
].join('\n'));
console.log(`\ndocs/benchmarks.md updated.`);
process.exitCode = outcomes.some((o) => o.status.startsWith('failed')) ? 1 : 0;
