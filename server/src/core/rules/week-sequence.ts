// 第N周 sections (a school 行事历) numbered in order: no week repeated, skipped or out of order.
import type { Rule, RuleReport } from './types.js';
import type { TimeSection } from '../model/types.js';
import { timeSequences } from '../time/sequence.js';
import { lineRef, quoted, relatedSection, sectionRange } from '../time/report.js';
import { problem } from './helpers.js';
import type { Severity } from '../types.js';

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
      zh: '学校行事历按「第1周」「第2周」……排列。同一层级中周次重复（两个「第3周」）、跳过（「第3周」之后是「第5周」）或倒序，多半是复制时忘了改周次。周次范围（「第1-2周」）按其覆盖的每一周计算。周次与日期是否对得上只有作者清楚，因此不提供自动修复。',
      en: 'A school calendar runs 第1周, 第2周, … (week 1, week 2, …). At one level, a repeated week (two 第3周), a skipped one (第3周 then 第5周) or a reversal usually means a copied block kept its old number. Week ranges (第1-2周) count every week they cover. Only the author knows which weeks match the dates, so there is no automatic fix.',
      wrong: '第1周\n1、开学典礼\n第2周\n1、教学常规检查\n第2周\n1、运动会',
      right: '第1周\n1、开学典礼\n第2周\n1、教学常规检查\n第3周\n1、运动会',
    },
  },
  check({ model, severity }) {
    const reports: RuleReport[] = [];
    for (const seq of timeSequences(model)) {
      const weeks = seq.sections.map((p) => p.section).filter((s) => s.expr.kind === 'week' || s.expr.kind === 'week-range');
      checkWeeks(weeks, severity, reports);
    }
    return reports;
  },
};

function checkWeeks(weeks: TimeSection[], severity: Severity, reports: RuleReport[]): void {
  const seenAt = new Map<number, TimeSection>();
  let last: TimeSection | undefined;
  let max = 0;
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
      reports.push(problem(ID, severity, sectionRange(s), message, undefined, [relatedSection(repeatOf, { zh: `先出现的${r.zh}`, en: `the earlier ${r.en}` })]));
    } else if (last && from < max) {
      const r = quoted(last);
      const message = { zh: `${q.zh}排在${r.zh}之后，周次倒序`, en: `${q.en} comes after ${r.en}: weeks out of order` };
      reports.push(problem(ID, severity, sectionRange(s), message, undefined, [relatedSection(last, { zh: `前一个周次${r.zh}`, en: `the previous week ${r.en}` })]));
    } else if (last && from > max + 1) {
      const r = quoted(last);
      const missing = from - max - 1 === 1 ? `第${max + 1}周` : `第${max + 1}–${from - 1}周`;
      const missingEn = from - max - 1 === 1 ? `week ${max + 1}` : `weeks ${max + 1}–${from - 1}`;
      const message = { zh: `缺少${missing}：${r.zh}之后直接是${q.zh}`, en: `${missingEn} missing: ${q.en} follows ${r.en}` };
      reports.push(problem(ID, severity, sectionRange(s), message, undefined, [relatedSection(last, { zh: `前一个周次${r.zh}`, en: `the previous week ${r.en}` })]));
    }
    for (let w = from; w <= to; w++) if (!seenAt.has(w)) seenAt.set(w, s);
    // a repeated week is most likely the next week with a stale number: count it as such, so the
    // week after it is not reported as a skip as well
    max = repeatOf ? Math.max(max + (to - from + 1), to) : Math.max(max, to);
    last = s;
  }
}
