// Per-line results kept between parses of one document (the editor's case: one
// keystroke changes one line of 10,000). Every per-line scan in parseDocument is a
// pure function of the line's text, so its result is kept with the line and read
// back on the next parse instead of scanning again. Only the decisions that depend
// on neighbouring lines (fences, comments, the 十一、十二月份 veto, wrapped table
// cells, bare-numeral runs, the outline) are made again, and they are cheap.
//
// Result objects carry their line index. A reused object is shared with the previous
// model only when it sits on the same line; otherwise it is copied with the new index
// and stored so (the model's objects are never mutated after parsing, so sharing is
// safe): lines below an inserted line are copied once, not on every later parse.
import type { TimeHeadingMatch } from '../syntax/time/parse.js';
import type { Article, DocumentModel, InlineOrdinal, Line, Marker, Placeholder } from './types.js';
import type { MarkerToken } from '../syntax/markers.js';
import type { DecimalSection } from '../syntax/decimalSections.js';

export interface LineScan {
  placeholders?: Placeholder[];
  article?: Article | null;
  part?: string | null;
  /** the marker before the context checks, finished (level, title) for the cache's level order */
  marker?: Marker | null;
  commaRange?: boolean;
  /** time heading read after the marker / at the content start */
  timeAfterMarker?: TimeHeadingMatch | null;
  timeAtContent?: TimeHeadingMatch | null;
  inlineAfterMarker?: InlineOrdinal[];
  inlineAtContent?: InlineOrdinal[];
  /** bracketed items inside the line after its content start or its marker */
  inlineItems?: Marker[];
  /** a decimal section number at the content start, before the run check */
  section?: DecimalSection | null;
  bare?: MarkerToken | null;
  /** the bare candidate finished, once a run of them accepted it */
  bareMarker?: Marker;
  /** prose with nothing to find: no placeholder, article, heading, marker, time, bare numeral or inline ordinal */
  plain?: boolean;
}

/** Opaque to callers: create one per open document and pass it to every parse of that document. */
export interface ParseCache {
  levelsKey: string;
  /** the last parse's lines (reused by splitLines where unchanged) and their scans, by line index */
  lines: readonly Line[];
  scans: LineScan[];
  /** the model the last parse built, and the scan alignCache dropped when exactly one line changed */
  model?: DocumentModel;
  replaced?: { index: number; scan: LineScan };
}

export function createParseCache(): ParseCache {
  return { levelsKey: '', lines: [], scans: [] };
}

export const NONE: never[] = [];

/**
 * Lines the last parse saw unchanged keep their scans: the common head and tail of the
 * two versions (one string comparison a line, no hashing); the lines between them, the
 * ones the edit touched, get empty scans. The cache then describes the new version.
 */
export function alignCache(cache: ParseCache, lines: readonly Line[]): LineScan[] {
  const old = cache.lines;
  const n = lines.length;
  const limit = Math.min(old.length, n);
  let head = 0;
  // a line splitLines kept is the same object: no string comparison for it
  while (head < limit && (old[head] === lines[head] || old[head]!.text === lines[head]!.text)) head++;
  let tail = 0;
  while (tail < limit - head) {
    const a = old[old.length - 1 - tail]!;
    const b = lines[n - 1 - tail]!;
    if (a !== b && a.text !== b.text) break;
    tail++;
  }
  // in place: a keystroke replaces one scan, Enter inserts one, instead of a new array of 10,000
  const scans = cache.scans;
  const removed = old.length - head - tail;
  const added = n - head - tail;
  cache.replaced = removed === 1 && added === 1 ? { index: head, scan: scans[head]! } : undefined;
  if (removed === added) {
    for (let i = head; i < head + added; i++) scans[i] = {};
  } else if (added < 4096) {
    const fresh = new Array<LineScan>(added);
    for (let i = 0; i < added; i++) fresh[i] = {};
    scans.splice(head, removed, ...fresh);
  } else {
    // a large paste: spreading it into splice's arguments would overflow the stack
    const rebuilt = scans.slice(0, head);
    for (let i = 0; i < added; i++) rebuilt.push({});
    for (let i = old.length - tail; i < old.length; i++) rebuilt.push(scans[i]!);
    cache.scans = rebuilt;
  }
  cache.lines = lines;
  return cache.scans;
}

/** Objects of a kept result placed on `line`: the same objects when the line did not move. */
export function onLine<T extends { line: number }>(items: T[], line: number): T[] {
  if (items.length === 0 || items[0]!.line === line) return items;
  return items.map((item) => ({ ...item, line }));
}

export function oneOnLine<T extends { line: number }>(item: T, line: number): T {
  return item.line === line ? item : { ...item, line };
}
