// The list structure the edit commands need: which items are siblings, which
// item is whose parent. A deliberately small model (the language server owns
// the full one): markers nest by level, and 篇/章/条, Markdown headings and
// time headings such as 三月份： start a fresh scope.
import { DEFAULT_LEVELS, parseLineMarker, type Family, type LineMarker } from './markers.js';

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

const CN_NUM = '[〇零一二两三四五六七八九十百]+';
const ARTICLE = new RegExp(`^(?:第(?:${CN_NUM}|[0-9]+)[篇章节条部分]|附件\\s*(?:${CN_NUM}|[0-9]+))`);
const ARTICLE_SUFFIX = new RegExp(`篇${CN_NUM}\\s*$`);
const MONTH = `(?:${CN_NUM}|元|[0-9０-９]{1,2})`;
const TIME_HEADING = new RegExp(
  `^(?:${MONTH}(?:月份?)?\\s*(?:[至到—\\-－～~、]+\\s*${MONTH})?\\s*月份?|第?${CN_NUM}季度|[上下]半年|全年|第[0-9一二三四五六七八九十]+(?:[至到\\-—~～][0-9一二三四五六七八九十]+)?周|[寒暑]假)\\s*[：:]?\\s*$`,
);
const HEADING = /^[ \t]*#{1,6}\s/;
const FENCE = /^[ \t]*(```|~~~)/;

/** True when the line opens a scope of its own: an article, a Markdown heading or a standalone time heading. */
export function isScopeHeading(line: string): boolean {
  const content = line.replace(/^[ \t\u3000\u00a0]*(?:#{1,6}\s+)?/, '');
  if (content === '') return false;
  if (ARTICLE.test(content) || ARTICLE_SUFFIX.test(content) || TIME_HEADING.test(content)) return true;
  return HEADING.test(line) && parseLineMarker(line) === null;
}

const ARTICLE_TOKEN = /^(?:[ \t\u3000\u00a0]*(?:#{1,6}[ \t]+)?)(第(?:[〇零一二两三四五六七八九十百]+|[0-9]+)[篇章节条部分]|附件\s*(?:[〇零一二两三四五六七八九十百]+|[0-9]+))/;
const SUFFIX_TOKEN = /篇[〇零一二两三四五六七八九十百]+(?=\s*$)/;

/** The part of a scope heading that is coloured: 第三条 of 第三条 本制度…, 篇八 of …制度篇八, 三月份 of 三月份： */
export function headingToken(text: string): { start: number; end: number } | null {
  const article = ARTICLE_TOKEN.exec(text);
  if (article) return { start: article[0].length - article[1]!.length, end: article[0].length };
  const suffix = SUFFIX_TOKEN.exec(text);
  if (suffix) return { start: suffix.index, end: suffix.index + suffix[0].length };
  const lead = /^[ \t\u3000\u00a0]*(?:#{1,6}[ \t]+)?/.exec(text)![0].length;
  const body = text.slice(lead).replace(/\s*[：:]?\s*$/, '');
  return body ? { start: lead, end: lead + body.length } : null;
}

export function analyse(lines: readonly string[], levels: readonly Family[] = DEFAULT_LEVELS): Structure {
  const items: Item[] = [];
  const itemAt = new Map<number, Item>();
  const runs: Item[][] = [];
  /** open runs keyed by parent item line (or scope) and family */
  const openRuns = new Map<string, Item[]>();
  let stack: Item[] = [];
  let scope = -1;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (FENCE.test(text)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const marker = parseLineMarker(text);
    if (!marker) {
      if (isScopeHeading(text)) {
        scope = i;
        stack = [];
        openRuns.clear();
      }
      continue;
    }
    const index = levels.indexOf(marker.family);
    const level = index < 0 ? levels.length : index;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const key = `${parent ? parent.line : 's' + scope}:${marker.family}`;
    let run = openRuns.get(key);
    if (!run || (marker.value === 1 && run.length > 0)) {
      run = [];
      openRuns.set(key, run);
      runs.push(run);
    }
    const item: Item = { line: i, marker, level, parent, scope, run };
    run.push(item);
    items.push(item);
    itemAt.set(i, item);
    stack.push(item);
  }
  return { items, itemAt, runs, levels };
}

/** The children of `item` (or of the scope when null) of one family, in document order. */
export function childrenOf(structure: Structure, parent: Item | null, family: Family, scope: number): Item[] {
  return structure.items.filter((it) => it.parent === parent && it.marker.family === family && (parent !== null || it.scope === scope));
}

/** How far the scope window reaches each way from the cursor. */
export const WINDOW_LIMIT = 3000;

/**
 * The lines of the scope around `line`: from the 篇/章/heading/month heading
 * at or above it to the line before the next one (at most WINDOW_LIMIT each
 * way). Lists never cross a scope heading, so the list commands need no more,
 * and Enter stays instant in a 100,000-line document.
 */
export function scopeWindowOf(lineAt: (i: number) => string, lineCount: number, line: number, limit = WINDOW_LIMIT): { start: number; lines: string[] } {
  let start = line;
  while (start > 0 && line - start < limit && !isScopeHeading(lineAt(start))) start--;
  let end = line + 1;
  while (end < lineCount && end - line < limit && !isScopeHeading(lineAt(end))) end++;
  const lines: string[] = [];
  for (let i = start; i < end; i++) lines.push(lineAt(i));
  return { start, lines };
}
