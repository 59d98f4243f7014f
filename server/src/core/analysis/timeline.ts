// timeline(model): which months a plan covers, per scope (the whole document, each 篇, each 章):
// the sections for each month, the months missing inside the plan's span and the months covered twice.
// Plain JSON data: the CLI chart, the LSP `plandoc/timeline` request and the tests all read it.
import type { DocumentModel, OutlineNode } from '../model/types.js';
import type { Localized } from '../types.js';
import type { TimeKind } from '../syntax/time/types.js';
import { calendarMonth, overlapsIn, timeSequences, type PlacedSection } from './sequence.js';
import { monthLabel } from '../syntax/time/format.js';
import { matchTimeHeading } from '../syntax/time/parse.js';
import { CN_ORDINAL_CLASS, CN_QUARTER_CHARS } from '../syntax/numerals.js';

export interface TimelineEntry {
  /** 0-based line and UTF-16 columns of the time expression */
  line: number;
  start: number;
  end: number;
  raw: string;
  kind: TimeKind;
  /** the section's title in the outline (一月至三月份聘请福大教授…) */
  title: string;
  /** absolute months covered (1–12 this year, 13+ the next), absent for weeks without dates */
  from?: number;
  to?: number;
  /** stands for whole months (月份, 季度 …) rather than a date or a 旬 */
  monthGranular: boolean;
  standalone: boolean;
  /** sections with the same number sit side by side under one parent */
  sequence: number;
}

export interface TimelineMonth {
  /** absolute month: 1–12 this year, 13+ the next */
  index: number;
  /** calendar month 1–12 */
  month: number;
  nextYear: boolean;
  label: Localized;
  /** indexes into the scope's entries */
  entries: number[];
  /** inside the plan's span but covered by no section */
  missing: boolean;
  /** covered twice by sections at the same level */
  overlap: boolean;
}

export type TimelineScopeKind = 'document' | 'pian' | 'zhang';

export interface TimelineScope {
  kind: TimelineScopeKind;
  title: string;
  line: number;
  endLine: number;
  /** the columns run 九月 … 次年七月 instead of 一月 … 十二月 */
  schoolYear: boolean;
  months: TimelineMonth[];
  entries: TimelineEntry[];
  /** absolute months missing inside the span the sections cover */
  missing: number[];
  /** absolute months covered twice at the same level */
  overlaps: number[];
}

export interface Timeline {
  /** the plan's year from its title, if any */
  year?: number;
  /** the document first, then each 篇 and 章 that contains time sections, in document order */
  scopes: TimelineScope[];
}

export interface TimelineOptions {
  /** columns to show, as absolute months (e.g. { from: 3, to: 14 }); default: the calendar or school year */
  span?: { from: number; to: number };
}

const CALENDAR = { from: 1, to: 12 };
const SCHOOL_YEAR = { from: 9, to: 19 };

export function timeline(model: DocumentModel, options: TimelineOptions = {}): Timeline {
  const sequences = timeSequences(model);
  const all: { placed: PlacedSection; sequence: number }[] = [];
  const overlapMonths: { line: number; months: number[] }[] = [];
  sequences.forEach((seq, i) => {
    for (const placed of seq.sections) all.push({ placed, sequence: i });
    for (const o of overlapsIn(seq)) overlapMonths.push({ line: o.section.section.line, months: o.months });
  });
  all.sort((a, b) => a.placed.section.line - b.placed.section.line);
  const wraps = new Set(sequences.map((s, i) => (s.wrapsYear ? i : -1)));

  const scopes: TimelineScope[] = [];
  const docEnd = Math.max(model.lines.length - 1, 0);
  scopes.push(buildScope('document', documentTitle(model), 0, docEnd, all, overlapMonths, wraps, model, options));
  for (const node of articleNodes(model.root)) {
    const kind = node.article!.kind as 'pian' | 'zhang';
    const inside = all.filter((e) => e.placed.section.line >= node.line && e.placed.section.line <= node.endLine);
    if (!inside.length) continue;
    scopes.push(buildScope(kind, node.title, node.line, node.endLine, inside, overlapMonths, wraps, model, options));
  }
  const result: Timeline = { scopes };
  if (model.year !== undefined) result.year = model.year;
  return result;
}

function buildScope(
  kind: TimelineScopeKind,
  title: string,
  line: number,
  endLine: number,
  placed: { placed: PlacedSection; sequence: number }[],
  overlapMonths: { line: number; months: number[] }[],
  wraps: Set<number>,
  model: DocumentModel,
  options: TimelineOptions,
): TimelineScope {
  const entries: TimelineEntry[] = placed.map(({ placed: p, sequence }) => toEntry(p, sequence, model));
  const named = options.span ?? titleSpan(model);
  const schoolYear = placed.some((p) => wraps.has(p.sequence)) || (named !== undefined && named.to > 12);
  const base = named ?? (schoolYear ? SCHOOL_YEAR : CALENDAR);
  let first = base.from;
  let last = base.to;
  for (const e of entries) {
    if (e.from === undefined || e.to === undefined) continue;
    // an explicit span is what the caller asked to see; a span from the title still widens to every section
    if (!options.span) {
      first = Math.min(first, e.from);
      last = Math.max(last, e.to);
    }
  }
  const months: TimelineMonth[] = [];
  const monthAt = new Map<number, TimelineMonth>();
  for (let index = first; index <= last; index++) {
    const { month, nextYear } = calendarMonth(index);
    const m: TimelineMonth = { index, month, nextYear, label: monthLabel(month, nextYear), entries: [], missing: false, overlap: false };
    months.push(m);
    monthAt.set(index, m);
  }
  entries.forEach((e, i) => {
    if (e.from === undefined || e.to === undefined) return;
    for (let index = e.from; index <= e.to; index++) monthAt.get(index)?.entries.push(i);
  });

  // missing: months inside the span the month-granular sections cover
  const spans = entries.filter((e) => e.monthGranular && e.from !== undefined);
  const missing: number[] = [];
  if (spans.length >= 2) {
    // loops, not Math.min(...list): spreading 130,000 sections overflows the stack
    let lo = Infinity;
    let hi = -Infinity;
    for (const e of spans) {
      lo = Math.min(lo, e.from!);
      hi = Math.max(hi, e.to!);
    }
    for (let index = lo; index <= hi; index++) {
      const m = monthAt.get(index);
      if (m && m.entries.length === 0) {
        m.missing = true;
        missing.push(index);
      }
    }
  }
  const overlapSet = new Set<number>();
  for (const o of overlapMonths) {
    if (o.line < line || o.line > endLine) continue;
    for (const index of o.months) overlapSet.add(index);
  }
  const overlaps = [...overlapSet].sort((a, b) => a - b);
  for (const index of overlaps) {
    const m = monthAt.get(index);
    if (m) m.overlap = true;
  }
  return { kind, title, line, endLine, schoolYear, months, entries, missing, overlaps };
}

function toEntry(p: PlacedSection, sequence: number, model: DocumentModel): TimelineEntry {
  const s = p.section;
  const e: TimelineEntry = {
    line: s.line,
    start: s.start,
    end: s.end,
    raw: s.expr.raw,
    kind: s.expr.kind,
    title: p.node?.title ?? (model.lines[s.line]?.text.slice(s.start, s.start + 40).trim() || s.expr.raw),
    monthGranular: p.monthGranular,
    standalone: s.standalone,
    sequence,
  };
  if (p.from !== undefined) e.from = p.from;
  if (p.to !== undefined) e.to = p.to;
  return e;
}

function articleNodes(root: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (n: OutlineNode) => {
    if (n.kind === 'article' && (n.article?.kind === 'pian' || n.article?.kind === 'zhang')) out.push(n);
    for (const c of n.children) walk(c);
  };
  walk(root);
  return out;
}

/**
 * The span a title names: 第一学期 / 上学期 九月–次年一月, 第二学期 / 下学期 二–七月, 上半年, 下半年,
 * 第三季度, a bare 学年 (九月–次年七月), or a month range (2024年3月至8月工作计划).
 */
const QUARTER_IN_TITLE = new RegExp(`第?([${CN_QUARTER_CHARS}1-4])季度`);
/** where a month range in the title can begin (元 of 元月), and what may not stand before it */
const MONTH_START = new RegExp(`[0-9０-９${CN_ORDINAL_CLASS}元]`);
const NUMERAL_OR_YEAR = new RegExp(`[0-9０-９${CN_ORDINAL_CLASS}年]`);

export function titleSpan(model: DocumentModel): { from: number; to: number } | undefined {
  const title = titleLine(model);
  if (!title) return undefined;
  if (/第一学期|上学期|秋季学期/.test(title)) return { from: 9, to: 13 };
  if (/第二学期|下学期|春季学期/.test(title)) return { from: 2, to: 7 };
  if (title.includes('上半年')) return { from: 1, to: 6 };
  if (title.includes('下半年')) return { from: 7, to: 12 };
  const quarter = QUARTER_IN_TITLE.exec(title);
  if (quarter) {
    const q = CN_QUARTER_CHARS.indexOf(quarter[1]!) + 1 || Number(quarter[1]);
    return { from: q * 3 - 2, to: q * 3 };
  }
  for (let i = 0; i < Math.min(title.length, 40); i++) {
    if (!MONTH_START.test(title[i]!) || (i > 0 && NUMERAL_OR_YEAR.test(title[i - 1]!) && title[i - 1] !== '年')) continue;
    const r = matchTimeHeading(title, i);
    if (r && r.expr.kind === 'month-range' && !r.expr.invalid) {
      return { from: r.expr.fromMonth!, to: r.expr.toMonth! + (r.expr.toNextYear ? 12 : 0) };
    }
  }
  if (title.includes('学年')) return { from: 9, to: 19 };
  return undefined;
}

function titleLine(model: DocumentModel): string | undefined {
  for (const line of model.lines) {
    if (line.blank || line.opaque) continue;
    return line.text.slice(line.contentStart).trim();
  }
  return undefined;
}

/** The first non-blank line: the plan's title. */
function documentTitle(model: DocumentModel): string {
  for (const line of model.lines) {
    if (line.blank || line.opaque) continue;
    const t = line.text.slice(line.contentStart).trim();
    return t.length > 40 ? t.slice(0, 40) + '…' : t;
  }
  return '';
}
