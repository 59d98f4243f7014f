// A month covered twice at the same level: 一月至三月份 then 三月份; 第一季度 beside 二月份.
import type { Rule, RuleReport } from './types.js';
import { calendarMonth, overlapsIn, timeSequences } from '../time/sequence.js';
import { monthList } from '../time/format.js';
import { lineRef, quoted, relatedSection, sectionRange } from '../time/report.js';

export const rule: Rule = {
  meta: {
    id: 'month-overlap',
    description: {
      zh: '同级时间段不应重叠（同一个月被安排两次）',
      en: 'Time sections at the same level do not overlap (no month planned twice)',
    },
    tags: ['time'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '同一层级的时间段各管一段时间。「一月至三月份」之后又出现「三月份」，或「第一季度」旁边还有「二月份」，三月（二月）的工作就被写在了两处，读者无从判断以哪处为准。嵌套在上级时间段之内的时间段（「三月份」下的「上旬」「中旬」）不算重叠。应合并内容或改正时间。',
      en: 'Each time section at one level owns its own stretch of time. 一月至三月份 (January–March) followed by 三月份 (March), or 第一季度 (Q1) beside 二月份 (February), plans the same month in two places and the reader cannot tell which one holds. Sections nested inside a larger one (上旬 / 中旬 under 三月份) do not count. Merge the content or correct the dates.',
      wrong: '1、一月至三月份开展宣传。\n2、三月份组织培训。\n3、四至六月份开展检查。',
      right: '1、一至二月份开展宣传。\n2、三月份组织培训。\n3、四至六月份开展检查。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const seq of timeSequences(model)) {
      for (const o of overlapsIn(seq)) {
        const names = monthList(o.months.map(calendarMonth));
        const a = quoted(o.section.section);
        const first = o.earlier[0]!.section;
        const b = quoted(first);
        const at = lineRef(first);
        const more = o.earlier.length - 1;
        const others = more ? { zh: `等 ${more + 1} 处`, en: ` and ${more} more` } : { zh: '', en: '' };
        reports.push({
          range: sectionRange(o.section.section),
          message: {
            zh: `${a.zh}与${b.zh}（${at.zh}）${others.zh}重叠：${names.zh}被安排了两次`,
            en: `${a.en} overlaps ${b.en} (${at.en})${others.en}: ${names.en} planned twice`,
          },
          related: o.earlier.map((e) => {
            const q = quoted(e.section);
            return relatedSection(e.section, { zh: `与之重叠的${q.zh}`, en: `the overlapping section ${q.en}` });
          }),
        });
      }
    }
    return reports;
  },
};
