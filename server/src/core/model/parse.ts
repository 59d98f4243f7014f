// parseDocument: one pass over the lines finds markers, articles, time sections,
// inline ordinals, placeholders and directives; a second pass over those few
// events builds the outline tree and the lists the numbering rules check.
import type {
  Article, DocumentModel, InlineOrdinal, Line, Marker, MarkerFamily, Placeholder, TimeSection,
} from './types.js';
import { MARKER_FAMILIES } from './types.js';
import { splitLines, stripBom } from '../text/lines.js';
import { matchBareCnCandidate, matchMarker, type RawMarker } from './markers.js';
import { matchArticle } from './articles.js';
import { findInlineOrdinals } from './inline.js';
import { findPlaceholders } from './placeholders.js';
import { finishDirectives, newDirectiveState, readDirectives } from './directives.js';
import { endsWithTimeFragment, matchTimeHeading, startsWithCommaRange } from '../time/parse.js';
import { buildOutline, PART_RANK, type StructuralEvent } from './outline.js';

export const DEFAULT_LEVELS: readonly MarkerFamily[] = MARKER_FAMILIES;

export function parseDocument(input: string, levels: readonly MarkerFamily[] = DEFAULT_LEVELS): DocumentModel {
  const { text, bom } = stripBom(input);
  const lines = splitLines(text);
  const levelOf = levelLookup(levels);
  const markers: Marker[] = [];
  const articles: Article[] = [];
  const timeSections: TimeSection[] = [];
  const inlineOrdinals: InlineOrdinal[] = [];
  const placeholders: Placeholder[] = [];
  const events: StructuralEvent[] = [];
  const bareCandidates: { raw: RawMarker; line: Line; eventIndex: number }[] = [];
  const directives = newDirectiveState();
  let fence = '';
  let inComment = false;
  let previousText = ''; // the last non-blank line: a table cell may wrap a time range onto the next one

  for (const line of lines) {
    const t = line.text;
    readDirectives(t, line.index, directives);
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
    if (t[c] === '|') {
      line.opaque = true; // a Markdown table row: cells are never structure
      continue;
    }

    findPlaceholders(t, line.index, placeholders);
    const article = matchArticle(t, c, line.index);
    if (article) {
      articles.push(article);
      events.push({ kind: 'article', line: line.index, article, headingDepth: line.headingDepth });
      continue;
    }
    const part = matchPartHeading(t, c);
    if (part) {
      events.push({ kind: 'heading', line: line.index, headingDepth: line.headingDepth, title: part, rank: line.headingDepth || PART_RANK });
      continue;
    }
    const note = noteLabelLength(t, c);
    let raw = matchMarker(t, c + note);
    // 十一、十二月份： is November–December, not item 十一 — unless the list before it stands at 十
    // (the cheap list check first: it spares the time parse for every item that follows its predecessor)
    if (raw && !note && markers.findLast((m) => m.family === raw!.family)?.value !== raw.value - 1 && startsWithCommaRange(t, c)) raw = null;
    let marker: Marker | undefined;
    if (raw) {
      marker = finishMarker(raw, line, levelOf);
      markers.push(marker);
    }
    const timeFrom = marker ? marker.textStart : c;
    // the wrap check reads the line before; done only for the few lines that start with a time
    const found = matchTimeHeading(t, timeFrom);
    const timeMatch = found && !endsWithTimeFragment(textBefore) ? found : null;
    let time: TimeSection | undefined;
    if (timeMatch) {
      time = {
        line: line.index, start: timeMatch.expr.start, end: timeMatch.expr.end, expr: timeMatch.expr,
        standalone: !marker && timeMatch.standalone, marker,
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
      const bare = matchBareCnCandidate(t, c);
      if (bare) bareCandidates.push({ raw: bare, line, eventIndex: events.length });
    }
    findInlineOrdinals(t, timeFrom, line.index, inlineOrdinals);
  }

  const bareMarkers = acceptBareRuns(bareCandidates, levelOf);
  if (bareMarkers.length) {
    mergeBareMarkers(events, markers, bareMarkers);
  }

  const { root, lists } = buildOutline(events, lines);
  const model: DocumentModel = {
    text, bom, lines, markers, markerAt: [], articles, timeSections, inlineOrdinals, placeholders,
    root, lists, year: findYear(lines), suppressions: finishDirectives(directives, lines.length - 1),
  };
  for (const m of markers) model.markerAt[m.line] = m;
  return model;
}

const PART_HEADING = /^第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|编|类|单元|阶段)(?:[\s\u3000]+\S{1,30})?\s*$/;

/** 第一部分 / 第二编 / 第一类 alone on a line (with at most a short title): a part heading. */
function matchPartHeading(text: string, from: number): string | undefined {
  if (text[from] !== '第' || text.length - from > 40) return undefined;
  const s = text.slice(from).trim();
  return PART_HEADING.test(s) ? s : undefined;
}

const NOTE_LABELS = ['注：', '注:', '说明：', '说明:', '备注：', '备注:'];

/** 注：1．… — the first item of a note list shares its line with the label. */
function noteLabelLength(text: string, from: number): number {
  for (const label of NOTE_LABELS) if (text.startsWith(label, from)) return label.length;
  return 0;
}

function levelLookup(levels: readonly MarkerFamily[]): (f: MarkerFamily) => number {
  const order = [...levels, ...MARKER_FAMILIES.filter((f) => !levels.includes(f))];
  return (f) => order.indexOf(f);
}

/** Completes the raw marker in place: copying it with { ...raw } cost a tenth of the lint time (bench/core-throughput.mjs). */
function finishMarker(raw: RawMarker, line: Line, levelOf: (f: MarkerFamily) => number): Marker {
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
  candidates: { raw: RawMarker; line: Line; eventIndex: number }[], levelOf: (f: MarkerFamily) => number,
): { marker: Marker; eventIndex: number }[] {
  const accepted: { marker: Marker; eventIndex: number }[] = [];
  let chain: typeof candidates = [];
  const flush = () => {
    if (chain.length >= 2) for (const c of chain) accepted.push({ marker: finishMarker(c.raw, c.line, levelOf), eventIndex: c.eventIndex });
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
