// Applying fixes for editor features: whole-document fix-all, formatting (marker fixes only, optionally in a range),
// and the edits that turn a list into a renumbered or restyled one.
import type { DocumentModel, Marker, MarkerList } from '../core/model/types.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Problem, Range, TextEdit } from '../core/types.js';
import { applyFixes, fixText, lintText } from '../core/linter.js';
import { diffEdits } from './textDiff.js';
import { markerSource, markerWithValue, standardMarker } from '../core/syntax/markerText.js';
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

const MAX_FORMAT_PASSES = 10;

/** A fix that only rewrites ordinal markers: every edit lies within a marker (its numeral, brackets, separator). */
export function isMarkerFix(model: DocumentModel, problem: Problem): boolean {
  if (!problem.fix || problem.fix.edits.length === 0) return false;
  return problem.fix.edits.every((e) => {
    if (e.range.start.line !== e.range.end.line) return false;
    const marker = model.markerAt[e.range.start.line];
    return !!marker && e.range.start.character >= marker.start && e.range.end.character <= marker.end;
  });
}

/**
 * Formatting: renumber lists and normalise markers — the fixes that touch markers only — inside
 * the given lines (all lines when no range), re-linting between passes. Other text is never changed,
 * so fixes such as month-style's belong to fix-all, not to formatting. The range is whole lines;
 * when fixes add or remove lines, its last line moves with them.
 */
export function formatEdits(model: DocumentModel, config: ResolvedConfig, problems: Problem[], range?: Range): TextEdit[] {
  let text = model.text;
  let current = { model, problems };
  const firstLine = range ? range.start.line : 0;
  let lastLine = !range ? Number.MAX_SAFE_INTEGER
    : range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  let lineCount = model.lines.length;
  for (let pass = 0; pass < MAX_FORMAT_PASSES && lastLine >= firstLine; pass++) {
    const lines = { start: { line: firstLine, character: 0 }, end: { line: lastLine, character: Number.MAX_SAFE_INTEGER } };
    const chosen = current.problems.filter((p) => isMarkerFix(current.model, p) && p.fix!.edits.every((e) => rangeContains(lines, e.range)));
    const result = applyFixes(text, chosen);
    if (result.applied === 0 || result.output === text) break;
    text = result.output;
    const newCount = countLines(text);
    if (range) lastLine += newCount - lineCount;
    lineCount = newCount;
    current = lintText(text, config);
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
