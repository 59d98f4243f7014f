// The time rules through the real façade, next to every other rule: the seed's acceptance criteria and a
// full fix of a time fixture.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixText, lintText } from '../../server/src/core/linter.js';
import { rules } from '../../server/src/core/rules/registry.js';
import { timeRules } from './harness.js';

const TIME_IDS = timeRules.map((r) => r.meta.id);
const seed = readFileSync(join(__dirname, '../fixtures/seed.txt'), 'utf8');
const timeProblems = (text: string) =>
  lintText(text).problems.filter((p) => TIME_IDS.includes(p.ruleId)).map((p) => `${p.range.start.line + 1}:${p.ruleId}`);

describe('time rules in the linter', () => {
  it('are registered', () => {
    for (const rule of timeRules) expect(rules).toContain(rule);
  });

  it('seed: 篇八 and 篇一 give only month-style (一月至三月份, 七至九月, 十到十二月)', () => {
    expect(timeProblems(seed)).toEqual(['294:month-style', '298:month-style', '300:month-style']);
  });

  it('seed: fixText leaves the month words of 篇八 alone; accepting the suggestions writes them one way and the re-lint has no time problem', () => {
    const before = seed.split(/\r?\n/).slice(293, 300);
    expect(fixText(seed).output.split(/\r?\n/).slice(293, 300)).toEqual(before);
    const suggested = lintText(seed).problems.filter((p) => p.ruleId === 'month-style').map((p) => ({ ...p, fix: { edits: p.suggestions![0]!.edits } }));
    const output = applyFixes(seed, suggested).output;
    const lines = output.split(/\r?\n/);
    expect(lines.slice(293, 300).filter((l) => l).map((l) => l.slice(0, 8))).toEqual(['1、一至三月份聘', '2、四至六月份开', '3、七至九月份社', '4、十至十二月份']);
    expect(timeProblems(output)).toEqual([]);
  });

  it('the bundled example plan reports the missing 五月份 at 六月份', () => {
    const text = readFileSync(join(__dirname, '../../examples/2024年度社区工作计划.txt'), 'utf8');
    const gap = lintText(text).problems.filter((p) => p.ruleId === 'month-gap');
    expect(gap.map((p) => [p.range.start.line + 1, p.message.zh])).toEqual([[25, '缺少五月：“四月份”与“六月份”之间没有安排']]);
  });
});
