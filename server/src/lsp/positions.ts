// The core counts columns without a leading BOM; the editor's text keeps it.
// Only line 0 differs, by one UTF-16 unit.
import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import type { DocumentModel } from '../core/model/types.js';
import type { Position, Range } from '../core/types.js';

export function toLspPosition(model: DocumentModel, position: Position): LspPosition {
  return model.bom && position.line === 0 ? { line: 0, character: position.character + 1 } : { ...position };
}

export function toLspRange(model: DocumentModel, range: Range): LspRange {
  return { start: toLspPosition(model, range.start), end: toLspPosition(model, range.end) };
}

export function fromLspPosition(model: DocumentModel, position: LspPosition): Position {
  return model.bom && position.line === 0 ? { line: 0, character: Math.max(0, position.character - 1) } : { line: position.line, character: position.character };
}

export function fromLspRange(model: DocumentModel, range: LspRange): Range {
  return { start: fromLspPosition(model, range.start), end: fromLspPosition(model, range.end) };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Ranges that touch count as intersecting, so a cursor at the end of a marker still finds it. */
export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
