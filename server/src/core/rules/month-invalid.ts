// Impossible times: 十三月, 0月, 六至四月, 2月30日, 4月31日, 第五季度 — and 2月29日 in a plan for a common year;
// dates a conversion broke (6月65438+10月12日) and dates whose 年/月/日 were lost (2024327).
import type { Rule, RuleReport } from './types.js';
import type { TimeSection } from '../model/types.js';
import type { Localized } from '../types.js';
import { quoted, sectionRange } from '../analysis/report.js';
import { cnNumber } from '../syntax/time/format.js';
import { findCorruptDates, readDigitsOnlyDate } from '../syntax/time/garbled.js';
import { problem } from './helpers.js';

const ID = 'month-invalid';

export const rule: Rule = {
  meta: {
    id: ID,
    description: {
      zh: '时间必须真实存在：月份为1至12、日期不超过当月天数、起止不颠倒、季度为1至4',
      en: 'Times must exist: months 1–12, days within the month, ranges not reversed, quarters 1–4',
    },
    tags: ['time'],
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      zh: '“十三月”“0月”“第五季度”“2月30日”“4月31日”都不存在；“六至四月”起止颠倒（跨年的“九月至次年一月”除外）。标题写明年份（如“2023年…计划”）时，平年的“2月29日”也会报告。转换时损坏的日期（“6月65438+10月12日”，日期成了三位以上的数字）和丢了“年”“月”“日”、单独成行的日期（“2024327”）也会报告。这类错误多是笔误，正确的时间只有作者知道，因此不提供自动修复。',
      en: '十三月 (13th month), 0月, 第五季度 (5th quarter), 2月30日 (Feb 30) and 4月31日 (Apr 31) do not exist; 六至四月 (June to April) is reversed (九月至次年一月, September to next January, is fine). When the title gives the year (2023年…计划), 2月29日 in a common year is reported too. Dates broken in a conversion (6月65438+10月12日: a day of three or more digits) and a date alone on its line with 年, 月 and 日 lost (2024327) are reported too. These are typos whose intended value only the author knows, so there is no automatic fix.',
      wrong: '（一）六至四月份开展培训。\n（二）2月30日召开总结会。',
      right: '（一）四至六月份开展培训。\n（二）2月28日召开总结会。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const s of model.timeSections) {
      const message = s.expr.invalid ? reason(s) : leapDay(s, model.year);
      if (message) reports.push(problem(sectionRange(s), message));
    }
    // dates broken by a conversion always hold a +: one look at the document spares every line the scan
    const mayBeCorrupt = model.text.includes('+');
    for (const line of model.lines) {
      if (line.blank || line.opaque) continue;
      if (mayBeCorrupt) for (const g of findCorruptDates(line.text)) {
        const range = { start: { line: line.index, character: g.start }, end: { line: line.index, character: g.end } };
        reports.push(problem(range, {
          zh: `“${g.raw}”不是有效的日期：日期数字已损坏（常见于转换时“1月”变成“65438+10月”），请核对原文`,
          en: `“${g.raw}” is not a valid date: its digits are corrupted (a conversion often turns 1月 into 65438+10月); check the original`,
        }));
      }
      // only a line of at most 8 digits (and spaces) after its indentation can be such a date: no slice for the others
      const first = line.text.charCodeAt(line.contentStart);
      if ((first !== 0x31 && first !== 0x32) || line.text.length - line.contentStart > 12) continue;
      const content = line.text.slice(line.contentStart).trim();
      const date = content.length <= 8 ? readDigitsOnlyDate(content) : undefined;
      if (!date) continue;
      const start = line.text.indexOf(content, line.contentStart);
      const written = `${date.year}年${date.month}月${date.day}日`;
      reports.push(problem({ start: { line: line.index, character: start }, end: { line: line.index, character: start + content.length } }, {
        zh: `“${content}”像是丢了“年”“月”“日”的日期，应写作“${written}”`,
        en: `“${content}” looks like a date whose 年, 月 and 日 were lost: write it as ${written}`,
      }));
    }
    return reports;
  },
};

function reason(s: TimeSection): Localized {
  const e = s.expr;
  const q = quoted(s);
  switch (e.invalid) {
    case 'month-out-of-range':
      return { zh: `${q.zh}不是有效的月份：月份只能是一至十二月`, en: `${q.en} is not a month: months run from 1 to 12` };
    case 'reversed-range':
      return { zh: `${q.zh}起止颠倒：开始时间晚于结束时间`, en: `${q.en} is reversed: it starts after it ends` };
    case 'day-out-of-range': {
      const bad = e.fromDay! < 1 || e.fromDay! > maxDay(e.fromMonth!) ? e.fromMonth! : e.toMonth!;
      return {
        zh: `${q.zh}不存在：${cnNumber(bad)}月最多${maxDay(bad)}天`,
        en: `${q.en} does not exist: month ${bad} has at most ${maxDay(bad)} days`,
      };
    }
    case 'quarter-out-of-range':
      return { zh: `${q.zh}不存在：一年只有四个季度`, en: `${q.en} does not exist: a year has four quarters` };
    case 'week-out-of-range':
      return { zh: `${q.zh}不是有效的周次`, en: `${q.en} is not a valid week number` };
    default:
      return { zh: `${q.zh}不是有效的时间`, en: `${q.en} is not a valid time` };
  }
}

function maxDay(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 2月29日 in a plan whose title names a common year (the section's own year, or next year's for 次年). */
function leapDay(s: TimeSection, titleYear: number | undefined): Localized | undefined {
  const e = s.expr;
  if (e.fromDay === undefined) return undefined;
  const base = e.year ?? titleYear;
  if (base === undefined) return undefined;
  const fromYear = base + (e.nextYear ? 1 : 0);
  const toYear = fromYear + (e.toNextYear ? 1 : 0);
  const hit =
    (e.fromMonth === 2 && e.fromDay === 29 && !isLeap(fromYear) && fromYear) ||
    (e.toMonth === 2 && e.toDay === 29 && !isLeap(toYear) && toYear);
  if (!hit) return undefined;
  const q = quoted(s);
  return { zh: `${q.zh}不存在：${hit}年是平年，二月只有28天`, en: `${q.en} does not exist: ${hit} is not a leap year, February has 28 days` };
}
