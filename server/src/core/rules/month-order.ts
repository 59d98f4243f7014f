// Time sections out of chronological order: 三月份 after 四月份. A school year (九月 → 次年一月) is in order.
import type { Rule, RuleReport } from './types.js';
import { timeSequences, type PlacedSection, type SectionClass } from '../analysis/sequence.js';
import { pointerCache, sectionRange } from '../analysis/report.js';
import { problem } from './helpers.js';

const ID = 'month-order';

export const rule: Rule = {
  meta: {
    id: ID,
    description: {
      zh: '同级时间段应按时间先后排列',
      en: 'Time sections at the same level follow each other in chronological order',
    },
    tags: ['time'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '按月份、季度或日期组织的计划，同一层级的时间段应从早到晚排列。“三月份”出现在“四月份”之后，通常是复制粘贴时放错了位置，或者月份写错了。从九月开始、跨到次年一月的学年计划（或写明“次年”的时间段）视为顺序正确。移动整段内容无法确定，因此不提供自动修复。',
      en: 'In a plan organised by months, quarters or dates, sections at the same level run from earliest to latest. 三月份 (March) after 四月份 (April) usually means a section was pasted in the wrong place or its month is mistyped. A school-year plan that starts in September and runs into January of the next year (or a section written with 次年, "next year") is in order. Moving whole sections cannot be done safely, so there is no automatic fix.',
      wrong: '四月份：\n1、召开动员会。\n三月份：\n1、开展培训。',
      right: '三月份：\n1、开展培训。\n四月份：\n1、召开动员会。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    // every section after a late one points at it: its name and link are built once
    const pointerTo = pointerCache((name) => ({ zh: `较晚的时间段${name.zh}`, en: `the later section ${name.en}` }));
    for (const seq of timeSequences(model)) {
      // sections are ordered among their own kind: month headings, dated items, week rows
      const latestOf = new Map<SectionClass, PlacedSection>();
      for (const p of seq.sections) {
        if (p.fromDay === undefined) continue;
        const kind = p.sectionClass ?? 'month';
        const latest = latestOf.get(kind);
        if (latest && p.fromDay < latest.fromDay!) {
          const raw = p.section.expr.raw;
          const later = pointerTo(latest.section);
          // the message depends on the two texts only: made once per text that comes too late
          let message = later.messages.get(raw)?.message;
          if (!message) {
            message = {
              zh: `“${raw}”排在${later.name.zh}（${later.line.zh}）之后，时间顺序颠倒`,
              en: `'${raw}' comes after ${later.name.en} (${later.line.en}): sections are out of chronological order`,
            };
            later.messages.set(raw, { variant: 0, message });
          }
          reports.push(problem(sectionRange(p.section), message, undefined, later.related));
        } else if (!latest || p.fromDay > latest.fromDay!) {
          latestOf.set(kind, p);
        }
      }
    }
    return reports;
  },
};
