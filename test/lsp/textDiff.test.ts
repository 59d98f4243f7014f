// diffEdits turns "old → new" into the small edits formatting and fix-all send: applying them
// must give the new text, and no edit may cut a surrogate pair or a CRLF in two.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diffEdits } from '../../server/src/lsp/textDiff.js';

function apply(text: string, edits: ReturnType<typeof diffEdits>): string {
  return TextDocument.applyEdits(TextDocument.create('untitled:x', 'plaintext', 1, text), edits);
}

const pieces = fc.constantFrom('一、', '（二）', '1.', '1、', '😀', '𠀀', '\n', '\r\n', '\r', 'a', '文', ' ', '　');
const texts = fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''));

describe('diffEdits', () => {
  test('one edit per changed line when the line count stays', () => {
    const edits = diffEdits('一、甲\n三、乙\n正文\n（一）、丙\n', '一、甲\n二、乙\n正文\n（一）丙\n');
    expect(edits).toEqual([
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: '二' },
      { range: { start: { line: 3, character: 3 }, end: { line: 3, character: 4 } }, newText: '' },
    ]);
  });

  test('never splits a surrogate pair or a CRLF', () => {
    // 😀 is \uD83D\uDE00 and 😁 \uD83D\uDE01: the common high surrogate must not be left out of the edit
    const [edit] = diffEdits('a😀b', 'a😁b');
    expect(edit!.range.start.character).toBe(1);
    expect(edit!.newText).toBe('😁');
    const [crlf] = diffEdits('一\r\n二', '一\n二');
    expect(apply('一\r\n二', [crlf!])).toBe('一\n二');
    expect(crlf!.range.start).toEqual({ line: 0, character: 1 });
  });

  test('applying the edits always yields the new text', () => {
    fc.assert(
      fc.property(texts, texts, (before, after) => {
        const edits = diffEdits(before, after);
        expect(apply(before, edits)).toBe(after);
        for (const e of edits) {
          // no lone surrogates in what is sent
          expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(e.newText)).toBe(false);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
