// Language server latency: didChange → publishDiagnostics (p50/p95) while typing in
// 1k-, 10k- and 100k-line documents, against the baseline of the same core linting the
// same text in-process (so the ratio is what the server adds: sync, transport, JSON),
// plus the server's memory (RSS, peak RSS) with each document open.
// Validation runs with debounceMs 0 here; in editors the default 150 ms debounce comes on top.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, PublishDiagnosticsNotification, ConfigurationRequest,
} from 'vscode-languageserver-protocol/node.js';
import { loadCore } from './lib/core.mjs';
import { repoRoot, seedPath } from './lib/paths.mjs';
import { fmtMs, fmtRatio, median, reps } from './lib/stats.mjs';
import { publish, recordTarget } from './lib/report.mjs';

const SERVER = join(repoRoot, 'dist/server.js');
const SIZES = [1_000, 10_000, 100_000];
/** median latency goal for typing in a 10k-line document, as a multiple of linting it in-process */
const TARGET_RATIO = 3;

function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function documentOf(lines) {
  const seed = readFileSync(seedPath, 'utf8').split('\n');
  const out = [];
  while (out.length < lines) out.push(...seed);
  return out.slice(0, lines).join('\n');
}

/** RSS and peak RSS of a process, in MiB (Linux /proc). */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

async function startServer() {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}@${p.version}`;
    waiters.get(key)?.(p);
    waiters.delete(key);
  });
  connection.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => null));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounceMs: 0 },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  const diagnosticsOf = (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve));
  return { child, connection, diagnosticsOf };
}

export async function main() {
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const core = await loadCore();
  const server = await startServer();
  const rows = [];
  const notes = [];
  for (const lines of SIZES) {
    const text = documentOf(lines);
    const uri = `untitled:bench-${lines}.txt`;
    const edits = lines >= 100_000 ? reps(12) : reps(40);

    // baseline: the same core, in-process, on the same text
    const config = core.defaultConfig();
    core.lintText(text, config); // warm-up: JIT and caches, like the server's first edits below
    const base = [];

    let opened = server.diagnosticsOf(uri, 1);
    const t0 = performance.now();
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const first = await opened;
    const openMs = performance.now() - t0;

    // typing: one character at a time at spread-out lines, each waited for; the first few warm the server up
    const warmup = 3;
    const samples = [];
    for (let i = 0; i < edits + warmup; i++) {
      const version = i + 2;
      const line = Math.floor(((i * 7919) % lines));
      const published = server.diagnosticsOf(uri, version);
      const start = performance.now();
      await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: i % 2 ? '一' : ' ' }],
      });
      await published;
      if (i < warmup) continue;
      samples.push(performance.now() - start);
      // the baseline sample right after, so noise from the machine hits both alike
      const b0 = performance.now();
      core.lintText(text, config);
      base.push(performance.now() - b0);
    }
    // features on the version just validated: they reuse its parse, so they cost the tree walk only
    const f0 = performance.now();
    await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const outlineMs = performance.now() - f0;
    const mem = memoryOf(server.child.pid);
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    const baseMs = median(base);
    const ratio = p50 / baseMs;
    rows.push([
      `${lines.toLocaleString('en')} lines (${(text.length / 1e6).toFixed(2)} M chars)`, String(first.diagnostics.length), fmtMs(openMs),
      fmtMs(p50), fmtMs(p95), fmtMs(baseMs), fmtRatio(ratio), fmtRatio(p95 / baseMs),
      fmtMs(outlineMs), `${mem.rss.toFixed(0)} MiB`, `${mem.peak.toFixed(0)} MiB`,
    ]);
    // the absolute goals (debounce excluded): p95 < 10 ms at 10k lines, < 50 ms at 100k lines
    const p95Goal = lines === 10_000 ? 10 : lines === 100_000 ? 50 : undefined;
    if (p95Goal !== undefined) {
      recordTarget({
        scenario: 'lsp-latency', target: `didChange → diagnostics p95, ${lines / 1000}k lines (debounce excluded)`, ours: fmtMs(p95),
        baseline: `in-process lint: ${fmtMs(baseMs)}`, ratio: fmtRatio(p95 / baseMs), goal: `< ${p95Goal} ms`, met: p95 < p95Goal,
      });
    }
    if (lines === 10_000) {
      recordTarget({
        scenario: 'lsp-latency', target: 'didChange → diagnostics p50, 10k lines, vs in-process lint', ours: fmtMs(p50), baseline: fmtMs(baseMs),
        ratio: fmtRatio(ratio), goal: `≤ ${TARGET_RATIO}×`, met: ratio <= TARGET_RATIO,
      });
    }
    // close it so the next size measures its own memory
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  notes.push('Latency = from sending textDocument/didChange (one inserted character) to receiving publishDiagnostics for that version, with debounceMs 0; the editor default adds a 150 ms debounce.');
  notes.push('Baseline = lintText on the same text in this process (no LSP); ratio = server latency / baseline, so it shows what incremental sync, the JSON-RPC transport and diagnostic conversion add.');
  notes.push('Outline = one textDocument/documentSymbol request right after the last edit was validated (the parse is shared, so this is the tree walk and the transfer).');
  notes.push('Memory = the server process\'s RSS after the edits, and its peak RSS so far (VmHWM), documents opened one after another and closed.');
  publish({
    name: 'lsp-latency', title: 'Language server latency', command: 'node bench/lsp-latency.mjs',
    headers: ['Document', 'Problems', 'Open → diagnostics', 'Edit p50', 'Edit p95', 'In-process lint', 'p50 ratio', 'p95 ratio', 'Outline', 'RSS', 'Peak RSS'],
    rows, notes,
  });
  server.connection.dispose();
  server.child.kill();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
