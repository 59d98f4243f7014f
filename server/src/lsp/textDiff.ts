// Turns "old text → new text" into small edits, so formatting and fix-all move
// only what changed (the editor keeps cursors, folds and undo steps elsewhere).
import type { TextEdit } from '../core/types.js';
import { lineStarts } from '../core/syntax/lines.js';

interface LineSpan {
  offset: number;
  /** length including the line terminator */
  length: number;
}

function lineSpans(text: string): LineSpan[] {
  const starts = lineStarts(text);
  return starts.map((offset, i) => ({ offset, length: (starts[i + 1] ?? text.length) - offset }));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** The differing middle of two strings, never splitting a surrogate pair. */
function trimmedEdit(oldText: string, newText: string, base: number): OffsetEdit | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) prefix--;
  if (prefix > 0 && oldText.charCodeAt(prefix - 1) === 0x0d && oldText.charCodeAt(prefix) === 0x0a) prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) suffix++;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  // never end an edit between \r and \n
  if (suffix > 0 && oldText.charCodeAt(oldText.length - suffix) === 0x0a && oldText.charCodeAt(oldText.length - suffix - 1) === 0x0d) suffix--;
  return { start: base + prefix, end: base + oldText.length - suffix, newText: newText.slice(prefix, newText.length - suffix) };
}

/** Edits (positions in `oldText`) that turn `oldText` into `newText`: one per changed line when the line count is kept. */
export function diffEdits(oldText: string, newText: string): TextEdit[] {
  if (oldText === newText) return [];
  const oldLines = lineSpans(oldText);
  const newLines = lineSpans(newText);
  const lineOf = (text: string, span: LineSpan) => text.slice(span.offset, span.offset + span.length);
  let head = 0;
  while (head < oldLines.length && head < newLines.length && lineOf(oldText, oldLines[head]!) === lineOf(newText, newLines[head]!)) head++;
  let tail = 0;
  while (
    tail < oldLines.length - head && tail < newLines.length - head &&
    lineOf(oldText, oldLines[oldLines.length - 1 - tail]!) === lineOf(newText, newLines[newLines.length - 1 - tail]!)
  ) tail++;

  const edits: OffsetEdit[] = [];
  const oldCount = oldLines.length - head - tail;
  const newCount = newLines.length - head - tail;
  if (oldCount === newCount) {
    for (let i = head; i < head + oldCount; i++) {
      const edit = trimmedEdit(lineOf(oldText, oldLines[i]!), lineOf(newText, newLines[i]!), oldLines[i]!.offset);
      if (edit) edits.push(edit);
    }
  } else {
    const oldStart = oldLines[head]?.offset ?? oldText.length;
    const oldEnd = oldLines.length - tail < oldLines.length ? oldLines[oldLines.length - tail]!.offset : oldText.length;
    const newStart = newLines[head]?.offset ?? newText.length;
    const newEnd = newLines.length - tail < newLines.length ? newLines[newLines.length - tail]!.offset : newText.length;
    const edit = trimmedEdit(oldText.slice(oldStart, oldEnd), newText.slice(newStart, newEnd), oldStart);
    if (edit) edits.push(edit);
  }
  const toPosition = positionsOf(oldLines);
  return edits.map((e) => ({ range: { start: toPosition(e.start), end: toPosition(e.end) }, newText: e.newText }));
}

function positionsOf(lines: LineSpan[]): (offset: number) => { line: number; character: number } {
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lines[lo]!.offset };
  };
}
