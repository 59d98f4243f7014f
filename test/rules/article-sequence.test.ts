import { describe, expect, it } from 'vitest';
import { findings, fixture, lint } from './harness.js';

const RULE = 'article-sequence';

describe('article-sequence', () => {
  it('accepts a table of contents, 节 restarting in each 章, 条 running on across chapters, two 条 on one line and references in the text', () => {
    const text = fixture('article-sequence.valid.md');
    expect(findings(text, RULE)).toEqual([]);
    expect(findings(text, RULE, 'gbt9704')).toEqual([]);
  });

  it('reports duplicates, gaps, reversals, a restart of 第一条 and attachment gaps, once per slip', () => {
    const text = fixture('article-sequence.invalid.md');
    expect(findings(text, RULE)).toEqual([
      '9:1 编号“第二条”重复',
      '15:1 编号不连续：“第四条”之后是“第六条”，缺少“第五条”',
      '17:1 编号倒序：“第五条”排在“第六条”之后',
      '19:4 编号不连续：“第二章”之后是“第四章”，缺少“第三章”',
      '23:1 编号重新开始：“第一条”排在“第七条”之后',
      '27:1 编号不连续：“附件1”之后是“附件3”，缺少“附件2”',
    ]);
  });

  it('is an error with related information and no fix (renumbering would break cross references)', () => {
    const problems = lint(fixture('article-sequence.invalid.md')).filter((p) => p.ruleId === RULE);
    expect(problems.every((p) => p.severity === 'error' && !p.fix && p.related?.length === 1)).toBe(true);
    expect(problems[0]!.related![0]!.range.start.line + 1).toBe(7);
  });

  it('numbers 篇 in both forms across the document, 章 within each 篇, 条 afresh in each 篇', () => {
    expect(findings(fixture('article-sequence.pian.txt'), RULE)).toEqual([
      '9:1 编号不连续：“第一章”之后是“第三章”，缺少“第二章”',
      '13:7 编号不连续：“篇一”之后是“篇三”，缺少“篇二”',
      '17:1 编号倒序：“第二篇”排在“篇三”之后',
      '19:1 编号不连续：“篇三”之后是“第五篇”，缺少“第四篇”',
    ]);
  });

  it('reports a wrong start', () => {
    expect(findings('第三条 为了规范管理，制定本办法。\n第四条 本办法适用于全体职工。\n', RULE)).toEqual(['1:1 条的编号应从“第一条”开始，此处是“第三条”']);
  });

  it('accepts 条 numbered afresh in each chapter and an embedded text under a heading of its own', () => {
    const perChapter = '第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 附则\n第一条 丙。\n第二条 丁。\n';
    expect(findings(perChapter, RULE)).toEqual([]);
    const embedded = '第一条 甲。\n第二条 乙。\n\n## 附：实施细则\n\n第一条 丙。\n第二条 丁。\n';
    expect(findings(embedded, RULE)).toEqual([]);
  });

  it('digits are numbers too: 第1条, 第3条', () => {
    expect(findings('第1条 甲。\n第3条 乙。\n', RULE)).toEqual(['2:1 编号不连续：“第1条”之后是“第3条”，缺少“第2条”']);
  });

  it('reports chapters numbered in both Arabic digits and Chinese numerals once, at the first that differs', () => {
    const text = '学生管理规定\n第1章 概述\n第1条 为规范管理，制定本规定。\n第2条 本规定适用于全体学生。\n第二章 学生的权利和义务\n第3条 学生享有下列权利。\n第三章 附则\n';
    expect(findings(text, RULE)).toEqual(['5:1 章的序号写法不一致：“第1章”用阿拉伯数字，“第二章”用汉字数字']);
    expect(findings('规定\n第1章 总则\n第1条 甲。\n第2章 附则\n第2条 乙。\n', RULE)).toEqual([]);
  });
});
