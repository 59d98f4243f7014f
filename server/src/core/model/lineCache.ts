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
import type { TimeHeadingMatch } from '../time/parse.js';
import type { Article, InlineOrdinal, Marker, Placeholder } from './types.js';
import type { RawMarker } from './markers.js';

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
  bare?: RawMarker | null;
  /** the bare candidate finished, once a run of them accepted it */
  bareMarker?: Marker;
  /** prose with nothing to find: no placeholder, article, heading, marker, time, bare numeral or inline ordinal */
  plain?: boolean;
}

/** Opaque to callers: create one per open document and pass it to every parse of that document. */
export interface ParseCache {
  levelsKey: string;
  /** the last parse's line texts and their scans, by line index */
  texts: string[];
  scans: LineScan[];
}

export function createParseCache(): ParseCache {
  return { levelsKey: '', texts: [], scans: [] };
}

export const NONE: never[] = [];

/**
 * Lines the last parse saw unchanged keep their scans: the common head and tail of the
 * two versions (one string comparison a line, no hashing); the lines between them, the
 * ones the edit touched, get empty scans. The cache then describes the new version.
 */
export function alignCache(cache: ParseCache, lines: readonly { text: string }[]): LineScan[] {
  const old = cache.texts;
  const n = lines.length;
  const limit = Math.min(old.length, n);
  let head = 0;
  while (head < limit && old[head] === lines[head]!.text) head++;
  let tail = 0;
  while (tail < limit - head && old[old.length - 1 - tail] === lines[n - 1 - tail]!.text) tail++;
  const scans = new Array<LineScan>(n);
  for (let i = 0; i < head; i++) scans[i] = cache.scans[i]!;
  for (let i = head; i < n - tail; i++) scans[i] = {};
  for (let k = 1; k <= tail; k++) scans[n - k] = cache.scans[old.length - k]!;
  const texts = new Array<string>(n);
  for (let i = 0; i < n; i++) texts[i] = lines[i]!.text;
  cache.texts = texts;
  cache.scans = scans;
  return scans;
}

/** Objects of a kept result placed on `line`: the same objects when the line did not move. */
export function onLine<T extends { line: number }>(items: T[], line: number): T[] {
  if (items.length === 0 || items[0]!.line === line) return items;
  return items.map((item) => ({ ...item, line }));
}

export function oneOnLine<T extends { line: number }>(item: T, line: number): T {
  return item.line === line ? item : { ...item, line };
}
