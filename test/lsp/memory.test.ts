// Memory while typing: the server keeps each open document's unchanged lines between
// versions, so a kept line must not hold on to the whole text of the version it came
// from, and editing garbage is collected once typing pauses (lsp/idleCollector.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TestClient } from './client.js';

interface Stats {
  idleCollections: number;
  heapUsedAfterIdleCollection: number;
}

const seed = readFileSync(join(ROOT, 'test/fixtures/seed.txt'), 'utf8');
const LINES = 3000;
const EDITS = 120;

describe('language server memory', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = new TestClient({ initializationOptions: { debounceMs: 0, idleCollectMs: 40 } });
    await client.initialize();
  });
  afterAll(async () => {
    await client.shutdown();
  });

  const stats = () => client.connection.sendRequest('plandoc/stats') as Promise<Stats>;
  /** the next idle collection after `count`: asked until it has happened */
  async function collectedAfter(count: number): Promise<Stats> {
    for (;;) {
      const s = await stats();
      if (s.idleCollections > count) return s;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  test('after a pause, typing on many lines leaves the heap near its size after opening', async () => {
    const uri = 'untitled:memory.txt';
    const lines: string[] = [];
    while (lines.length < LINES) lines.push(...seed.split('\n'));
    const text = lines.slice(0, LINES).join('\n'); // 160,000 characters: 320 KB a version
    await client.open(uri, text);
    const opened = await collectedAfter(0);
    // one keystroke each on EDITS different lines: every version's text, kept alive, would add 320 KB
    for (let i = 0; i < EDITS; i++) {
      const line = (i * 7919) % LINES;
      await client.applyEdits(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: '一' }]);
    }
    // one more keystroke after reading the count, so the collection waited for comes after all of them
    const before = (await stats()).idleCollections;
    await client.applyEdits(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: ' ' }]);
    const typed = await collectedAfter(before);
    // a leak of the versions' texts would be ≥ 38 MB here; the document itself is well under 10 MB
    expect(typed.heapUsedAfterIdleCollection - opened.heapUsedAfterIdleCollection).toBeLessThan(10);
  }, 120_000);
});
