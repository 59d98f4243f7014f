// A fix never makes a document worse, measured on real text: after fixText, no document of the real corpus or the
// regulations has more sequence problems than before, a document with no sequence problem keeps every ordinal, and
// so does every document the real corpus annotates as clean (expect.json), whatever PlanDoc thinks of it; and every
// changed line differs from the original only in marker punctuation and brackets, or inside its leading marker.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixText, lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';
import { parseDocument } from '../../server/src/core/model/parse.js';
import type { Marker } from '../../server/src/core/model/types.js';

const CORPORA = [
  process.env.PLANDOC_REAL_CORPUS ? join(process.env.PLANDOC_REAL_CORPUS, 'docs') : resolve(__dirname, '../../../shared/corpus/real/docs'),
  process.env.PLANDOC_CORPUS ?? resolve(__dirname, '../../../shared/corpus/regulations'),
];
const SEQUENCE_RULES = new Set([
  'numbering-sequence', 'numbering-restart', 'article-sequence', 'inline-sequence', 'heading-hierarchy',
  'month-order', 'month-overlap', 'month-invalid', 'week-sequence',
]);

const sequenceProblems = (text: string) => lintText(text, defaultConfig('common')).problems.filter((p) => SEQUENCE_RULES.has(p.ruleId)).length;
const ordinals = (text: string) => parseDocument(text).markers.map((m) => `${m.line}:${m.family}:${m.value}`);

describe.each(CORPORA)('fixing %s', (dir) => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort() : [];

  it('is found (set PLANDOC_REAL_CORPUS / PLANDOC_CORPUS to move it)', () => {
    expect(files.length, `no documents at ${dir}`).toBeGreaterThan(0);
  });

  it('leaves no document with more sequence problems, and renumbers no document that had none', () => {
    const worse: string[] = [];
    const renumbered: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const before = sequenceProblems(text);
      const output = fixText(text, defaultConfig('common')).output;
      if (output === text) continue;
      if (sequenceProblems(output) > before) worse.push(f);
      if (before === 0 && ordinals(output).join() !== ordinals(text).join()) renumbered.push(f);
    }
    expect(worse, 'documents with more sequence problems after --fix').toEqual([]);
    expect(renumbered, 'documents without a sequence problem whose numbering --fix changed').toEqual([]);
  });

  it('changes only marker punctuation and brackets anywhere, and ordinal numbers only inside a line\'s leading marker', () => {
    const bad: string[] = [];
    let changedLines = 0;
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const output = fixText(text, defaultConfig('common')).output;
      if (output === text) continue;
      const model = parseDocument(text);
      const before = text.split('\n');
      const after = output.split('\n');
      if (before.length !== after.length) {
        bad.push(`${f}: ${before.length} lines became ${after.length}`);
        continue;
      }
      before.forEach((line, i) => {
        if (line === after[i]) return;
        changedLines++;
        const why = outsideMarker(line, after[i]!, model.markerAt[i]);
        if (why) bad.push(`${f}:${i + 1}: ${why}: ${JSON.stringify(line)} → ${JSON.stringify(after[i])}`);
      });
    }
    expect(bad.slice(0, 10)).toEqual([]);
    if (dir === CORPORA[1]) expect(changedLines, 'the regulations have fixable markers').toBeGreaterThan(0);
  });
});

/** Characters a marker fix may write or remove anywhere in a line: separators, brackets, the space after 第N条. */
const MARKER_PUNCTUATION = new Set([...'、.．，,()（）[]{}】【 \u3000']);

/**
 * Why the change from `before` to `after` is more than a marker fix, or undefined when it is one. The lines are
 * walked together: a marker punctuation character may be removed or inserted anywhere (a line may hold several
 * fixed items), any other character may change only inside the line's own leading marker.
 */
function outsideMarker(before: string, after: string, marker: Marker | undefined): string | undefined {
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) i++, j++;
    else if (marker && i < marker.end && j < after.length && i < before.length && !MARKER_PUNCTUATION.has(before[i]!) && !MARKER_PUNCTUATION.has(after[j]!)) i++, j++;
    else if (i < before.length && MARKER_PUNCTUATION.has(before[i]!)) i++;
    else if (j < after.length && MARKER_PUNCTUATION.has(after[j]!)) j++;
    else return `changed “${before.slice(i, i + 8)}” to “${after.slice(j, j + 8)}” outside a marker (column ${i + 1})`;
  }
  return undefined;
}
