// The language server's own glob path (issue 15): a workspace .plandocrc.json whose `overrides` and `ignores`
// globs backtrack exponentially in a regular-expression engine (`*a*a*a*a*a*a*a*a*a*a*b` against a name of 200
// 'a's tries every way of splitting the name ten times before it fails). The server matches them with
// config/glob.ts, in time linear in the name, so each document's diagnostics come at once; a backtracking matcher
// never answers and the test runs into vitest's timeout. No sleeps: each step waits for published diagnostics.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './client.js';

// 一、 二、 四、 is a numbering gap; （一）、 a marker-punctuation problem
const TEXT = '一、总则\n二、目标\n四、措施\n（一）、第一项\n（二）、第二项\n';
const HOSTILE = '*a*a*a*a*a*a*a*a*a*a*b';
const IGNORED = '*a*a*a*a*a*a*a*a*a*a*c';
const codes = (ds: Diagnostic[]) => [...new Set(ds.map((d) => String(d.code)))].sort();

describe('config globs in the language server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-lsp-glob-'));
  const client = new TestClient();
  const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

  beforeAll(async () => {
    mkdirSync(join(dir, '.git')); // a repository root: the search stops here
    writeFileSync(join(dir, '.plandocrc.json'), JSON.stringify({ overrides: [{ files: HOSTILE, rules: { 'numbering-sequence': 'off' } }], ignores: [IGNORED] }));
    await client.initialize();
  });
  afterAll(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a 204-byte name matching neither glob is checked with every rule, at once', async () => {
    const name = `${'a'.repeat(200)}.txt`;
    expect(Buffer.byteLength(name)).toBeLessThan(255);
    writeFileSync(join(dir, name), TEXT);
    expect(codes(await client.open(uriOf(name), TEXT))).toEqual(['marker-punctuation', 'numbering-sequence']);
  });

  test('a long name matching the override has its rule switched off; the ignores glob, tried too, does not match', async () => {
    const name = `${'a'.repeat(200)}b`;
    writeFileSync(join(dir, name), TEXT);
    expect(codes(await client.open(uriOf(name), TEXT))).toEqual(['marker-punctuation']);
  });

  test('a long name matching the ignores glob gets no diagnostics', async () => {
    const name = `${'a'.repeat(200)}c`;
    writeFileSync(join(dir, name), TEXT);
    expect(await client.open(uriOf(name), TEXT)).toEqual([]);
    // the server is still responsive afterwards: an edit of the first document is checked again
    const first = uriOf(`${'a'.repeat(200)}.txt`);
    const published = client.nextDiagnostics(first, 2);
    await client.change(first, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, text: '三' }]);
    expect(codes((await published).diagnostics)).toEqual(['marker-punctuation']);
  });
});
