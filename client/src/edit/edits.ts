// The list-editing commands as pure functions: lines in, edits out.
// Every edit is expressed against the original lines (the editor applies them
// together), and the resulting cursor position is computed here.
import { canonicalStyle, DEFAULT_LEVELS, formatMarker, parseLineMarker, styleOf, type Family, type LineMarker, type MarkerStyle } from './markers.js';
import { analyse, childrenOf, type Item, type Structure } from './structure.js';
import { parseDocument } from '../../../server/src/core/model/parse.js';
import { listAt, renumberAllEdits, renumberListEdits } from '../../../server/src/core/edit/lists.js';
import type { TextEdit } from '../../../server/src/core/types.js';

/** Replace columns [start, end) of `line` with `text` (which may contain line breaks). */
export interface LineEdit {
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface EditResult {
  edits: LineEdit[];
  /** where the cursor goes once the edits are applied */
  cursor: { line: number; character: number };
}

function markerEnd(m: LineMarker): number {
  return m.textStart - m.gap.length;
}

/** An edit that rewrites the marker of `item` to `value` in `style` (the gap is kept). */
function rewriteMarker(item: Item, style: MarkerStyle, value: number): LineEdit | null {
  const text = formatMarker(style, value);
  const m = item.marker;
  const current = formatMarker(styleOf(m), m.value);
  if (text === current && style.family === m.family) return null;
  return { line: item.line, start: m.start, end: markerEnd(m), text };
}

/** Renumbers `items` to start, start+1, … in their own style. */
function renumberItems(items: readonly Item[], start: number): LineEdit[] {
  const edits: LineEdit[] = [];
  items.forEach((it, k) => {
    if (it.marker.value !== start + k) {
      const e = rewriteMarker(it, styleOf(it.marker), start + k);
      if (e) edits.push(e);
    }
  });
  return edits;
}

/** Longest item text still read as a heading (二、主要任务, （一）完善服务机制). */
export const HEADING_MAX_LENGTH = 24;

/**
 * Is the item a heading of the text below it rather than a list entry? It is
 * on one of the two top levels, short, and not a sentence (no 。；！？，).
 * After a heading the writer goes on with body text or sub-items, not with 三、.
 */
export function isHeadingItem(lineText: string, marker: LineMarker, levels: readonly Family[] = DEFAULT_LEVELS): boolean {
  const level = levels.indexOf(marker.family);
  if (level < 0 || level > 1) return false;
  const text = lineText.slice(marker.textStart).trim();
  return text.length > 0 && text.length <= HEADING_MAX_LENGTH && !/[。；;！!？?，,]/.test(text);
}

/** Is `line` an empty line right below a heading item (where Enter offers the heading's first sub-item)? */
export function isBelowHeading(lines: readonly string[], line: number, levels: readonly Family[] = DEFAULT_LEVELS): boolean {
  if (line < 1 || lines[line]!.trim() !== '') return false;
  const above = parseLineMarker(lines[line - 1]!);
  return above !== null && isHeadingItem(lines[line - 1]!, above, levels);
}

/**
 * Enter on the empty line below a heading item: the line becomes the heading's
 * first sub-item (二、主要任务 → （一）), written as the document writes that
 * level; sub-items already below it move down by one.
 */
export function firstSubItem(lines: readonly string[], line: number, levels?: readonly Family[]): EditResult | null {
  const structure = analyse(lines, levels);
  if (!isBelowHeading(lines, line, structure.levels)) return null;
  const heading = structure.itemAt.get(line - 1);
  const family = heading ? structure.levels[heading.level + 1] : undefined;
  if (!heading || !family) return null;
  const style = withGap(styleFor(structure, family, line), '');
  const head = heading.marker.prefix + formatMarker(style, 1);
  const edits: LineEdit[] = [{ line, start: 0, end: lines[line]!.length, text: head }];
  const existing = childrenOf(structure, heading, family, heading.scope);
  if (existing.length > 0 && existing[0]!.marker.value === 1) edits.push(...renumberItems(existing, 2));
  return { edits, cursor: { line, character: head.length } };
}

/**
 * Enter at (line, character). Inside a numbered item's text: a new line with
 * the next marker (following siblings move up by one when they would collide).
 * On an item with no text: the marker is removed, ending the list. After a
 * heading item: null, so the editor's own Enter starts body text; on the empty
 * line below a heading: the first sub-item. Anywhere else: null.
 */
export function continueList(lines: readonly string[], line: number, character: number, levels?: readonly Family[]): EditResult | null {
  if (isBelowHeading(lines, line, levels)) return firstSubItem(lines, line, levels);
  const structure = analyse(lines, levels);
  const item = structure.itemAt.get(line);
  if (!item) return null;
  const m = item.marker;
  const text = lines[line]!;
  if (character < m.textStart) return null;
  if (text.slice(m.textStart).trim() === '') {
    return { edits: [{ line, start: 0, end: text.length, text: '' }], cursor: { line, character: 0 } };
  }
  // at the end of a heading the writer goes on with body text; inside it, Enter still splits the item
  if (text.slice(character).trim() === '' && isHeadingItem(text, m, structure.levels)) return null;
  const next = m.value + 1;
  const head = m.prefix + formatMarker(styleOf(m), next) + m.gap;
  // text after the cursor moves to the new item without its leading spaces
  const tail = text.slice(character);
  const trimmedTail = tail.replace(/^[ \t\u3000]+/, '');
  const edits: LineEdit[] = [{ line, start: character, end: text.length, text: '\n' + head + trimmedTail }];
  const after = item.run.slice(item.run.indexOf(item) + 1);
  if (after.length > 0 && after[0]!.marker.value <= next) edits.push(...renumberItems(after, next + 1));
  return { edits, cursor: { line: line + 1, character: head.length } };
}

/** "Insert Next Item": a new sibling after the item on `line` (or after the item the line belongs to). */
export function insertNextItem(lines: readonly string[], line: number, levels?: readonly Family[]): EditResult | null {
  const structure = analyse(lines, levels);
  let item: Item | undefined;
  for (let l = line; l >= 0 && !item; l--) item = structure.itemAt.get(l);
  if (!item) return null;
  // the new item goes after the item's own text lines, before the next item or scope
  const following = structure.items.find((it) => it.line > item!.line);
  let end = item.line;
  const limit = following ? following.line : lines.length;
  for (let l = item.line + 1; l < limit; l++) if (lines[l]!.trim() !== '') end = l;
  const atLine = Math.max(end, line);
  const m = item.marker;
  const next = m.value + 1;
  const head = m.prefix + formatMarker(styleOf(m), next) + m.gap;
  const edits: LineEdit[] = [{ line: atLine, start: lines[atLine]!.length, end: lines[atLine]!.length, text: '\n' + head }];
  const after = item.run.slice(item.run.indexOf(item) + 1);
  if (after.length > 0 && after[0]!.marker.value <= next) edits.push(...renumberItems(after, next + 1));
  return { edits, cursor: { line: atLine + 1, character: head.length } };
}

/** The style a family is written in near `line`: the closest item of that family, else the standard one. */
export function styleFor(structure: Structure, family: Family, line: number): MarkerStyle {
  let best: Item | undefined;
  for (const it of structure.items) {
    if (it.marker.family !== family) continue;
    if (!best || Math.abs(it.line - line) < Math.abs(best.line - line)) best = it;
  }
  return best ? styleOf(best.marker) : canonicalStyle(family);
}

function withGap(style: MarkerStyle, gap: string): MarkerStyle {
  return { ...style, gap };
}

function cursorAfter(m: LineMarker, newMarkerText: string, line: number, character: number): { line: number; character: number } {
  const delta = newMarkerText.length - (markerEnd(m) - m.start);
  return { line, character: character >= markerEnd(m) ? character + delta : Math.min(character, m.start + newMarkerText.length) };
}

/**
 * Demote (Tab): the item becomes the last child of its previous sibling, in
 * the next level's style; its old list closes up, and its own children of
 * the new family follow it in the new list.
 */
export function demoteItem(lines: readonly string[], line: number, character: number, levels?: readonly Family[]): EditResult | null {
  const structure = analyse(lines, levels);
  const item = structure.itemAt.get(line);
  if (!item) return null;
  const newFamily = structure.levels[item.level + 1];
  if (!newFamily) return null;
  const siblings = item.run;
  const index = siblings.indexOf(item);
  const newParent = index > 0 ? siblings[index - 1]! : null;
  const style = withGap(styleFor(structure, newFamily, line), item.marker.gap);
  const before = newParent ? childrenOf(structure, newParent, newFamily, item.scope).filter((c) => c.line < line) : [];
  const ownChildren = childrenOf(structure, item, newFamily, item.scope);
  const value = before.length > 0 ? before[before.length - 1]!.marker.value + 1 : 1;
  const markerText = formatMarker(style, value);
  const edits: LineEdit[] = [{ line, start: item.marker.start, end: markerEnd(item.marker), text: markerText }];
  // the old list closes the gap
  edits.push(...renumberItems(siblings.slice(index + 1), item.marker.value));
  // the item's former children now follow it in the same list
  edits.push(...renumberItems(ownChildren, value + 1));
  return { edits, cursor: cursorAfter(item.marker, markerText, line, character) };
}

/**
 * Promote (Shift+Tab): the item becomes the next sibling of its parent, in
 * the parent's style; the parent's later siblings move down by one, and the
 * item's later siblings become its children, renumbered from 1.
 */
export function promoteItem(lines: readonly string[], line: number, character: number, levels?: readonly Family[]): EditResult | null {
  const structure = analyse(lines, levels);
  const item = structure.itemAt.get(line);
  if (!item || item.level === 0) return null;
  const parent = item.parent;
  const edits: LineEdit[] = [];
  const siblings = item.run;
  const index = siblings.indexOf(item);
  let value: number;
  let style: MarkerStyle;
  if (parent) {
    style = withGap(styleOf(parent.marker), item.marker.gap);
    value = parent.marker.value + 1;
    const parentLater = parent.run.slice(parent.run.indexOf(parent) + 1);
    edits.push(...renumberItems(parentLater, value + 1));
  } else {
    const family = structure.levels[item.level - 1]!;
    style = withGap(styleFor(structure, family, line), item.marker.gap);
    const earlier = structure.items.filter((it) => it.line < line && it.scope === item.scope && it.marker.family === family && it.parent === null);
    value = earlier.length > 0 ? earlier[earlier.length - 1]!.marker.value + 1 : 1;
  }
  const markerText = formatMarker(style, value);
  edits.unshift({ line, start: item.marker.start, end: markerEnd(item.marker), text: markerText });
  // later siblings are now the promoted item's children
  edits.push(...renumberItems(siblings.slice(index + 1), 1));
  return { edits, cursor: cursorAfter(item.marker, markerText, line, character) };
}

/** The core's reading of `lines`: the same parser, and so the same lists, as the language server's. */
function modelOf(lines: readonly string[], levels?: readonly Family[]) {
  return parseDocument(lines.join('\n'), levels);
}

function toLineEdit(edit: TextEdit): LineEdit {
  return { line: edit.range.start.line, start: edit.range.start.character, end: edit.range.end.character, text: edit.newText };
}

/**
 * Renumbers the list at `line` from 1 (一、二、三 …), the language server's "renumber this list" action exactly:
 * the core's list at the line, renumbered by the core.
 */
export function renumberList(lines: readonly string[], line: number, levels?: readonly Family[]): LineEdit[] {
  const model = modelOf(lines, levels);
  const list = listAt(model, line);
  return list ? renumberListEdits(model, list).map(toLineEdit) : [];
}

/** Renumbers every list in the document. A list that restarts at 1 stays a list of its own. */
export function renumberDocument(lines: readonly string[], levels?: readonly Family[]): LineEdit[] {
  return renumberAllEdits(modelOf(lines, levels)).map(toLineEdit);
}

/** Applies edits to lines (used by tests and by callers without an editor). */
export function applyEdits(lines: readonly string[], edits: readonly LineEdit[]): string[] {
  const out = [...lines];
  const sorted = [...edits].sort((a, b) => b.line - a.line || b.start - a.start);
  for (const e of sorted) {
    const l = out[e.line]!;
    out[e.line] = l.slice(0, e.start) + e.text + l.slice(e.end);
  }
  return out.join('\n').split('\n');
}
