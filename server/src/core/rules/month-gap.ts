// Months missing inside a plan's span: 四月份 then 六月份 with no 五月份. Option fullYear requires all twelve.
import type { Rule, RuleReport } from './types.js';
import { calendarMonth, timeSequences, type PlacedSection, type TimeSequence } from '../analysis/sequence.js';
import { monthList } from '../syntax/time/format.js';
import { quoted, relatedSection, sectionRange } from '../analysis/report.js';
import type { Localized, RelatedInfo } from '../types.js';
import { problem } from './helpers.js';

const ID = 'month-gap';

export const rule: Rule = {
  meta: {
    id: ID,
    description: {
      zh: '按月份排列的计划中间不应缺月',
      en: 'A plan organised by months has no month missing inside its span',
    },
    tags: ['time'],
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      fullYear: {
        schema: { type: 'boolean' },
        description: {
          zh: '要求覆盖全年十二个月（学年计划为九月至次年七月），而不只是首末月份之间',
          en: 'Require all twelve months (September to next July for a school year), not only the months between the first and the last section',
        },
        default: false,
      },
    },
    docs: {
      zh: '按月份、季度组织的计划，从第一个时间段到最后一个时间段之间的每个月都应有安排。“四月份”之后直接是“六月份”，五月份往往是漏写或被误删了。只有一个时间段，或只有具体日期（3月8日）、旬的安排不检查。开启`fullYear`后，还要求覆盖全年（学年计划为九月至次年七月）。',
      en: 'In a plan organised by months or quarters, every month between the first and the last section has a section. 四月份 (April) followed directly by 六月份 (June) usually means May was forgotten or deleted. A single section, or a list of dated events (3月8日) or 旬, is not checked. With `fullYear`, the plan must also cover the whole year (September to next July for a school year).',
      wrong: '四月份：\n1、开展培训。\n六月份：\n1、组织检查。',
      right: '四月份：\n1、开展培训。\n五月份：\n1、召开座谈会。\n六月份：\n1、组织检查。',
    },
  },
  check({ model, options }) {
    const fullYear = options['fullYear'] === true;
    const reports: RuleReport[] = [];
    for (const seq of timeSequences(model)) checkSequence(seq, fullYear, reports);
    return reports;
  },
};

function checkSequence(seq: TimeSequence, fullYear: boolean, reports: RuleReport[]): void {
  const timed = seq.sections.filter((p) => p.from !== undefined);
  const granular = timed.filter((p) => p.monthGranular);
  if (granular.length < (fullYear ? 1 : 2)) return;
  const covered = new Set<number>();
  for (const p of timed) for (let m = p.from!; m <= p.to!; m++) covered.add(m);
  // loops, not Math.min(...list): spreading 130,000 sections overflows the stack
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of granular) {
    lo = Math.min(lo, p.from!);
    hi = Math.max(hi, p.to!);
  }
  if (fullYear) {
    const school = seq.wrapsYear ? { from: 9, to: 19 } : { from: 1, to: 12 };
    lo = Math.min(lo, school.from);
    hi = Math.max(hi, school.to);
  }
  const neighbours = new GapNeighbours(timed);
  for (const gap of missingRuns(covered, lo, hi)) {
    const before = neighbours.latestBefore(gap.from);
    const after = neighbours.earliestAfter(gap.to);
    const months: { month: number; nextYear: boolean }[] = [];
    for (let m = gap.from; m <= gap.to; m++) months.push(calendarMonth(m));
    const names = monthList(months);
    const at = after ?? before!;
    let message: Localized;
    if (before && after) {
      const a = quoted(before.section);
      const b = quoted(after.section);
      message = {
        zh: `缺少${names.zh}：${a.zh}与${b.zh}之间没有安排`,
        en: `${names.en} missing: nothing is planned between ${a.en} and ${b.en}`,
      };
    } else if (after) {
      const b = quoted(after.section);
      message = { zh: `缺少${names.zh}：计划从${b.zh}才开始`, en: `${names.en} missing: the plan only starts at ${b.en}` };
    } else {
      const a = quoted(before!.section);
      message = { zh: `缺少${names.zh}：计划到${a.zh}就结束了`, en: `${names.en} missing: the plan ends at ${a.en}` };
    }
    let related: RelatedInfo[] | undefined;
    if (before && after) {
      const a = quoted(before.section);
      related = [relatedSection(before.section, { zh: `缺口之前的${a.zh}`, en: `${a.en} before the gap` })];
    }
    reports.push(problem(sectionRange(at.section), message, undefined, related));
  }
}

function missingRuns(covered: Set<number>, lo: number, hi: number): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let m = lo; m <= hi; m++) {
    if (covered.has(m)) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === m - 1) last.to = m;
    else runs.push({ from: m, to: m });
  }
  return runs;
}

/**
 * The sections on either side of a gap, found by binary search over two sorted copies: scanning every
 * section for every gap was quadratic (a run of 十一月至次年一月 headings has one gap per heading; 9 MB of them
 * took 252 s).
 */
class GapNeighbours {
  /** by end month; ties in document order */
  private readonly byEnd: PlacedSection[];
  /** by start month; ties in document order */
  private readonly byStart: PlacedSection[];

  constructor(sections: PlacedSection[]) {
    // Array#sort is stable, so equal months keep document order
    this.byEnd = [...sections].sort((a, b) => a.to! - b.to!);
    this.byStart = [...sections].sort((a, b) => a.from! - b.from!);
  }

  /** The section that ends latest before `month` (ties: the later one in the document). */
  latestBefore(month: number): PlacedSection | undefined {
    const i = firstIndex(this.byEnd, (p) => p.to! >= month);
    return i > 0 ? this.byEnd[i - 1] : undefined;
  }

  /** The section that starts earliest after `month` (ties: the first in the document). */
  earliestAfter(month: number): PlacedSection | undefined {
    return this.byStart[firstIndex(this.byStart, (p) => p.from! > month)];
  }
}

/** The first index whose element satisfies `past` (a predicate false then true along the array). */
function firstIndex(list: PlacedSection[], past: (p: PlacedSection) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
