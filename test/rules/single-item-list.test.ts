import { describe, expect, it } from 'vitest';
import { findings, fixture, lint } from './harness.js';

const RULE = 'single-item-list';

describe('single-item-list', () => {
  const text = fixture('single-item-list.txt');

  it('reports a sub-list with one item, as info', () => {
    expect(findings(text, RULE)).toEqual([
      '4:1 “一、”之下只有一个子项“（一）”，应补上其余各项，或去掉这一层编号',
      '8:1 “（二）”之下只有一个子项“1.”，应补上其余各项，或去掉这一层编号',
    ]);
    expect(lint(text).filter((p) => p.ruleId === RULE).map((p) => p.severity)).toEqual(['info', 'info']);
  });

  it('leaves alone lists continued under the next section (3. under （二）) and lists split by a restart', () => {
    const lines = findings(text, RULE).map((f) => Number(f.split(':')[0]));
    expect(lines.filter((l) => l >= 12)).toEqual([]);
  });

  it('leaves alone a sub-list whose parent runs to the end of the text (an excerpt, or the section being written)', () => {
    expect(findings('工作计划\n一、工作目标\n（一）提高服务水平。\n二、主要任务\n（一）加强领导，落实', RULE)).toEqual([
      '3:1 “一、”之下只有一个子项“（一）”，应补上其余各项，或去掉这一层编号',
    ]);
  });

  it('a single top-level item is no sub-list', () => {
    expect(findings('工作计划\n\n一、总体要求\n全面落实。\n', RULE)).toEqual([]);
  });

  it('the same text in both profiles', () => {
    expect(findings(text, RULE, 'gbt9704')).toEqual(findings(text, RULE));
  });
});
