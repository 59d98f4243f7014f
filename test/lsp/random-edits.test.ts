// 1,000 random incremental edits — inserting and deleting across markers, CRLF line
// ends, emoji and surrogate pairs — sent as fast as the client can: the server never
// crashes, never leaves a diagnostic outside the document, and its diagnostics always
// equal a fresh parse of the current text. Every feature is exercised along the way.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'vscode-languageserver-protocol';
import { TestClient, ROOT } from './client.js';
import { freshDiagnostics, outsideDocument, simplify } from './expected.js';

const EDITS = Number(process.env.PLANDOC_LSP_EDITS ?? 1000);
const CHECK_EVERY = 50;

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  '（三）', '三、', '十一、', '1、', '2.', '12．', '（1）', '(2)', '⑴', '①', '⒉', '3[', '\n', '\r\n', '\r', '\n\n',
  '😀', '👨‍👩‍👧', '𠀀', '三月份：', '第一季度', '一月至三月份', '上半年', '第3周', '篇二', '计划篇三', '第三章', '第一条',
  '\n四、', '\r\n（二）、', '\n1、', ' ', '　', '# ', '- ', '> ', '**', '<!-- plandoc-disable -->', '20xx', '□', '一是', '首先，',
  '，', '。', '、', '）', '（', '```\n', '|表|格|\n', '\uFEFF',
];

// the seed with mixed line ends and some emoji, so every edit meets them
const START = readFileSync(join(ROOT, 'test', 'fixtures', 'seed.txt'), 'utf8')
  .split('\n')
  .map((line, i) => (i % 9 === 4 ? `${line}😀` : line))
  .reduce((text, line, i) => text + (i === 0 ? '' : i % 7 === 0 ? '\r\n' : '\n') + line, '');

const client = new TestClient();
const uri = 'untitled:random-edits';

beforeAll(() => client.initialize());
afterAll(async () => {
  expect(await client.shutdown()).toBe(0);
});

test(`${EDITS} random incremental edits`, async () => {
  const random = mulberry32(20231029);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const doc = () => client.document(uri);
  const randomPosition = (): Position => {
    const line = Math.floor(random() * doc().lineCount);
    const text = doc().getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return { line, character: Math.floor(random() * (text.length + 1)) };
  };
  const after = (p: Position): Position => {
    const offset = doc().offsetAt(p) + 1 + Math.floor(random() * 120);
    return doc().positionAt(Math.min(offset, doc().getText().length));
  };

  const verify = (published: { version?: number; diagnostics: import('vscode-languageserver-protocol').Diagnostic[] }) => {
    const text = doc().getText();
    expect(published.version).toBe(doc().version);
    expect(outsideDocument(published.diagnostics, text)).toEqual([]);
    expect(published.diagnostics.map(simplify)).toEqual(freshDiagnostics(text));
  };
  const exercise = async () => {
    const position = randomPosition();
    const textDocument = { uri };
    const range = { start: position, end: after(position) };
    await Promise.all([
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument }),
      client.connection.sendRequest('textDocument/foldingRange', { textDocument }),
      client.connection.sendRequest('textDocument/completion', { textDocument, position }),
      client.connection.sendRequest('textDocument/hover', { textDocument, position }),
      client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }),
      client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [], only: ['source.fixAll'] } }),
      client.connection.sendRequest('textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } }),
      client.connection.sendRequest('plandoc/timeline', { textDocument }),
    ]);
  };

  await client.open(uri, START);
  for (let i = 1; i <= EDITS; i++) {
    const start = randomPosition();
    const roll = random();
    const change =
      roll < 0.45 ? { range: { start, end: start }, text: pick(SNIPPETS) }
      : roll < 0.8 ? { range: { start, end: after(start) }, text: '' }
      : { range: { start, end: after(start) }, text: pick(SNIPPETS) + pick(SNIPPETS) };
    const checkpoint = i % CHECK_EVERY === 0 || i === EDITS;
    const published = checkpoint ? client.nextDiagnostics(uri, doc().version + 1) : undefined;
    await client.change(uri, [change]);
    if (i % 25 === 0) await exercise();
    if (published) verify(await published);
  }
  expect(client.process.exitCode).toBeNull();
  expect(client.stderr).toBe('');
  expect(client.loggedErrors).toEqual([]);
}, 120_000);
