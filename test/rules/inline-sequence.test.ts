import { describe, expect, it } from 'vitest';
import { findings, fixture } from './harness.js';

const RULE = 'inline-sequence';

describe('inline-sequence', () => {
  const text = fixture('inline-sequence.txt');

  it('reports gaps and duplicates within a paragraph and across consecutive paragraphs, and 其次 without 首先', () => {
    expect(findings(text, RULE)).toEqual([
      '3:26 序数不连续：“二是”之后是“四是”，中间缺少1项',
      '9:1 重复的序数“二是”',
      '11:23 重复的序数“第二”',
      '13:1 “其次”之前没有“首先”',
    ]);
  });

  it('a marker line between, or more than two lines without an ordinal, starts a new run', () => {
    // 三是 on line 21 follows 二、 and 三是 on line 29 follows three plain lines: neither is a gap
    const lines = findings(text, RULE).map((f) => Number(f.split(':')[0]));
    expect(lines.filter((l) => l > 13)).toEqual([]);
  });

  it('the seed’s runs (一是…五是 across paragraphs, nested 一是 inside 四是) are clean', () => {
    expect(findings(fixture('../seed.txt'), RULE)).toEqual([]);
  });

  it('reports an ordinal out of order', () => {
    expect(findings('一是加强领导；三是强化考核；二是落实责任。\n', RULE)).toEqual([
      '1:8 序数不连续：“一是”之后是“三是”，中间缺少1项',
      '1:15 序数倒序：“二是”排在“三是”之后',
    ]);
  });

  it('a second 一是 right after the first on one line is a duplicate; on the next paragraph it starts a new run', () => {
    expect(findings('一是加强领导；一是落实责任。\n', RULE)).toEqual(['1:8 重复的序数“一是”']);
    expect(findings('一是加强领导。\n一是落实责任；二是强化考核。\n', RULE)).toEqual([]);
  });

  it('再次 and 最后 are ordinary words and never reported', () => {
    expect(findings('首先是学习。再次强调纪律。最后一名要补考。\n', RULE)).toEqual([]);
  });
});
