// Groups a document's time sections into sequences — sections side by side under one parent in the
// outline (the months of one plan) — and places each on an absolute month axis, so that a school year
// running 九月 → 次年一月 reads as in order. Timeline and the month-* rules all read these sequences.
import type { DocumentModel, Marker, MarkerList, OutlineNode, TimeSection } from '../model/types.js';
import type { TimeExpression } from '../syntax/time/types.js';

/** Absolute months: 1–12 this year, 13–24 next year. Absolute days: month * 32 + day. */
export const DAYS_PER_MONTH_SLOT = 32;

export interface PlacedSection {
  section: TimeSection;
  /** the outline node of the section, when the parser put it in the tree */
  node?: OutlineNode;
  /** absolute first / last month, when the section has months (weeks without dates have none) */
  from?: number;
  to?: number;
  /** absolute first / last day (month * 32 + day): dates and 旬 are finer than a month */
  fromDay?: number;
  toDay?: number;
  /** a section that stands for whole months (月份, ranges, 季度, 半年, 全年, 学期, 假期), not a date or a 旬 */
  monthGranular: boolean;
  /** months inherited from the time section it sits under (上旬 under 三月份) */
  inherited?: boolean;
  /** the kind of section it is compared with for order and overlap (absent: 'month') */
  sectionClass?: SectionClass;
}

export interface TimeSequence {
  /** the outline node the sections sit under (null when the model has no tree for them) */
  parent: OutlineNode | null;
  /** valid sections in document order; invalid ones (十三月, 六至四月) are left to month-invalid */
  sections: PlacedSection[];
  /** the sequence runs into the next year (a school year, 九月至次年一月, 第一学期) */
  wrapsYear: boolean;
}

const MONTH_KINDS = new Set<TimeExpression['kind']>(['month', 'month-range', 'quarter', 'half', 'year', 'term']);

const cache = new WeakMap<DocumentModel, TimeSequence[]>();

/** The time sequences of a document, computed once per model. */
export function timeSequences(model: DocumentModel): TimeSequence[] {
  let seqs = cache.get(model);
  if (!seqs) {
    seqs = buildSequences(model);
    cache.set(model, seqs);
  }
  return seqs;
}

function buildSequences(model: DocumentModel): TimeSequence[] {
  if (model.timeSections.length === 0) return [];
  const nodeOf = new Map<TimeSection, OutlineNode>();
  collectTimeNodes(model.root, nodeOf);
  // items of one numbered list are one level; a list that restarts at 1 under the same parent is
  // another plan. Time headings without a marker group by their parent. Only the lists of time items are looked up.
  const timeMarkers = new Set<Marker>();
  for (const s of model.timeSections) if (s.marker) timeMarkers.add(s.marker);
  const listOf = new Map<Marker, MarkerList>();
  if (timeMarkers.size) for (const list of model.lists) for (const m of list.items) if (timeMarkers.has(m)) listOf.set(m, list);
  const groups = new Map<OutlineNode | MarkerList | null, { parent: OutlineNode | null; sections: TimeSection[] }>();
  const title = titleSection(model);
  for (const section of model.timeSections) {
    if (section === title) continue;
    const parent = nodeOf.get(section)?.parent ?? null;
    const key = (section.marker && listOf.get(section.marker)) || parent;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { parent, sections: [] }));
    group.sections.push(section);
  }
  const sequences: TimeSequence[] = [];
  const cells = calendarCells(model);
  for (const { parent, sections: all } of groups.values()) {
    const sections = cells.size ? all.filter((s) => !cells.has(s)) : all;
    if (!sections.length) continue;
    sections.sort((a, b) => a.line - b.line);
    for (const run of semesterRuns(sections)) sequences.push(place(parent, run.sections, nodeOf, run.semester));
  }
  sequences.sort((a, b) => (a.sections[0]?.section.line ?? 0) - (b.sections[0]?.section.line ?? 0));
  return sequences;
}

/**
 * A time section on the document's title line (2024年下半年工作计划, # 三月份工作计划) names the plan's
 * span, it is not one of its sections. A first line like 一月份工作安排： (no year, not an H1, ending in a
 * colon) is the first section of a plan without a title.
 */
export function titleSection(model: DocumentModel): TimeSection | undefined {
  const first = model.lines.find((l) => !l.blank && !l.opaque);
  if (!first) return undefined;
  const section = model.timeSections.find((s) => s.line === first.index);
  if (!section || section.marker) return undefined;
  const text = first.text.trimEnd();
  const looksLikeTitle =
    section.expr.year !== undefined ||
    first.headingDepth === 1 ||
    (!/[：:]$/.test(text) && /计划|方案|安排|要点|总结|行事历|日程/.test(text.slice(section.end)));
  return looksLikeTitle ? section : undefined;
}

function collectTimeNodes(node: OutlineNode, out: Map<TimeSection, OutlineNode>): void {
  if (node.time) out.set(node.time, node);
  for (const child of node.children) collectTimeNodes(child, out);
}

/** The nearest time section above a node: 上旬 under 三月份 takes March from it. */
function enclosingTime(node: OutlineNode | undefined): TimeSection | undefined {
  for (let p = node?.parent; p; p = p.parent) if (p.time && !p.time.expr.invalid) return p.time;
  return undefined;
}

/**
 * 第一学期 / 第二学期 / 上学期 / 下学期 / 春季学期 / 秋季学期: a semester, not a holiday (寒假, 暑假).
 * Written among its sections rather than above them (a calendar grid flattened one cell per line puts
 * 第二学期 beside 第1周 … 第18周 of the first), it still opens a part of its own.
 */
export function isSemester(s: TimeSection): boolean {
  return s.expr.kind === 'term' && (s.expr.ordinal ?? 0) >= 1;
}

/**
 * The parts of one level that are judged on their own: the semester headings among themselves, and the
 * sections between one semester heading and the next — week numbering restarts at 第1周 under 第二学期,
 * and the months of the first semester run 九月 → 次年一月. A level without a semester heading is one part.
 */
function semesterRuns(sections: TimeSection[]): { sections: TimeSection[]; semester?: TimeSection }[] {
  if (!sections.some(isSemester)) return [{ sections }];
  const semesters: TimeSection[] = [];
  const runs: { sections: TimeSection[]; semester?: TimeSection }[] = [];
  let run: { sections: TimeSection[]; semester?: TimeSection } = { sections: [] };
  for (const s of sections) {
    if (isSemester(s) && !s.expr.invalid) {
      semesters.push(s);
      if (run.sections.length) runs.push(run);
      run = { sections: [], semester: s };
    } else run.sections.push(s);
  }
  if (run.sections.length) runs.push(run);
  return [{ sections: semesters }, ...runs].sort((a, b) => a.sections[0]!.line - b.sections[0]!.line);
}

/** Kinds of section that are compared with each other for order and overlap. */
export type SectionClass = 'month' | 'day' | 'week' | 'semester';

/**
 * Order and overlap are judged between sections of the same kind: month headings with month headings
 * (and quarters, halves, holidays), dated items with dated items, week rows with week rows. The dated
 * items under 一月： (1月29日-2月6日 寒假, 2月7日 开学) belong to that month; they do not plan it twice.
 */
export function sectionClass(e: TimeExpression): SectionClass {
  switch (e.kind) {
    case 'date':
    case 'date-range':
    case 'xun':
      return 'day';
    case 'week':
    case 'week-range':
      return 'week';
    case 'term':
      return (e.ordinal ?? 0) >= 1 ? 'semester' : 'month';
    default:
      return 'month';
  }
}

/** A line that holds nothing but a table's column separator: `|` between the cells of a flattened grid. */
function isSeparatorLine(text: string): boolean {
  const t = text.trim();
  return t === '|' || t === '｜';
}

/** 1 … 31 alone on a line: a day cell of a calendar grid. */
const DAY_CELL = /^(?:[1-9]|[12][0-9]|3[01]|[１-９]|[１２][０-９]|３[０１])$/;
/** A short cell: a day, a holiday name, a week label, a mark — nothing a sentence would hold. */
const SHORT_CELL = /^[^：:。，,；;！？!?]{1,10}$/;

/**
 * Month cells of a calendar grid flattened one cell per line (`30 | 12月 | 2 | 3 …`): the month's name is
 * written in the cell of its first day, between day numbers. Such a cell labels the grid, it is not a
 * section of the plan (03: 11月, 12月, 2月 … among 第N周 rows). A month alone on its line whose neighbour
 * cells are short and at least one of them is a day number is read as a cell.
 */
function calendarCells(model: DocumentModel): Set<TimeSection> {
  const cells = new Set<TimeSection>();
  for (const s of model.timeSections) {
    if (s.expr.kind !== 'month' || s.marker || !s.standalone) continue;
    const line = model.lines[s.line];
    if (!line || line.text.trim() !== s.expr.raw) continue;
    const before = neighbourCell(model, s.line, -1);
    const after = neighbourCell(model, s.line, 1);
    if (before === undefined || after === undefined) continue;
    if (!SHORT_CELL.test(before) || !SHORT_CELL.test(after)) continue;
    if (DAY_CELL.test(before) || DAY_CELL.test(after)) cells.add(s);
  }
  return cells;
}

/** The next cell's text in direction `step`, past blank lines and `|` separators (at most a few). */
function neighbourCell(model: DocumentModel, from: number, step: 1 | -1): string | undefined {
  for (let i = from + step, k = 0; i >= 0 && i < model.lines.length && k < 4; i += step, k++) {
    const line = model.lines[i]!;
    if (line.blank || isSeparatorLine(line.text)) continue;
    return line.text.trim();
  }
  return undefined;
}

function place(
  parent: OutlineNode | null,
  sections: TimeSection[],
  nodeOf: Map<TimeSection, OutlineNode>,
  semester?: TimeSection,
): TimeSequence {
  // under 第一学期 the months run 九月 → 次年一月 however the part begins
  const autumn = semester !== undefined && semester.expr.fromMonth !== undefined && semester.expr.fromMonth >= 7;
  const placed: PlacedSection[] = [];
  let offset = 0; // years after the first
  let wrapsYear = false;
  let firstMonth: number | undefined;
  let prevMonth: number | undefined; // month (1–12) where the previous section ended
  for (const section of sections) {
    if (section.expr.invalid) continue;
    const node = nodeOf.get(section);
    let e: Pick<TimeExpression, 'fromMonth' | 'toMonth' | 'fromDay' | 'toDay' | 'nextYear' | 'toNextYear' | 'kind'> = section.expr;
    let inherited = false;
    if (e.fromMonth === undefined) {
      const outer = enclosingTime(node);
      if (outer?.expr.fromMonth !== undefined && outer.expr.fromMonth === outer.expr.toMonth) {
        e = { ...e, fromMonth: outer.expr.fromMonth, toMonth: outer.expr.toMonth, nextYear: outer.expr.nextYear };
        inherited = true;
      }
    }
    const p: PlacedSection = { section, node, monthGranular: MONTH_KINDS.has(e.kind), sectionClass: sectionClass(section.expr) };
    if (inherited) p.inherited = true;
    if (e.fromMonth !== undefined && e.toMonth !== undefined) {
      firstMonth ??= e.fromMonth;
      if (e.nextYear && offset === 0) {
        offset = 1;
        wrapsYear = true;
      } else if (
        offset === 0 &&
        prevMonth !== undefined &&
        (firstMonth >= 7 || autumn) &&
        prevMonth >= 9 &&
        e.fromMonth <= 8 &&
        e.fromMonth < prevMonth
      ) {
        // a school year: 十二月 → 一月 continues into the next year
        offset = 1;
        wrapsYear = true;
      }
      p.from = e.fromMonth + 12 * offset;
      p.to = e.toMonth + 12 * (offset + (e.toNextYear ? 1 : 0));
      if (p.to < p.from) p.to = p.from; // reversed ranges are flagged invalid and skipped above
      const xun = e.kind === 'xun' ? xunDays(section.expr.ordinal) : undefined;
      p.fromDay = p.from * DAYS_PER_MONTH_SLOT + (xun?.[0] ?? e.fromDay ?? 1);
      p.toDay = p.to * DAYS_PER_MONTH_SLOT + (xun?.[1] ?? e.toDay ?? 31);
      if (e.toNextYear) {
        offset++;
        wrapsYear = true;
      }
      prevMonth = e.toMonth;
    }
    placed.push(p);
  }
  return { parent, sections: placed, wrapsYear };
}

function xunDays(ordinal: number | undefined): [number, number] | undefined {
  if (ordinal === 1) return [1, 10];
  if (ordinal === 2) return [11, 20];
  if (ordinal === 3) return [21, 31];
  return undefined;
}

/** 1–12 of an absolute month, and whether it lies in a following year. */
export function calendarMonth(abs: number): { month: number; nextYear: boolean } {
  return { month: ((abs - 1) % 12) + 1, nextYear: abs > 12 };
}

export interface Overlap {
  /** the later section (document order) */
  section: PlacedSection;
  /**
   * the earlier sections that first planned the days it shares, in document order: for each shared day
   * only the section that planned it first, so a heading repeated a hundred times points at the first one
   */
  earlier: PlacedSection[];
  /** absolute months shared with any earlier section, ascending */
  months: number[];
}

const LAST_DAY_SLOT = 31;

/**
 * Which section planned each day of one absolute month first. A month planned whole by one section
 * (the usual 三月份, 第一季度) is one number; days are kept only once a 旬 or a date splits the month.
 */
interface MonthCover {
  /** index of the section that planned the whole month, or -1 when `days` holds the owners */
  whole: number;
  /** owner per day slot 1–31 (-1: not planned yet); null while `whole` is set */
  days: Int32Array | null;
}

/**
 * Each section that shares days with earlier sections of the same kind in its sequence (一月至三月份 then 三月份; 第一季度
 * beside 二月份), once, with the sections that planned those days first. One pass in document order over
 * a map of months: the work per section is the number of months it spans (days only for split months),
 * so a document of 16,000 repeated month headings costs no more per heading than one of 16.
 */
export function overlapsIn(seq: TimeSequence): Overlap[] {
  if (seq.sections.length < 2) return [];
  const byClass = new Map<SectionClass, PlacedSection[]>();
  for (const p of seq.sections) {
    const c = p.sectionClass ?? 'month';
    let list = byClass.get(c);
    if (!list) byClass.set(c, (list = []));
    list.push(p);
  }
  if (byClass.size === 1) return overlapsAmong(seq.sections);
  const out: Overlap[] = [];
  for (const list of byClass.values()) for (const o of overlapsAmong(list)) out.push(o);
  return out.sort((a, b) => a.section.section.line - b.section.section.line);
}

/** overlapsIn for sections of one kind. */
function overlapsAmong(sections: PlacedSection[]): Overlap[] {
  if (sections.length < 2) return [];
  const covers = new Map<number, MonthCover>();
  // lastNoted[j] === i once section j is in section i's list: each earlier section is listed once
  const lastNoted = new Int32Array(sections.length).fill(-1);
  const out: Overlap[] = [];
  // reused for every section: most sections share nothing and should allocate nothing
  const earlier: number[] = [];
  const months: number[] = [];
  const note = (i: number, owner: number, month: number) => {
    if (lastNoted[owner] !== i) {
      lastNoted[owner] = i;
      earlier.push(owner);
    }
    if (months[months.length - 1] !== month) months.push(month);
  };
  for (let i = 0; i < sections.length; i++) {
    const p = sections[i]!;
    if (p.fromDay === undefined || p.toDay === undefined) continue;
    earlier.length = 0;
    months.length = 0;
    const fromMonth = Math.floor(p.fromDay / DAYS_PER_MONTH_SLOT);
    const toMonth = Math.floor(p.toDay / DAYS_PER_MONTH_SLOT);
    for (let month = fromMonth; month <= toMonth; month++) {
      const firstDay = month === fromMonth ? Math.max(1, p.fromDay % DAYS_PER_MONTH_SLOT) : 1;
      const lastDay = month === toMonth ? Math.min(LAST_DAY_SLOT, p.toDay % DAYS_PER_MONTH_SLOT) : LAST_DAY_SLOT;
      if (lastDay < firstDay) continue;
      const cover = covers.get(month);
      if (!cover) {
        const wholeMonth = firstDay === 1 && lastDay === LAST_DAY_SLOT;
        covers.set(month, wholeMonth ? { whole: i, days: null } : { whole: -1, days: daysOwnedBy(i, firstDay, lastDay) });
      } else if (cover.days === null) {
        note(i, cover.whole, month);
      } else {
        for (let d = firstDay; d <= lastDay; d++) {
          const owner = cover.days[d]!;
          if (owner < 0) cover.days[d] = i;
          else note(i, owner, month);
        }
      }
    }
    if (earlier.length) {
      earlier.sort((a, b) => a - b);
      out.push({ section: p, earlier: earlier.map((j) => sections[j]!), months: months.slice() });
    }
  }
  return out;
}

function daysOwnedBy(owner: number, firstDay: number, lastDay: number): Int32Array {
  const days = new Int32Array(LAST_DAY_SLOT + 1).fill(-1);
  days.fill(owner, firstDay, lastDay + 1);
  return days;
}
