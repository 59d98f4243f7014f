// 第N周 sections (a school 行事历) numbered in order: no week repeated, skipped or out of order; week rows
// whose dates span more than a week or run into the week before; a weekday that does not fall on its date.
import type { Rule, RuleReport } from './types.js';
import type { DocumentModel, TimeSection } from '../model/types.js';
import { timeSequences, type PlacedSection } from '../analysis/sequence.js';
import { daySpan, weekdayDates, weekdayName, weekdayOf } from '../analysis/calendar.js';
import { lineRef, quoted, relatedSection, sectionRange } from '../analysis/report.js';
import { problem } from './helpers.js';

const ID = 'week-sequence';

export const rule: Rule = {
  meta: {
    id: ID,
    description: {
      zh: '周次（第N周）应依次递增，不重复、不跳过、不倒序',
      en: 'Week numbers (第N周) increase one by one: no repeat, skip or reversal',
    },
    tags: ['time'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '学校行事历按“第1周”“第2周”……排列。同一层级中周次重复（两个“第3周”）、跳过（“第3周”之后是“第5周”）或倒序，多半是复制时忘了改周次。周次范围（“第1-2周”）按其覆盖的每一周计算。“第二学期”“下学期”等学期标题之后，周次重新从第1周开始。周次带日期时（“第3周（9月16日-9月22日）”、`第1週 02-11 ~ 02-17`），还检查一周的日期不超过七天、相邻两周的日期互不重叠；写明年份的日期注有星期时（“2024年9月1日（星期日）”），检查星期与日期是否相符。周次、日期和星期哪一个写错只有作者清楚，因此不提供自动修复。',
      en: 'A school calendar runs 第1周, 第2周, … (week 1, week 2, …). At one level, a repeated week (two 第3周), a skipped one (第3周 then 第5周) or a reversal usually means a copied block kept its old number. Week ranges (第1-2周) count every week they cover. After a semester heading (第二学期, 下学期) the weeks start again at 第1周. When week rows carry their dates (第3周（9月16日-9月22日）, 第1週 02-11 ~ 02-17), a row spans at most seven days a week and its dates do not run into the week before; when a date with its year is written with its weekday (2024年9月1日（星期日）), the weekday must fall on that date. Only the author knows whether the week, the date or the weekday is wrong, so there is no automatic fix.',
      wrong: '第1周\n1、开学典礼\n第2周\n1、教学常规检查\n第2周\n1、运动会',
      right: '第1周\n1、开学典礼\n第2周\n1、教学常规检查\n第3周\n1、运动会',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const seq of timeSequences(model)) {
      const weeks = seq.sections.filter((p) => p.section.expr.kind === 'week' || p.section.expr.kind === 'week-range');
      checkWeeks(weeks.map((p) => p.section), reports);
      checkWeekDates(weeks, model.year, reports);
    }
    checkWeekdays(model, reports);
    return reports.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  },
};

function checkWeeks(weeks: TimeSection[], reports: RuleReport[]): void {
  const seenAt = new Map<number, TimeSection>();
  let last: TimeSection | undefined;
  let max = 0;
  const listed = new Set<number>();
  for (const s of weeks) for (let w = s.expr.ordinal!; w <= (s.expr.toOrdinal ?? s.expr.ordinal!); w++) listed.add(w);
  for (const s of weeks) {
    const from = s.expr.ordinal!;
    const to = s.expr.toOrdinal ?? from;
    const q = quoted(s);
    let repeatOf: TimeSection | undefined;
    for (let w = from; w <= to && !repeatOf; w++) repeatOf = seenAt.get(w);
    if (repeatOf) {
      const r = quoted(repeatOf);
      const at = lineRef(repeatOf);
      const message = { zh: `${q.zh}与${r.zh}（${at.zh}）周次重复`, en: `${q.en} repeats the week of ${r.en} (${at.en})` };
      reports.push(problem(sectionRange(s), message, undefined, [relatedSection(repeatOf, { zh: `先出现的${r.zh}`, en: `the earlier ${r.en}` })]));
    } else if (last && from < max) {
      const r = quoted(last);
      const message = { zh: `${q.zh}排在${r.zh}之后，周次倒序`, en: `${q.en} comes after ${r.en}: weeks out of order` };
      reports.push(problem(sectionRange(s), message, undefined, [relatedSection(last, { zh: `前一个周次${r.zh}`, en: `the previous week ${r.en}` })]));
    } else if (last && from > max + 1 && !rowsLeftOut(last, s, max, listed)) {
      const r = quoted(last);
      const missing = from - max - 1 === 1 ? `第${max + 1}周` : `第${max + 1}–${from - 1}周`;
      const missingEn = from - max - 1 === 1 ? `week ${max + 1}` : `weeks ${max + 1}–${from - 1}`;
      const message = { zh: `缺少${missing}：${r.zh}之后直接是${q.zh}`, en: `${missingEn} missing: ${q.en} follows ${r.en}` };
      reports.push(problem(sectionRange(s), message, undefined, [relatedSection(last, { zh: `前一个周次${r.zh}`, en: `the previous week ${r.en}` })]));
    }
    for (let w = from; w <= to; w++) if (!seenAt.has(w)) seenAt.set(w, s);
    // a repeated week is most likely the next week with a stale number: count it as such, so the
    // week after it is not reported as a skip as well
    max = repeatOf ? Math.max(max + (to - from + 1), to) : Math.max(max, to);
    last = s;
  }
}

/**
 * 第3週 02-25 ~ 03-02 then 第8週 03-31 ~ 04-06: the dates are four weeks further on, just as the numbers
 * are, so the calendar lists only the weeks that have something in them. The numbering is right; a gap is
 * reported only when the dates do not account for it (第3周 9月16日-9月22日 then 第5周 9月23日-9月29日) or a
 * missing week turns up elsewhere in the list.
 */
function rowsLeftOut(last: TimeSection, next: TimeSection, max: number, listed: Set<number>): boolean {
  const a = last.expr;
  const b = next.expr;
  if (a.fromDay === undefined || b.fromDay === undefined || (a.toOrdinal ?? a.ordinal) !== max) return false;
  // a missing week that turns up further down was misplaced, not left out
  for (let w = max + 1; w < b.ordinal!; w++) if (listed.has(w)) return false;
  const days = daySpan(a.fromMonth!, a.fromDay, b.fromMonth!, b.fromDay) - 1;
  return Math.abs(days - 7 * (b.ordinal! - a.ordinal!)) <= 3;
}

/**
 * Week rows that carry their dates (第3周（9月16日-9月22日）, 第1週 02-11 ~ 02-17): a row spans at most seven
 * days a week it covers, and the dates of a week do not run into those of the week before it. Only rows
 * numbered one after the other are compared, so a numbering problem is reported once, above.
 */
function checkWeekDates(weeks: PlacedSection[], year: number | undefined, reports: RuleReport[]): void {
  let prev: PlacedSection | undefined;
  for (const p of weeks) {
    const e = p.section.expr;
    if (e.fromDay === undefined || e.toDay === undefined || p.fromDay === undefined || p.toDay === undefined) {
      prev = undefined;
      continue;
    }
    const count = (e.toOrdinal ?? e.ordinal!) - e.ordinal! + 1;
    // without a year February has 28 days: a span is never counted longer than it is
    const days = daySpan(e.fromMonth!, e.fromDay, e.toMonth!, e.toDay, year);
    const q = quoted(p.section);
    if (days > 7 * count) {
      const message =
        count === 1
          ? { zh: `${q.zh}的日期跨${days}天，一周只有七天`, en: `${q.en} spans ${days} days: a week has seven` }
          : { zh: `${q.zh}的日期跨${days}天，${count}周只有${7 * count}天`, en: `${q.en} spans ${days} days: ${count} weeks have ${7 * count}` };
      reports.push(problem(sectionRange(p.section), message));
    }
    const pe = prev?.section.expr;
    if (prev && pe && e.ordinal === (pe.toOrdinal ?? pe.ordinal!) + 1 && p.fromDay >= prev.fromDay! && p.fromDay <= prev.toDay!) {
      const r = quoted(prev.section);
      const at = lineRef(prev.section);
      const message = {
        zh: `${q.zh}与上一周${r.zh}（${at.zh}）日期重叠`,
        en: `the dates of ${q.en} overlap those of the week before, ${r.en} (${at.en})`,
      };
      reports.push(problem(sectionRange(p.section), message, undefined, [relatedSection(prev.section, { zh: `上一周${r.zh}`, en: `the week before, ${r.en}` })]));
    }
    prev = p;
  }
}

/** 2024年9月1日（星期一）: the weekday written does not fall on the date (2024-09-01 is a Sunday). */
function checkWeekdays(model: DocumentModel, reports: RuleReport[]): void {
  for (const d of weekdayDates(model)) {
    const actual = weekdayOf(d.year, d.month, d.day);
    if (actual === d.written) continue;
    const is = weekdayName(actual);
    const said = weekdayName(d.written);
    const message = {
      zh: `“${d.raw}”的星期有误：${d.year}年${d.month}月${d.day}日是${is.zh}，不是${said.zh}`,
      en: `'${d.raw}': ${d.year}-${pad(d.month)}-${pad(d.day)} is a ${is.en}, not a ${said.en}`,
    };
    reports.push(problem({ start: { line: d.line, character: d.start }, end: { line: d.line, character: d.end } }, message));
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
