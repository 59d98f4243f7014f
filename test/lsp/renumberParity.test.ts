// The editor's Renumber List (client/src/edit: the scope window around the cursor, as editCommands passes it) and the
// language server's "renumber this list" action (over real JSON-RPC) make the same edits, on every list of the seed
// and of the real corpus: both are the core's renumberListEdits on the core's reading of the text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { renumberList } from '../../client/src/edit/edits.js';
import { DEFAULT_LEVELS } from '../../client/src/edit/markers.js';
import { scopeWindowOf } from '../../client/src/edit/structure.js';
import { parseDocument } from '../../server/src/core/model/parse.js';
import { ROOT, TestClient } from './client.js';

const REAL = process.env.PLANDOC_REAL_CORPUS ? join(process.env.PLANDOC_REAL_CORPUS, 'docs') : resolve(ROOT, '../shared/corpus/real/docs');
const documents: { name: string; text: string }[] = [
  { name: 'seed.txt', text: readFileSync(join(ROOT, 'test/fixtures/seed.txt'), 'utf8') },
  ...(existsSync(REAL) ? readdirSync(REAL).sort().map((f) => ({ name: f, text: readFileSync(join(REAL, f), 'utf8') })) : []),
].map((d) => ({ ...d, text: d.text.replace(/^\uFEFF/, '') })); // VS Code hands both sides the text without its BOM

/** What the editor command would do with the cursor on `line`, as document-wide edits. */
function editorEdits(lines: string[], line: number): TextEdit[] {
  const window = scopeWindowOf((i) => lines[i]!, lines.length, line);
  return renumberList(window.lines, line - window.start, DEFAULT_LEVELS).map((e) => ({
    range: { start: { line: e.line + window.start, character: e.start }, end: { line: e.line + window.start, character: e.end } },
    newText: e.text,
  }));
}

const sorted = (edits: TextEdit[]) => [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

describe('Renumber List in the editor equals the server\'s renumber action', () => {
  const client = new TestClient();
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());
  const totals = { lines: 0, renumbered: 0 };

  test('the real corpus is there (else this test proves little)', () => {
    if (process.env.CI) expect(documents.length).toBeGreaterThan(40);
  });

  test.each(documents)('on every list of $name', async ({ name, text }) => {
    const uri = `untitled:parity/${name}`;
    await client.open(uri, text);
    const lines = text.split(/\r\n|\r|\n/);
    const model = parseDocument(text);
    // the cursor on each item, and on each line between a list's first and last item (body text, sub-lists)
    const cursorLines = new Set<number>();
    for (const list of model.lists) {
      for (let l = list.items[0]!.line; l <= list.items[list.items.length - 1]!.line; l++) cursorLines.add(l);
    }
    let renumbered = 0;
    for (const line of cursorLines) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } },
        context: { diagnostics: [], only: ['refactor.rewrite.plandoc.renumber'] },
      })) as CodeAction[];
      const server = actions.find((a) => a.kind === 'refactor.rewrite.plandoc.renumber')?.edit?.changes?.[uri] ?? [];
      expect(sorted(editorEdits(lines, line)), `${name}: the cursor on line ${line + 1}`).toEqual(sorted(server));
      if (server.length > 0) renumbered++;
    }
    totals.lines += cursorLines.size;
    totals.renumbered += renumbered;
    await client.close(uri);
  });

  test('compared cursors where a renumbering is offered, not only where nothing changes', () => {
    expect(totals.lines).toBeGreaterThan(100);
    expect(totals.renumbered).toBeGreaterThan(0);
  });
});
