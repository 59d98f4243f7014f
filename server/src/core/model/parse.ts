// parseDocument: one pass over the lines finds markers, articles, time sections,
// inline ordinals, placeholders and directives; a second pass over those few
// events builds the outline tree and the lists the numbering rules check.
import type {
  Article, DocumentModel, InlineOrdinal, Line, Marker, MarkerFamily, Placeholder, TimeSection,
} from './types.js';
import { MARKER_FAMILIES } from './types.js';
import { splitLines, stripBom } from '../syntax/lines.js';
import { matchBareCnCandidate, matchMarker, matchMarkerBeforeNumber, type MarkerToken } from '../syntax/markers.js';
import { matchArticle } from '../syntax/articles.js';
import { CN_ORDINAL_CLASS } from '../syntax/numerals.js';
import { findInlineOrdinals, mayHoldSequenceWords } from './inline.js';
import { findInlineItems } from './inlineItems.js';
import { matchDecimalSection, sectionsInRuns, type DecimalSection } from '../syntax/decimalSections.js';
import { findPlaceholders, mayHoldPlaceholders } from './placeholders.js';
import { finishDirectives, newDirectiveState, readDirectives } from './directives.js';
import { endsWithTimeFragment, matchTimeHeading, startsWithCommaRange, type TimeHeadingMatch } from '../syntax/time/parse.js';
import { alignCache, NONE, onLine, oneOnLine, type LineScan, type ParseCache } from './lineCache.js';
import { buildOutline, PART_RANK, type StructuralEvent } from './outline.js';

export { createParseCache, type ParseCache } from './lineCache.js';

export const DEFAULT_LEVELS: readonly MarkerFamily[] = MARKER_FAMILIES;

export function parseDocument(input: string, levels: readonly MarkerFamily[] = DEFAULT_LEVELS, cache?: ParseCache): DocumentModel {
  const { text, bom } = stripBom(input);
  if (cache) useLevels(cache, levels);
  const lines = splitLines(text, cache?.lines);
  const levelOf = levelLookup(levels);
  const scans = cache ? alignCache(cache, lines) : undefined;
  if (cache) {
    const kept = keepLastModel(cache, text, bom, lines, levelOf);
    if (kept) return (cache.model = kept);
  }
  const markers: Marker[] = [];
  const articles: Article[] = [];
  const timeSections: TimeSection[] = [];
  const inlineOrdinals: InlineOrdinal[] = [];
  const inlineItems: Marker[] = [];
  const sectionCandidates: DecimalSection[] = [];
  const placeholders: Placeholder[] = [];
  const events: StructuralEvent[] = [];
  const bareCandidates: BareCandidate[] = [];
  const directives = newDirectiveState();
  let fence = '';
  let inComment = false;
  let previousText = ''; // the last non-blank line: a table cell may wrap a time range onto the next one

  const hasDirectives = text.includes('plandoc-'); // one search of the text instead of one a line
  // one look at the text for what a placeholder begins with: most documents have none (56 of the 682 regulations),
  // and a line of a document without any needs no scan of its own (the result, none, is the line's own either way)
  const placeholderHint = mayHoldPlaceholders(text);
  // 首先…其次…: looked for once in a document read afresh; with a cache only the changed lines are read, each on its own
  const sequenceWords = !!scans || mayHoldSequenceWords(text);
  for (const line of lines) {
    const t = line.text;
    line.opaque = false; // a kept line keeps the last parse's verdict until decided again here
    if (hasDirectives) readDirectives(t, line.index, directives);
    if (inComment) {
      line.opaque = true;
      if (t.includes('-->')) inComment = false;
      continue;
    }
    if (fence) {
      line.opaque = true;
      if (t.trimStart().startsWith(fence)) fence = '';
      continue;
    }
    if (line.blank) continue;
    const textBefore = previousText;
    previousText = line.text;
    const c = line.contentStart;
    const first = t.charCodeAt(c);
    if (opensBlock(first)) {
      const head = t.slice(c, c + 4);
      if (head.startsWith('```') || head.startsWith('~~~')) {
        fence = head.slice(0, 3);
        line.opaque = true;
        continue;
      }
      if (head.startsWith('<!--')) {
        line.opaque = true;
        if (!t.includes('-->', c + 4)) inComment = true;
        continue;
      }
      if (first === 0x7c) {
        line.opaque = true; // a Markdown table row: cells are never structure
        continue;
      }
    }

    const scan = scans?.[line.index];
    if (scan?.plain) continue; // prose the last parse found nothing in
    if (placeholderHint) placeholdersOn(t, line.index, scan, placeholders);
    else if (scan && !scan.placeholders) scan.placeholders = NONE;
    const article = articleOn(t, c, line.index, scan);
    if (article) {
      articles.push(article);
      events.push({ kind: 'article', line: line.index, article, headingDepth: line.headingDepth });
      continue;
    }
    const part = partHeadingAt(t, c, scan);
    if (part) {
      events.push({ kind: 'heading', line: line.index, headingDepth: line.headingDepth, title: part, rank: line.headingDepth || PART_RANK });
      continue;
    }
    const note = noteLabelLength(t, c);
    let marker = markerOn(t, c + note, line, levelOf, scan);
    // 十一、十二月份： is November–December, not item 十一 — unless the list around it agrees with the item
    // (the cheap list check first: it spares the time parse for every item that follows its predecessor)
    if (marker && !note && !followsList(markers, marker) && commaRangeAt(t, c, scan) && !precedesList(lines, line.index, marker)) marker = null;
    // 1、4月22日… / 1.3月份… / 二、2024年… read otherwise by matchMarker: an item when the list around it says so
    if (!marker && !note) marker = markerBeforeNumber(t, c, line, levelOf, markers, lines);
    // 32） or (108) alone on a line is a figure in a table cell (hours, credits, counts), unless its list says otherwise
    if (marker && isLoneFigure(marker, t) && !followsList(markers, marker) && !precedesList(lines, line.index, marker)) marker = null;
    if (marker) markers.push(marker);
    else {
      const section = sectionAt(t, c, line.index, scan);
      if (section) sectionCandidates.push(section);
    }
    const timeFrom = marker ? marker.textStart : c;
    // the wrap check reads the line before; done only for the few lines that start with a time
    const found = timeHeadingAt(t, timeFrom, !!marker, scan);
    const timeMatch = found && !endsWithTimeFragment(textBefore) ? found : null;
    let time: TimeSection | undefined;
    if (timeMatch) {
      time = {
        line: line.index, start: timeMatch.expr.start, end: timeMatch.expr.end, expr: timeMatch.expr,
        standalone: !marker && timeMatch.standalone, marker: marker ?? undefined,
      };
      // a time expression at the start of running text is a section only when it heads an item
      // …or labels its content after a colon (一月份：走访慰问困难家庭。)
      if (marker || time.standalone || timeMatch.labelled) timeSections.push(time);
      else time = undefined;
    }
    if (marker) {
      events.push({ kind: 'marker', line: line.index, marker, time, headingDepth: line.headingDepth });
    } else if (time) {
      events.push({ kind: 'time', line: line.index, time, headingDepth: line.headingDepth });
    } else if (line.headingDepth) {
      events.push({ kind: 'heading', line: line.index, headingDepth: line.headingDepth, title: t.slice(c).trim() });
    } else {
      const bare = bareCandidateAt(t, c, scan);
      if (bare) bareCandidates.push({ raw: bare, line, eventIndex: events.length, scan });
    }
    inlineOrdinalsOn(t, timeFrom, line.index, !!marker, scan, inlineOrdinals, sequenceWords);
    inlineItemsOn(t, marker ? marker.textStart - 1 : c, marker ? marker.start : c, line, levelOf, scan, inlineItems);
    if (scan) scan.plain = isPlain(scan, line);
  }

  const bareMarkers = acceptBareRuns(bareCandidates, levelOf);
  if (bareMarkers.length) {
    mergeBareMarkers(events, markers, bareMarkers);
  }

  const { root, lists } = buildOutline(events, lines);
  const model: DocumentModel = {
    text, bom, lines, markers, markerAt: [], articles, timeSections, inlineOrdinals, inlineItems,
    sections: sectionCandidates.length ? sectionsInRuns(sectionCandidates) : NONE, placeholders,
    root, lists, year: findYear(lines), suppressions: finishDirectives(directives, lines.length - 1),
  };
  for (const m of markers) model.markerAt[m.line] = m;
  if (cache) cache.model = model;
  return model;
}

/**
 * Typing in prose: exactly one line changed, it had nothing in it and still has nothing,
 * and nothing around it reads it (it opens no fence, comment or table row, holds no
 * directive, and the next line starts no time heading, whose wrap check reads the line
 * before). Then the last model stands as it was but for its text, lines and year, and
 * the parse costs the line split and this one line's scan.
 */
function keepLastModel(
  cache: ParseCache, text: string, bom: boolean, lines: Line[], levelOf: (f: MarkerFamily) => number,
): DocumentModel | undefined {
  const last = cache.model;
  const replaced = cache.replaced;
  if (!last || !replaced || last.lines.length !== lines.length || !replaced.scan.plain) return undefined;
  const i = replaced.index;
  const before = last.lines[i]!;
  const line = lines[i]!;
  if (before.opaque || before.blank || line.blank || line.headingDepth) return undefined;
  if (!isInert(before.text) || !isInert(line.text) || opensBlock(line.text.charCodeAt(line.contentStart))) return undefined;
  let j = i + 1;
  while (j < lines.length && lines[j]!.blank) j++;
  const next = lines[j];
  const nextScan = next && !next.opaque ? cache.scans[next.index] : undefined;
  if (nextScan && (nextScan.timeAtContent || nextScan.timeAfterMarker)) return undefined;
  if (!scanIsPlain(line, cache.scans[i]!, levelOf)) return undefined;
  return { ...last, text, bom, lines, year: findYear(lines) };
}

/** ` ~ < |: the only characters that open a fence, a comment or a table row */
function opensBlock(code: number): boolean {
  return code === 0x60 || code === 0x7e || code === 0x3c || code === 0x7c;
}

function isInert(t: string): boolean {
  return !t.includes('plandoc-') && !t.includes('-->') && !t.includes('<!--');
}

/** The parse loop's scans of one line, as far as they go while it finds nothing; the scan is kept either way. */
function scanIsPlain(line: Line, scan: LineScan, levelOf: (f: MarkerFamily) => number): boolean {
  const t = line.text;
  const c = line.contentStart;
  const found: Placeholder[] = [];
  placeholdersOn(t, line.index, scan, found);
  if (found.length || articleOn(t, c, line.index, scan)) return false;
  if (partHeadingAt(t, c, scan) || markerOn(t, c + noteLabelLength(t, c), line, levelOf, scan)) return false;
  if (timeHeadingAt(t, c, false, scan) || bareCandidateAt(t, c, scan)) return false;
  const ordinals: InlineOrdinal[] = [];
  inlineOrdinalsOn(t, c, line.index, false, scan, ordinals);
  const items: Marker[] = [];
  inlineItemsOn(t, c, c, line, levelOf, scan, items);
  sectionAt(t, c, line.index, scan);
  return (scan.plain = isPlain(scan, line));
}

// Each per-line scan below runs directly without a cache, and through the line's kept
// result with one (lineCache.ts): first use fills it, later parses place it on the line.

/** Nothing in the line can become structure, whatever its neighbours: the next parse skips it. */
function isPlain(scan: LineScan, line: Line): boolean {
  return line.headingDepth === 0 && scan.placeholders === NONE && scan.article === null && scan.part === null &&
    scan.marker === null && scan.timeAtContent === null && scan.bare === null && scan.inlineAtContent === NONE &&
    scan.inlineItems === NONE && !scan.section;
}

function useLevels(cache: ParseCache, levels: readonly MarkerFamily[]): ParseCache {
  const key = levels.join(',');
  if (cache.levelsKey === key) return cache;
  cache.levelsKey = key; // finished markers carry their level: another order starts afresh
  cache.lines = [];
  cache.scans = [];
  cache.model = undefined;
  return cache;
}

function placeholdersOn(t: string, line: number, scan: LineScan | undefined, out: Placeholder[]): void {
  if (scan?.placeholders) {
    for (const p of (scan.placeholders = onLine(scan.placeholders, line))) out.push(p);
    return;
  }
  const from = out.length;
  findPlaceholders(t, line, out);
  if (scan) scan.placeholders = out.length === from ? NONE : out.slice(from);
}

function partHeadingAt(t: string, c: number, scan: LineScan | undefined): string | null | undefined {
  if (!scan) return matchPartHeading(t, c);
  return scan.part === undefined ? (scan.part = matchPartHeading(t, c) ?? null) : scan.part;
}

function articleOn(t: string, c: number, line: number, scan: LineScan | undefined): Article | null {
  if (!scan) return matchArticle(t, c, line);
  if (scan.article === undefined) return (scan.article = matchArticle(t, c, line));
  return scan.article && (scan.article = oneOnLine(scan.article, line));
}

function markerOn(t: string, from: number, line: Line, levelOf: (f: MarkerFamily) => number, scan: LineScan | undefined): Marker | null {
  if (scan?.marker !== undefined) return scan.marker && (scan.marker = oneOnLine(scan.marker, line.index));
  const raw = matchMarker(t, from);
  const marker = raw ? finishMarker(raw, line, levelOf) : null;
  if (scan) scan.marker = marker;
  return marker;
}

/** The last marker of the family stands just before this one: 十、 then 十一、十二月份 continues the list. */
function followsList(markers: Marker[], marker: MarkerToken): boolean {
  return markers.findLast((m) => m.family === marker.family)?.value === marker.value - 1;
}

/** An Arabic number above 1 with no text after it: 32）, (108), 12. */
function isLoneFigure(marker: Marker, t: string): boolean {
  if (marker.value < 2 || marker.glyph || (marker.family !== 'arabic' && marker.family !== 'arabic-paren')) return false;
  for (let i = marker.textStart; i < t.length; i++) if (t.charCodeAt(i) > 0x20) return false;
  return true;
}

/** How far ahead a line that reads two ways looks for the next item of its list. */
const LOOKAHEAD_LINES = 30;

/** The next marker of the family, within a few lines, is the item after this one: 1、4月22日… then 2、… */
function precedesList(lines: Line[], index: number, marker: MarkerToken): boolean {
  for (let j = index + 1; j < lines.length && j <= index + LOOKAHEAD_LINES; j++) {
    const l = lines[j]!;
    if (l.blank) continue;
    const next = matchMarker(l.text, l.contentStart) ?? matchMarkerBeforeNumber(l.text, l.contentStart);
    if (next && next.family === marker.family) return next.value === marker.value + 1 && next.open === marker.open && next.close === marker.close;
  }
  return false;
}

function markerBeforeNumber(
  t: string, c: number, line: Line, levelOf: (f: MarkerFamily) => number, markers: Marker[], lines: Line[],
): Marker | null {
  const raw = matchMarkerBeforeNumber(t, c);
  if (!raw) return null;
  // finished (its title read) only once its list takes it
  return followsList(markers, raw) || precedesList(lines, line.index, raw) ? finishMarker(raw, line, levelOf) : null;
}

function commaRangeAt(t: string, c: number, scan: LineScan | undefined): boolean {
  if (!scan) return startsWithCommaRange(t, c);
  return (scan.commaRange ??= startsWithCommaRange(t, c));
}

function timeHeadingAt(t: string, from: number, afterMarker: boolean, scan: LineScan | undefined): TimeHeadingMatch | null {
  if (!scan) return matchTimeHeading(t, from);
  if (afterMarker) return scan.timeAfterMarker === undefined ? (scan.timeAfterMarker = matchTimeHeading(t, from)) : scan.timeAfterMarker;
  return scan.timeAtContent === undefined ? (scan.timeAtContent = matchTimeHeading(t, from)) : scan.timeAtContent;
}

/** `from`: the column before which no item is sought (the line's own marker is not an inline item). */
function inlineItemsOn(t: string, from: number, leadStart: number, line: Line, levelOf: (f: MarkerFamily) => number, scan: LineScan | undefined, out: Marker[]): void {
  if (scan?.inlineItems) {
    for (const m of (scan.inlineItems = onLine(scan.inlineItems, line.index))) out.push(m);
    return;
  }
  const found = findInlineItems(t, from, leadStart);
  const items = found.length ? found.map((raw) => finishMarker(raw, line, levelOf)) : NONE;
  for (const m of items) out.push(m);
  if (scan) scan.inlineItems = items;
}

function sectionAt(t: string, c: number, line: number, scan: LineScan | undefined): DecimalSection | null {
  if (!scan) return matchDecimalSection(t, c, line);
  if (scan.section === undefined) return (scan.section = matchDecimalSection(t, c, line));
  return scan.section && (scan.section = oneOnLine(scan.section, line));
}

interface BareCandidate {
  raw: MarkerToken;
  line: Line;
  eventIndex: number;
  scan: LineScan | undefined;
}

function bareCandidateAt(t: string, c: number, scan: LineScan | undefined): MarkerToken | null {
  if (!scan) return matchBareCnCandidate(t, c);
  if (scan.bare === undefined) scan.bare = matchBareCnCandidate(t, c);
  return scan.bare;
}

/** An accepted candidate as a marker: finished in place without a cache, kept finished beside the raw one with it. */
function finishBare(c: BareCandidate, levelOf: (f: MarkerFamily) => number): Marker {
  if (!c.scan) return finishMarker(c.raw, c.line, levelOf);
  if (c.scan.bareMarker) return (c.scan.bareMarker = oneOnLine(c.scan.bareMarker, c.line.index));
  return (c.scan.bareMarker = finishMarker({ ...c.raw }, c.line, levelOf));
}

function inlineOrdinalsOn(
  t: string, from: number, line: number, afterMarker: boolean, scan: LineScan | undefined, out: InlineOrdinal[], sequenceWords = true,
): void {
  const kept = afterMarker ? scan?.inlineAfterMarker : scan?.inlineAtContent;
  if (kept) {
    const placed = onLine(kept, line);
    if (afterMarker) scan!.inlineAfterMarker = placed;
    else scan!.inlineAtContent = placed;
    for (const o of placed) out.push(o);
    return;
  }
  const start = out.length;
  findInlineOrdinals(t, from, line, out, sequenceWords);
  if (!scan) return;
  const found = out.length === start ? NONE : out.slice(start);
  if (afterMarker) scan.inlineAfterMarker = found;
  else scan.inlineAtContent = found;
}

const PART_HEADING = new RegExp(`^第[${CN_ORDINAL_CLASS}百零〇\\d]{1,4}(?:部分|编|类|单元|阶段)(?:[\\s\\u3000]+\\S{1,30})?\\s*$`);

/** 第一部分 / 第二编 / 第一类 alone on a line (with at most a short title): a part heading. */
function matchPartHeading(text: string, from: number): string | undefined {
  if (text[from] !== '第' || text.length - from > 40) return undefined;
  const s = text.slice(from).trim();
  return PART_HEADING.test(s) ? s : undefined;
}

const NOTE_LABELS = ['注：', '注:', '说明：', '说明:', '备注：', '备注:'];

/** 注：1．… — the first item of a note list shares its line with the label. */
function noteLabelLength(text: string, from: number): number {
  // one character decides for almost every line (six startsWith calls per line were 1 % of the lint)
  const c = text.charCodeAt(from);
  if (c !== 0x6ce8 && c !== 0x8bf4 && c !== 0x5907) return 0; // 注 说 备
  for (const label of NOTE_LABELS) if (text.startsWith(label, from)) return label.length;
  return 0;
}

function levelLookup(levels: readonly MarkerFamily[]): (f: MarkerFamily) => number {
  const order = [...levels, ...MARKER_FAMILIES.filter((f) => !levels.includes(f))];
  return (f) => order.indexOf(f);
}

/** Completes the raw marker in place: copying it with { ...raw } cost a tenth of the lint time (bench/core-throughput.mjs). */
function finishMarker(raw: MarkerToken, line: Line, levelOf: (f: MarkerFamily) => number): Marker {
  const marker = raw as Marker;
  marker.line = line.index;
  marker.level = levelOf(raw.family);
  marker.title = itemTitle(line.text, raw.textStart);
  return marker;
}

/** The item's heading: its text up to the first sentence break, for outline names. */
export function itemTitle(text: string, from: number): string {
  const rest = text.slice(from, from + 80);
  const cut = rest.search(/[。；;：:！？]/);
  const title = (cut >= 0 ? rest.slice(0, cut) : rest).replace(/\*+$/, '').trim();
  return title.length > 40 ? title.slice(0, 40) + '…' : title;
}

/**
 * 一建台帐。/二抓监护。/三抓考核。 — numerals written against their text. A
 * candidate counts only inside a run 一, 二, 三… so a lone 一把手 never does.
 */
function acceptBareRuns(
  candidates: BareCandidate[], levelOf: (f: MarkerFamily) => number,
): { marker: Marker; eventIndex: number }[] {
  const accepted: { marker: Marker; eventIndex: number }[] = [];
  let chain: typeof candidates = [];
  const flush = () => {
    if (chain.length >= 2) for (const c of chain) accepted.push({ marker: finishBare(c, levelOf), eventIndex: c.eventIndex });
    chain = [];
  };
  for (const cand of candidates) {
    const last = chain[chain.length - 1];
    if (last && cand.raw.value === last.raw.value + 1) chain.push(cand);
    else if (cand.raw.value === 1) {
      flush();
      chain = [cand];
    }
  }
  flush();
  return accepted;
}

/**
 * Puts each accepted bare marker before the event it was found ahead of, in one
 * merge pass (a splice per marker was quadratic; `push(...all)` overflowed the stack
 * at about 130,000 markers).
 */
function mergeBareMarkers(events: StructuralEvent[], markers: Marker[], bare: { marker: Marker; eventIndex: number }[]): void {
  const merged: StructuralEvent[] = [];
  let b = 0;
  for (let e = 0; e <= events.length; e++) {
    // bare eventIndexes ascend: each is the events.length at the time its line was read
    for (; b < bare.length && bare[b]!.eventIndex <= e; b++) {
      const { marker } = bare[b]!;
      merged.push({ kind: 'marker', line: marker.line, marker, headingDepth: 0 });
    }
    if (e < events.length) merged.push(events[e]!);
  }
  events.length = 0;
  for (const ev of merged) events.push(ev);
  for (const { marker } of bare) markers.push(marker);
  markers.sort((a, b) => a.line - b.line);
}

/** The plan's year from its title: 2023年…计划 in the first lines. */
function findYear(lines: Line[]): number | undefined {
  let seen = 0;
  for (const line of lines) {
    if (line.blank || line.opaque) continue;
    if (++seen > 5) break;
    const m = /((?:19|20)\d{2})\s*(?:年|学年|—|-)/.exec(line.text.slice(0, 80));
    if (m) return Number(m[1]);
  }
  return undefined;
}
