// A month covered twice at the same level: 一月至三月份 then 三月份; 第一季度 beside 二月份.
import type { Rule, RuleReport } from './types.js';
import { overlapsIn, timeSequences } from '../analysis/sequence.js';
import { monthNames } from '../syntax/time/format.js';
import { pointerCache, sectionRange } from '../analysis/report.js';
import { problem } from './helpers.js';
import type { Localized } from '../types.js';

const ID = 'month-overlap';

export const rule: Rule = {
  meta: {
    id: ID,
    description: {
      zh: '同级时间段不应重叠（同一个月被安排两次）',
      en: 'Time sections at the same level do not overlap (no month planned twice)',
    },
    tags: ['time'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '同一层级的时间段各管一段时间。“一月至三月份”之后又出现“三月份”，或“第一季度”旁边还有“二月份”，三月（二月）的工作就被写在了两处，读者无从判断以哪处为准。嵌套在上级时间段之内的时间段（“三月份”下的“上旬”“中旬”）不算重叠。每个重叠的时间段报告一次，指向最先安排这段时间的时间段：同一个“三月份”写了三遍，后两处都指向第一处；“第一季度”“二月份”之后的“上半年”只指向“第一季度”。应合并内容或改正时间。',
      en: 'Each time section at one level owns its own stretch of time. 一月至三月份 (January–March) followed by 三月份 (March), or 第一季度 (Q1) beside 二月份 (February), plans the same month in two places and the reader cannot tell which one holds. Sections nested inside a larger one (上旬 / 中旬 under 三月份) do not count. Each overlapping section is reported once and points at the section that planned that time first: of three 三月份, the second and third point at the first; 上半年 after 第一季度 and 二月份 points at 第一季度 only. Merge the content or correct the dates.',
      wrong: '1、一月至三月份开展宣传。\n2、三月份组织培训。\n3、四至六月份开展检查。',
      right: '1、一至二月份开展宣传。\n2、三月份组织培训。\n3、四至六月份开展检查。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const pointerTo = pointerCache((name) => ({ zh: `最先安排这段时间的${name.zh}`, en: `${name.en}, which planned this time first` }));
    for (const seq of timeSequences(model)) {
      for (const o of overlapsIn(seq)) {
        // week rows that run into each other are week-sequence's to report, in terms of weeks
        if (o.section.sectionClass === 'week') continue;
        const raw = o.section.section.expr.raw;
        const first = pointerTo(o.earlier[0]!.section);
        const more = o.earlier.length - 1;
        // the common case, one earlier section and one month, repeats: its message is made once
        const shareable = more === 0 && o.months.length === 1;
        const known = shareable ? first.messages.get(raw) : undefined;
        let message: Localized;
        if (known && known.variant === o.months[0]) {
          message = known.message;
        } else {
          const names = monthNames(o.months);
          message = {
            zh: `“${raw}”与${first.name.zh}（${first.line.zh}）${more ? `等${more + 1}处` : ''}重叠：${names.zh}被安排了两次`,
            en: `'${raw}' overlaps ${first.name.en} (${first.line.en})${more ? ` and ${more} more` : ''}: ${names.en} planned twice`,
          };
          if (shareable) first.messages.set(raw, { variant: o.months[0]!, message });
        }
        const related = more ? o.earlier.slice(0, MAX_RELATED).map((e) => pointerTo(e.section).related[0]!) : first.related;
        reports.push(problem(sectionRange(o.section.section), message, undefined, related));
      }
    }
    return reports;
  },
};

/**
 * A link per earlier section that first planned a shared month is where the writer merges or corrects;
 * beyond a year's worth (a 全年 after a page of dated items) the links are noise, and the count stays in the message.
 */
const MAX_RELATED = 12;
