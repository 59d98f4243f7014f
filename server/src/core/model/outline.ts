// Builds the outline tree from the structural events of a document. Each kind
// of node has a rank; a node closes every open node of equal or lower rank and
// nests under the nearest higher one. Markers rank by their level, so 一、 closes
// （一） lists; 篇/章/headings close all lists; a time heading ranks just above
// the items that follow it, so numbering restarting under each month is legitimate.
import type { Article, Line, Marker, MarkerList, OutlineNode, TimeSection } from './types.js';

export type StructuralEvent =
  | { kind: 'article'; line: number; article: Article; headingDepth: number }
  | { kind: 'marker'; line: number; marker: Marker; time?: TimeSection; headingDepth: number }
  | { kind: 'time'; line: number; time: TimeSection; headingDepth: number }
  | { kind: 'heading'; line: number; headingDepth: number; title: string; rank?: number };

const ARTICLE_RANK: Record<Article['kind'], number> = { fujian: 9, pian: 10, zhang: 11, jie: 12, tiao: 13 };
/** 第一部分 / 第一编 / 第一类 on a line of their own: a part heading, ranked with 篇 */
export const PART_RANK = 10;
const MARKER_RANK = 50;
const LEAF_TIME_RANK = MARKER_RANK + 10;

interface OpenNode {
  node: OutlineNode;
  rank: number;
}

export function buildOutline(events: StructuralEvent[], lines: Line[]): { root: OutlineNode; lists: MarkerList[] } {
  const lastLine = lastContentLine(lines, lines.length - 1);
  const root: OutlineNode = { kind: 'document', line: 0, endLine: Math.max(lastLine, 0), title: '', children: [], parent: null };
  const stack: OpenNode[] = [{ node: root, rank: -1 }];
  let markerAfter: (Marker | undefined)[] | undefined; // computed once, on the first time heading

  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    const rank = ev.kind === 'time' ? timeRank(ev, (markerAfter ??= markersAfterTimes(events))[i], stack) : rankOf(ev);
    while (stack.length > 1 && stack[stack.length - 1]!.rank >= rank) {
      stack.pop()!.node.endLine = lastContentLine(lines, ev.line - 1);
    }
    const parent = stack[stack.length - 1]!.node;
    const node = nodeOf(ev, parent, lines);
    parent.children.push(node);
    stack.push({ node, rank });
  }
  while (stack.length > 1) stack.pop()!.node.endLine = lastLine;
  const lists: MarkerList[] = [];
  collectLists(root, lists);
  return { root, lists };
}

function rankOf(ev: StructuralEvent): number {
  switch (ev.kind) {
    case 'heading':
      return ev.rank ?? ev.headingDepth;
    case 'article':
      return ev.headingDepth || ARTICLE_RANK[ev.article.kind];
    case 'marker':
      return MARKER_RANK + ev.marker.level;
    case 'time':
      return LEAF_TIME_RANK;
  }
}

/**
 * A time heading sits just above the first item that follows it, so it closes
 * the previous month's items. When that item continues a list that is still
 * open (二、… 一月份： 二月份： 三、) the months are sub-sections of the open
 * item instead, and the next item closes them.
 */
/**
 * For each event, the marker of the first event after it that is not a time
 * heading (undefined when that is something else, or nothing). One backward
 * pass: looking ahead from every time heading was quadratic in a run of them.
 */
function markersAfterTimes(events: StructuralEvent[]): (Marker | undefined)[] {
  const after: (Marker | undefined)[] = new Array(events.length);
  let next: Marker | undefined;
  for (let j = events.length - 1; j >= 0; j--) {
    after[j] = next;
    const e = events[j]!;
    if (e.kind === 'marker') next = e.marker;
    else if (e.kind !== 'time') next = undefined;
  }
  return after;
}

/** `next`: the first item after this heading and any time headings that follow it directly. */
function timeRank(ev: Extract<StructuralEvent, { kind: 'time' }>, next: Marker | undefined, stack: OpenNode[]): number {
  // a labelled line (一月份：走访…) is an item of its own, not the heading of the items after it
  if (!ev.time.standalone) return LEAF_TIME_RANK;
  if (!next) return LEAF_TIME_RANK;
  const rank = MARKER_RANK + next.level - 0.5;
  for (let k = stack.length - 1; k > 0 && stack[k]!.rank >= rank; k--) {
    const open = stack[k]!.node.marker;
    if (open && open.family === next.family && next.value === open.value + 1) return stack[k]!.rank + 0.5;
  }
  return rank;
}

function nodeOf(ev: StructuralEvent, parent: OutlineNode, lines: Line[]): OutlineNode {
  // plain literals rather than { ...base, … }: the spread cost a fifth of the whole lint time (bench/core-throughput.mjs)
  const { line } = ev;
  const text = lines[line]!.text;
  switch (ev.kind) {
    case 'heading':
      return { line, endLine: line, children: [], parent, kind: 'heading', title: ev.title, heading: { depth: ev.headingDepth, text: ev.title } };
    case 'article': {
      const a = ev.article;
      const title = a.form === 'suffix' ? `${a.raw} ${a.title}` : `${a.raw}${a.title ? ' ' + a.title : ''}`;
      return { line, endLine: line, children: [], parent, kind: 'article', title: title.trim(), article: a };
    }
    case 'marker': {
      const m = ev.marker;
      const label = text.slice(m.start, m.end).trim();
      return { line, endLine: line, children: [], parent, kind: 'marker', title: `${label}${m.title}`, marker: m, time: ev.time };
    }
    case 'time': {
      const t = ev.time;
      const title = text.slice(t.start).trim().replace(/[：:]\s*$/, '');
      return { line, endLine: line, children: [], parent, kind: 'time', title: title.length > 40 ? title.slice(0, 40) + '…' : title, time: t };
    }
  }
}

function lastContentLine(lines: Line[], from: number): number {
  let i = Math.min(from, lines.length - 1);
  while (i > 0 && lines[i]!.blank) i--;
  return Math.max(i, 0);
}

/**
 * Lists are runs of same-family markers among a node's children. A non-marker
 * sibling (a time heading, a Markdown heading) ends a run; an item numbered 1
 * starts a new list that records the one it restarted.
 */
function isSwappedStart(list: MarkerList): boolean {
  return list.items.length === 1 && list.items[0]!.value === 2;
}

function collectLists(node: OutlineNode, out: MarkerList[]): void {
  let current: MarkerList | undefined;
  for (const child of node.children) {
    const m = child.marker;
    if (!m) {
      current = undefined;
    } else if (current && current.family === m.family) {
      // 二、一、三、 is the first two items swapped, not a list of one item 二、 restarted:
      // read as one list, numbering-sequence reports and renumbers it instead of leaving 一、一、
      if (m.value === 1 && !isSwappedStart(current)) {
        const next: MarkerList = { family: m.family, parent: node, items: [m], restartOf: current };
        out.push(next);
        current = next;
      } else current.items.push(m);
    } else {
      current = { family: m.family, parent: node, items: [m] };
      out.push(current);
    }
    if (child.children.length) collectLists(child, out);
  }
}
