// Applying fixes for editor features: whole-document fix-all, formatting (marker fixes only, optionally in a range),
// (the list edits themselves are the core's: core/edit/lists.ts).
import type { DocumentModel } from '../core/model/types.js';
import type { ResolvedConfig } from '../core/config/types.js';
import type { Problem, Range, TextEdit } from '../core/types.js';
import { applyFixes, fixText, lintText } from '../core/linter.js';
import { diffEdits } from './textDiff.js';
import { rangeContains } from './positions.js';
import { lineStarts } from '../core/syntax/lines.js';

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
  return lineStarts(text).length;
}
