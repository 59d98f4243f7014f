import { describe, expect, it } from 'vitest';
import { findings, fix, fixture, lint } from './harness.js';

const RULE = 'marker-consistency';

describe('marker-consistency', () => {
  const text = fixture('marker-consistency.txt');

  it('reports the markers not in the prevailing style of their family', () => {
    expect(findings(text, RULE)).toEqual([
      '6:1 序号“3、”与同级序号的主要写法“1.”不一致（见第4行）',
      '9:1 序号“3）”与同级序号的主要写法“（1）”不一致（见第7行）',
    ]);
  });

  it('fixes the separator and the missing opening bracket; the re-lint is clean', () => {
    const out = fix(text);
    expect(out).toBe(fixture('marker-consistency.fixed.txt'));
    expect(findings(out, RULE)).toEqual([]);
  });

  it('reports against the majority even when it is the half bracket, but only suggests turning the standard （3） into 3）; a glyph cannot be changed', () => {
    const close = fixture('marker-consistency.close.txt');
    const problems = lint(close).filter((p) => p.ruleId === RULE);
    const kind = (p: (typeof problems)[number]) => (p.fix ? 'fix' : p.suggestions?.length ? 'suggestion' : 'no fix');
    expect(problems.map((p) => `${p.range.start.line + 1} ${kind(p)}`)).toEqual(['5 suggestion', '7 no fix', '8 no fix']);
    expect(problems[0]!.suggestions![0]!.title.zh).toBe('改为“3）”，与同级多数序号一致，但“（3）”是标准写法');
    expect(fix(close).split('\n')[4]).toBe('（3）落实经费');
  });

  it('fixes toward the standard: 1、 among 1. becomes 1.; 1. among 1、 is only a suggestion', () => {
    expect(fix('一、任务\n1、加强领导\n2.落实责任\n3.强化考核\n')).toBe('一、任务\n1.加强领导\n2.落实责任\n3.强化考核\n');
    const text = '一、任务\n1.加强领导\n2、落实责任\n3、强化考核\n';
    expect(fix(text)).toBe(text);
    const p = lint(text).find((x) => x.ruleId === RULE)!;
    expect([p.range.start.line + 1, p.fix, p.suggestions?.[0]?.edits[0]?.newText]).toEqual([2, undefined, '、']);
  });

  it('lets each 篇 of a compilation keep its own style', () => {
    expect(findings(fixture('marker-consistency.compilation.txt'), RULE)).toEqual([]);
  });

  it('fixes 3)、 together with marker-punctuation: the bracket is added and the 、 removed', () => {
    const text = '一、任务\n（1）加强领导\n（2）落实责任\n3)、强化考核\n';
    const p = lint(text).find((x) => x.ruleId === RULE)!;
    expect(p.range.start.line + 1).toBe(4);
    expect(fix(text)).toBe('一、任务\n（1）加强领导\n（2）落实责任\n（3）强化考核\n');
  });

  it('lets an attachment keep its own style', () => {
    expect(findings('一、任务\n1、加强领导\n2、落实责任\n\n附件1\n\n1.申请表\n2.登记表\n', RULE)).toEqual([]);
  });

  it('on a tie keeps the style seen first', () => {
    expect(findings('一、任务\n1、加强领导\n2.落实责任\n', RULE)).toEqual(['3:1 序号“2.”与同级序号的主要写法“1、”不一致（见第2行）']);
  });

  it('leaves width to marker-width: (1) and （1） are one style', () => {
    expect(findings('一、任务\n（1）加强领导\n(2)落实责任\n（3）强化考核\n', RULE)).toEqual([]);
  });

  it('gbt9704 leaves 1、 and 1） to marker-punctuation, and the two fixes agree', () => {
    expect(findings(text, RULE, 'gbt9704')).toEqual([]);
    const punctuation = lint(text, 'gbt9704').filter((p) => p.ruleId === 'marker-punctuation').map((p) => p.range.start.line + 1);
    expect(punctuation).toEqual([6, 9]);
    expect(fix(text, 'gbt9704')).toBe(fixture('marker-consistency.fixed.txt'));
  });
});
