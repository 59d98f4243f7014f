// Applying fixes for editor features: whole-document fix-all, fixes inside a range,
// and the edits that turn a list into a renumbered or restyled one.
import type { DocumentModel, Marker, MarkerList } from '../core/model/types.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Problem, Range, TextEdit } from '../core/types.js';
import { applyFixes, fixText, lintText } from '../core/linter.js';
import { diffEdits } from './textDiff.js';
import { markerSource, markerWithValue, standardMarker } from './markerText.js';
import { rangeContains } from './positions.js';

/** Every fixable problem fixed (repeatedly, until stable), as minimal edits of `model.text`. */
export function fixAllEdits(model: DocumentModel, config: ResolvedConfig): TextEdit[] {
  return diffEdits(model.text, fixText(model.text, config).output);
}

/** The fixes of one rule across the document (one pass: they were all visible at once). */
export function fixRuleEdits(model: DocumentModel, problems: Problem[], ruleId: string): TextEdit[] {
  const output = applyFixes(model.text, problems.filter((p) => p.ruleId === ruleId)).output;
  return diffEdits(model.text, output);
}

const MAX_RANGE_PASSES = 10;

/**
 * Fixes whose edits lie inside the given lines, re-linting between passes. The
 * range is whole lines; fixes rarely add or remove lines, and when they do the
 * last line moves with them.
 */
export function fixRangeEdits(model: DocumentModel, config: ResolvedConfig, range: Range, problems: Problem[]): TextEdit[] {
  let text = model.text;
  let current = problems;
  const firstLine = range.start.line;
  let lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  let lineCount = model.lines.length;
  for (let pass = 0; pass < MAX_RANGE_PASSES && lastLine >= firstLine; pass++) {
    const lines = { start: { line: firstLine, character: 0 }, end: { line: lastLine, character: Number.MAX_SAFE_INTEGER } };
    const inside = current.filter((p) => p.fix && p.fix.edits.length && p.fix.edits.every((e) => rangeContains(lines, e.range)));
    const result = applyFixes(text, inside);
    if (result.applied === 0 || result.output === text) break;
    text = result.output;
    const newCount = countLines(text);
    lastLine += newCount - lineCount;
    lineCount = newCount;
    current = lintText(text, config).problems;
  }
  return diffEdits(model.text, text);
}

function countLines(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return n;
}

function markerEdit(model: DocumentModel, marker: Marker, newMarker: string): TextEdit | undefined {
  const source = markerSource(model.lines[marker.line]!.text, marker);
  if (source === newMarker) return undefined;
  return {
    range: { start: { line: marker.line, character: marker.start }, end: { line: marker.line, character: marker.start + source.length } },
    newText: newMarker,
  };
}

/** 1, 2, 3 … in each item's own style (from the list's first value when it starts at 1, else from 1). */
export function renumberListEdits(model: DocumentModel, list: MarkerList): TextEdit[] {
  const edits: TextEdit[] = [];
  list.items.forEach((item, i) => {
    const edit = markerEdit(model, item, markerWithValue(item, i + 1));
    if (edit) edits.push(edit);
  });
  return edits;
}

/** Every item in the family's standard form, numbers kept: 1、 → 1., (1) → （1）. */
export function standardStyleEdits(model: DocumentModel, list: MarkerList): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const item of list.items) {
    const edit = markerEdit(model, item, standardMarker(item.family, item.value));
    if (edit) edits.push(edit);
  }
  return edits;
}

/** The innermost list at a line: the one whose item sits on the line, else the deepest list spanning it. */
export function listAt(model: DocumentModel, line: number): MarkerList | undefined {
  const marker = model.markerAt[line];
  if (marker) {
    const own = model.lists.find((l) => l.items.includes(marker));
    if (own) return own;
  }
  let best: MarkerList | undefined;
  for (const list of model.lists) {
    const first = list.items[0];
    const last = list.items[list.items.length - 1];
    if (!first || !last || first.line > line || last.line < line) continue;
    if (!best || list.items[0]!.level > best.items[0]!.level) best = list;
  }
  return best;
}
