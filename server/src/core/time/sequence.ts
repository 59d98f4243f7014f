// Groups a document's time sections into sequences — sections side by side under one parent in the
// outline (the months of one plan) — and places each on an absolute month axis, so that a school year
// running 九月 → 次年一月 reads as in order. Timeline and the month-* rules all read these sequences.
import type { DocumentModel, Marker, MarkerList, OutlineNode, TimeSection } from '../model/types.js';
import type { TimeExpression } from './types.js';

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
  const nodeOf = new Map<TimeSection, OutlineNode>();
  collectTimeNodes(model.root, nodeOf);
  // items of one numbered list are one level; a list that restarts at 1 under the same parent is
  // another plan. Time headings without a marker group by their parent.
  const listOf = new Map<Marker, MarkerList>();
  for (const list of model.lists) for (const m of list.items) listOf.set(m, list);
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
  for (const { parent, sections } of groups.values()) {
    sections.sort((a, b) => a.line - b.line);
    sequences.push(place(parent, sections, nodeOf));
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

function place(parent: OutlineNode | null, sections: TimeSection[], nodeOf: Map<TimeSection, OutlineNode>): TimeSequence {
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
    const p: PlacedSection = { section, node, monthGranular: MONTH_KINDS.has(e.kind) };
    if (inherited) p.inherited = true;
    if (e.fromMonth !== undefined && e.toMonth !== undefined) {
      firstMonth ??= e.fromMonth;
      if (e.nextYear && offset === 0) {
        offset = 1;
        wrapsYear = true;
      } else if (
        offset === 0 &&
        prevMonth !== undefined &&
        firstMonth >= 7 &&
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
  /** the earlier sections it shares days with, in document order */
  earlier: PlacedSection[];
  /** absolute months shared with any of them, ascending */
  months: number[];
}

/** Sections beyond this many still open at one day are not compared (a pathological pile of 全年). */
const MAX_ACTIVE = 64;

/**
 * Each section that shares days with earlier sections of its sequence (一月至三月份 then 三月份; 第一季度
 * beside 二月份), once, with all of them. A sweep over start days: near-linear for real plans.
 */
export function overlapsIn(seq: TimeSequence): Overlap[] {
  const timed = seq.sections.filter((p) => p.fromDay !== undefined);
  const order = new Map(timed.map((p, i) => [p, i]));
  const byStart = [...timed].sort((a, b) => a.fromDay! - b.fromDay! || order.get(a)! - order.get(b)!);
  const found = new Map<PlacedSection, { earlier: Set<PlacedSection>; months: Set<number> }>();
  let active: PlacedSection[] = [];
  for (const p of byStart) {
    active = active.filter((a) => a.toDay! >= p.fromDay!);
    for (const a of active) {
      const [first, second] = order.get(a)! < order.get(p)! ? [a, p] : [p, a];
      let entry = found.get(second);
      if (!entry) found.set(second, (entry = { earlier: new Set(), months: new Set() }));
      entry.earlier.add(first);
      const from = Math.floor(Math.max(a.fromDay!, p.fromDay!) / DAYS_PER_MONTH_SLOT);
      const to = Math.floor(Math.min(a.toDay!, p.toDay!) / DAYS_PER_MONTH_SLOT);
      for (let m = from; m <= to; m++) entry.months.add(m);
    }
    if (active.length < MAX_ACTIVE) active.push(p);
  }
  const out: Overlap[] = [];
  for (const [section, { earlier, months }] of found) {
    out.push({
      section,
      earlier: [...earlier].sort((x, y) => order.get(x)! - order.get(y)!),
      months: [...months].sort((x, y) => x - y),
    });
  }
  return out.sort((x, y) => order.get(x.section)! - order.get(y.section)!);
}
