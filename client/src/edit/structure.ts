// The list structure the edit commands need: which items are siblings, which item is whose parent, which scope
// (篇/章/条, a Markdown heading, a time heading such as 三月份：) an item belongs to. It is the core's reading of the
// lines (server/src/core/model), so Enter, Tab and Renumber List see the lists the language server checks.
import { DEFAULT_LEVELS, parseLineMarker, type Family, type LineMarker } from './markers.js';
import { parseDocument } from '../../../server/src/core/model/parse.js';
import type { OutlineNode } from '../../../server/src/core/model/types.js';
import { matchArticle } from '../../../server/src/core/syntax/articles.js';
import { findContentStart } from '../../../server/src/core/syntax/lines.js';
import { matchTimeHeading } from '../../../server/src/core/syntax/time/parse.js';
export interface Item {
  line: number;
  marker: LineMarker;
  level: number;
  parent: Item | null;
  /** line of the scope heading the item belongs to (-1: the document) */
  scope: number;
  /** the run of siblings the item belongs to */
  run: Item[];
}

export interface Structure {
  items: Item[];
  itemAt: Map<number, Item>;
  /** sibling runs: same parent, same scope, same family; a value of 1 starts a new run */
  runs: Item[][];
  levels: readonly Family[];
}

/** True when the line opens a scope of its own: an article, a Markdown heading or a standalone time heading. */
export function isScopeHeading(line: string): boolean {
  if (isWindowBoundary(line)) return true;
  const { contentStart } = findContentStart(line);
  return line.trim() !== '' && contentStart < line.length && !!matchTimeHeading(line, contentStart)?.standalone;
}

/** The part of a scope heading that is coloured: 第三条 of 第三条 本制度…, 篇八 of …制度篇八, 三月份 of 三月份： */
export function headingToken(text: string): { start: number; end: number } | null {
  const { contentStart } = findContentStart(text);
  const article = matchArticle(text, contentStart, 0);
  if (article) return { start: article.start, end: article.end };
  const body = text.slice(contentStart).replace(/\s*[：:]?\s*$/, '');
  return body ? { start: contentStart, end: contentStart + body.length } : null;
}

/** The nearest enclosing node that is not an item: its line is the scope (-1 for the document). */
function scopeLine(node: OutlineNode): number {
  for (let p = node.parent; p; p = p.parent) if (p.kind !== 'marker') return p.kind === 'document' ? -1 : p.line;
  return -1;
}

export function analyse(lines: readonly string[], levels: readonly Family[] = DEFAULT_LEVELS): Structure {
  const model = parseDocument(lines.join('\n'), levels);
  const nodeAt = new Map<number, OutlineNode>();
  const visit = (n: OutlineNode) => {
    if (n.kind === 'marker') nodeAt.set(n.line, n);
    n.children.forEach(visit);
  };
  visit(model.root);
  const items: Item[] = [];
  const itemAt = new Map<number, Item>();
  // items in document order, so a parent is always made before its children
  for (const marker of model.markers) {
    const node = nodeAt.get(marker.line);
    const lineMarker = parseLineMarker(lines[marker.line]!);
    if (!node || !lineMarker || lineMarker.family !== marker.family) continue;
    const index = levels.indexOf(marker.family);
    const parentLine = node.parent?.kind === 'marker' ? node.parent.line : undefined;
    const item: Item = {
      line: marker.line, marker: lineMarker, level: index < 0 ? levels.length : index,
      parent: parentLine === undefined ? null : itemAt.get(parentLine) ?? null, scope: scopeLine(node), run: [],
    };
    items.push(item);
    itemAt.set(marker.line, item);
  }
  const runs: Item[][] = [];
  for (const list of model.lists) {
    const run = list.items.map((m) => itemAt.get(m.line)).filter((it): it is Item => it !== undefined);
    for (const it of run) it.run = run;
    if (run.length > 0) runs.push(run);
  }
  // an item of no list (the core leaves none out today) is a run of its own
  for (const it of items) if (it.run.length === 0) runs.push((it.run = [it]));
  return { items, itemAt, runs, levels };
}

/** The children of `item` (or of the scope when null) of one family, in document order. */
export function childrenOf(structure: Structure, parent: Item | null, family: Family, scope: number): Item[] {
  return structure.items.filter((it) => it.parent === parent && it.marker.family === family && (parent !== null || it.scope === scope));
}

/**
 * Where the window may be cut: an article (第三条, …篇八) or a Markdown heading, which no list crosses in the
 * core's reading either. A time heading is no cut: whether 2012年4月-5月 heads a section or is the text of
 * 二、活动时间 depends on what is around it, and the window must read the list as the whole document does.
 */
function isWindowBoundary(line: string): boolean {
  const { contentStart, headingDepth } = findContentStart(line);
  if (line.trim() === '' || contentStart >= line.length) return false;
  return !!matchArticle(line, contentStart, 0) || (headingDepth > 0 && parseLineMarker(line) === null);
}

/** How far the scope window reaches each way from the cursor. */
export const WINDOW_LIMIT = 3000;

/**
 * The lines of the scope around `line`: from the 篇/章/条 or Markdown heading
 * at or above it to the line before the next one (at most WINDOW_LIMIT each
 * way). Lists never cross a scope heading, so the list commands need no more,
 * and Enter stays instant in a 100,000-line document.
 */
export function scopeWindowOf(lineAt: (i: number) => string, lineCount: number, line: number, limit = WINDOW_LIMIT): { start: number; lines: string[] } {
  let start = line;
  while (start > 0 && line - start < limit && !isWindowBoundary(lineAt(start))) start--;
  let end = line + 1;
  while (end < lineCount && end - line < limit && !isWindowBoundary(lineAt(end))) end++;
  const lines: string[] = [];
  for (let i = start; i < end; i++) lines.push(lineAt(i));
  return { start, lines };
}
