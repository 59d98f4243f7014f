// docs/benchmarks.md is shared by every scenario: each owns one marked section
// (<!-- bench:NAME --> … <!-- /bench:NAME -->) and replaces only that one, so
// scenarios written by different people, run alone or by run.mjs, coexist.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem, release, platform, arch, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';
import { formatTable, markdownTable } from './table.mjs';

export const docPath = join(repoRoot, 'docs/benchmarks.md');

const HEADER = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.mjs\`); every section below is replaced by the scenario that owns it,
so do not edit between the markers by hand. Each figure is measured in the same run as the baseline or peer
it is compared with, on the same files; "min" is the fastest of the repetitions, "median" their median, and
ratios use the medians.

Run one scenario alone with \`npm run build && node bench/<scenario>.mjs\`; \`--quick\` (or \`BENCH_REPS=n\`)
takes fewer repetitions. The regulations corpus is read from \`../shared/corpus/regulations\` relative to the
repository (\`PLANDOC_CORPUS\` overrides it); scenarios that need it say "skipped" when it is absent.
`;

const ORDER = ['machine', 'summary', 'core-throughput', 'scaling', 'startup', 'cli-vs-markdownlint', 'lsp-latency'];

/** Replaces (or adds, in the canonical order) the section NAME of docs/benchmarks.md. */
export function writeSection(name, markdown) {
  let doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : HEADER;
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const a = doc.indexOf(open);
  const b = doc.indexOf(close);
  if (a >= 0 && b > a) {
    doc = doc.slice(0, a) + block + doc.slice(b + close.length);
  } else {
    // before the first existing section that comes later in ORDER, else at the end
    const rank = ORDER.indexOf(name);
    let at = -1;
    for (const later of ORDER.slice(rank < 0 ? ORDER.length : rank + 1)) {
      const i = doc.indexOf(`<!-- bench:${later} -->`);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    doc = at >= 0 ? doc.slice(0, at) + block + '\n\n' + doc.slice(at) : doc.trimEnd() + '\n\n' + block + '\n';
  }
  writeFileSync(docPath, doc);
}

function version(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function pkgVersion(name) {
  try {
    return JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

export function machineInfo() {
  const cpu = cpus();
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return {
    CPU: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length} logical cores`,
    Memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    OS: `${platform()} ${release()} ${arch()}`,
    Node: process.version,
    PlanDoc: `${pkg.version} @ ${version('git', ['rev-parse', '--short', 'HEAD'])}${version('git', ['status', '--porcelain', '--untracked-files=no']) ? ' (uncommitted changes)' : ''}`,
    esbuild: pkgVersion('esbuild'),
    'markdownlint-cli2': pkgVersion('markdownlint-cli2'),
    'Load average at start': `${loadavg().map((l) => l.toFixed(2)).join(', ')} (1, 5, 15 min; other work on the machine inflates absolute times, ratios are measured interleaved)`,
    Date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

export function machineSection() {
  const info = machineInfo();
  return `## Machine and versions\n\n${markdownTable(['', ''], Object.entries(info))}`;
}

/**
 * One target's outcome, for the summary run.mjs prints at the end. Scenarios
 * call it once per target; run.mjs passes PLANDOC_BENCH_RESULTS (a JSONL file).
 * @param {{scenario: string, target: string, ours: string, baseline: string, ratio: string, goal: string, met: boolean|null, note?: string}} t
 */
export function recordTarget(t) {
  const file = process.env.PLANDOC_BENCH_RESULTS;
  if (file) appendFileSync(file, JSON.stringify(t) + '\n');
}

/** Prints a scenario's table and writes its section: title, exact command, table, notes. */
export function publish({ name, title, command, headers, rows, notes = [] }) {
  console.log(`\n== ${title} ==\n`);
  console.log(formatTable(headers, rows));
  for (const n of notes) console.log(`  ${n}`);
  const md = [`## ${title}`, '', `Command: \`${command}\` — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`, '', markdownTable(headers, rows)];
  if (notes.length) md.push('', ...notes.map((n) => `- ${n}`));
  writeSection(name, md.join('\n'));
}
