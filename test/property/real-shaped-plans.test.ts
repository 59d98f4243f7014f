// Correct plans shaped like the ones writers paste, generated: headings whose text starts with a year, a figure
// or a date (二、2024年重点任务, 四、5G网络建设), items that start with a date (1、3月5日开展学雷锋活动), numbering
// that runs on across sub-sections (1.…9. through （一）（二）（三）) and compilations of several plans, each titled
// and numbered from 一、. Each gets no sequence problem, and --fix leaves it exactly as it is.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixText, lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';
import { cnNumeral } from './generators.js';
import { params, TIMEOUT } from './runs.js';

const SEQUENCE_RULES = new Set(['numbering-sequence', 'numbering-restart', 'heading-hierarchy', 'single-item-list', 'article-sequence', 'month-order', 'month-overlap', 'month-invalid']);

const headingText = fc.constantFrom('2024年重点任务', '5G网络建设', '工作目标', '12345热线办理', '主要措施', '2025年春季学期安排');
// a date is written as {date}: each plan's dates run forward (dated items out of order are month-order's to report)
const itemText = fc.constantFrom('{date}开展学雷锋活动。', '{date}组织植树。', '召开家长会。', '{date}举行安全演练。', '2020年以来的整改情况梳理。', '落实安全责任。', '5.29前完成报名。', '1.5倍工作量计入考核。');

interface Section {
  title: string;
  subs: { title: string; items: string[] }[];
}

const section = fc.record({
  title: headingText,
  subs: fc.array(fc.record({ title: headingText, items: fc.array(itemText, { minLength: 2, maxLength: 4 }) }), { minLength: 2, maxLength: 3 }),
});

const plan = fc.record({
  title: fc.constantFrom('城南街道2024年工作计划', '实验小学德育工作方案', '社区卫生服务中心年度工作要点'),
  sections: fc.array(section, { minLength: 2, maxLength: 4 }),
  continued: fc.boolean(),
  body: fc.boolean(),
});

/** 一、 heading, （一） sub-headings, 1、 items; the items run on across the sub-sections when `continued`. */
function render(p: { title: string; sections: Section[]; continued: boolean; body: boolean }): string {
  const lines = [p.title];
  let day = 0;
  const dated = (text: string) => text.replace('{date}', () => `${3 + Math.floor(day / 28)}月${(day++ % 28) + 1}日`);
  p.sections.forEach((s, i) => {
    lines.push(`${cnNumeral(i + 1)}、${s.title}`);
    let n = 1;
    s.subs.forEach((sub, j) => {
      lines.push(`（${cnNumeral(j + 1)}）${sub.title}`);
      if (!p.continued) n = 1;
      for (const item of sub.items) lines.push(`${n++}、${dated(item)}`);
      if (p.body) lines.push('各单位要高度重视，认真落实。');
    });
  });
  return lines.join('\n') + '\n';
}

describe('plans shaped like real ones', () => {
  it('a correct plan — digits and dates after markers, numbering run on, several plans in one — is reported for no sequence problem and left alone by --fix', () => {
    const one = plan.map(render);
    const compilation = fc.array(plan, { minLength: 2, maxLength: 3 }).map((ps) => ps.map(render).join('\n'));
    fc.assert(
      fc.property(fc.oneof(one, compilation), (text) => {
        const problems = lintText(text, defaultConfig('common')).problems.filter((p) => SEQUENCE_RULES.has(p.ruleId));
        expect(problems.map((p) => `${p.range.start.line + 1} ${p.ruleId} ${p.message.zh}`), text).toEqual([]);
        expect(fixText(text, defaultConfig('common')).output).toBe(text);
      }),
      params('real-shaped-plan'),
    );
  }, TIMEOUT);
});
