// Hostile documents the core must handle in linear time and bounded output (issue 15): a run of month ranges
// crossing the year (one month-gap per heading), thousands of disable/enable directives, and a document with
// more problems of one rule than anyone can read. Each case is sized so the old quadratic code ran far past
// the test timeout, while the linear code takes well under a second.
import { describe, expect, it } from 'vitest';
import { defaultConfig, fixText, lintText } from '../../server/src/core/linter.js';
import { DEFAULT_MAX_PROBLEMS_PER_RULE } from '../../server/src/core/problemCap.js';

describe('linear paths in the core', () => {
  it('month-gap: 80,000 headings 十一月至次年一月, each leaving a gap, are checked in one pass', { timeout: 10_000 }, () => {
    const lines: string[] = [];
    for (let i = 0; i < 80_000; i++) lines.push('11月至次年1月：', '1、开展工作。');
    const { problems } = lintText(lines.join('\n'), defaultConfig(), Infinity);
    const gaps = problems.filter((p) => p.ruleId === 'month-gap');
    expect(gaps).toHaveLength(79_999);
    // the neighbours found by binary search are the ones a scan finds: the heading before names the gap
    expect(gaps[0]!.range.start.line).toBe(2);
    expect(gaps[0]!.message.en).toContain('missing: nothing is planned between');
    expect(gaps[0]!.related?.[0]?.range.start.line).toBe(0);
  });

  it('suppression: 60,000 disable-line directives over 60,000 problems are matched by binary search', { timeout: 10_000 }, () => {
    const lines: string[] = [];
    // every other problem line is switched off, with a directive of its own
    for (let i = 0; i < 60_000; i++) lines.push(`第${i % 2 ? '二' : '三'}条 <!-- plandoc-disable-line article-sequence -->`, '2、甲', '<!-- plandoc-disable numbering-sequence -->', '2、乙', '<!-- plandoc-enable numbering-sequence -->');
    const { problems } = lintText(lines.join('\n'), defaultConfig(), Infinity);
    expect(problems.filter((p) => p.ruleId === 'article-sequence')).toEqual([]);
    // only the 2、甲 lines outside a disable block remain
    const numbering = problems.filter((p) => p.ruleId === 'numbering-sequence');
    expect(numbering.length).toBeGreaterThan(0);
    expect(numbering.every((p) => p.range.start.line % 5 === 1)).toBe(true);
  });

  it('a block disabled for every rule and one disabled for one rule both hold, and enable ends them', () => {
    const text = ['<!-- plandoc-disable -->', '2、甲', '<!-- plandoc-enable -->', '<!-- plandoc-disable numbering-sequence -->', '2、乙', '<!-- plandoc-enable numbering-sequence -->', '2、丙'].join('\n');
    const lines = lintText(text).problems.filter((p) => p.ruleId === 'numbering-sequence').map((p) => p.range.start.line);
    expect(lines).toEqual([6]);
  });
});

describe('problem cap', () => {
  const many = Array.from({ length: 5_000 }, (_, i) => `${(i % 3) + 1}月份：20xx年XX单位开展工作。`).join('\n');

  it(`lists at most ${DEFAULT_MAX_PROBLEMS_PER_RULE} problems per rule, then one "and N more" at the first one left out`, () => {
    const uncapped = lintText(many, defaultConfig(), Infinity).problems.filter((p) => p.ruleId === 'placeholder');
    expect(uncapped.length).toBeGreaterThan(DEFAULT_MAX_PROBLEMS_PER_RULE);
    const placeholder = lintText(many).problems.filter((p) => p.ruleId === 'placeholder');
    expect(placeholder).toHaveLength(DEFAULT_MAX_PROBLEMS_PER_RULE + 1);
    const more = placeholder.find((p) => p.message.en.includes('more problems of this rule'))!;
    expect(more.message.en).toContain(`${uncapped.length - DEFAULT_MAX_PROBLEMS_PER_RULE} more problems`);
    expect(more.message.zh).toContain(`另有${uncapped.length - DEFAULT_MAX_PROBLEMS_PER_RULE}处问题未逐一列出`);
    expect(more.range).toEqual(uncapped[DEFAULT_MAX_PROBLEMS_PER_RULE]!.range);
    expect(more.fix).toBeUndefined();
  });

  it('--fix still applies every fix past the cap; only the problems it returns are capped', () => {
    // 14 lists of 900 items written 1，: 12,600 marker-punctuation fixes under one rule, more than
    // fixText's 10 passes could apply 1,000 at a time
    const heads = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
    const list = Array.from({ length: 900 }, (_, i) => `${i + 1}，工作`);
    const want = list.map((l) => l.replace('，', '.'));
    const fixed = fixText(heads.flatMap((h) => [`${h}、标题`, ...list]).join('\n'), defaultConfig('gbt9704'));
    expect(fixed.output).toBe(heads.flatMap((h) => [`${h}、标题`, ...want]).join('\n'));
    expect(fixed.applied).toBe(12_600);
  });
});
