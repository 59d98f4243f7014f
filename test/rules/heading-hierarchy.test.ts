import { describe, expect, it } from 'vitest';
import { findings, fixture } from './harness.js';

const RULE = 'heading-hierarchy';
const INVERSION = '5:1 层级倒置：较高层级的“（一）”出现在较低层级的条目“1、”之中，其后“2、”又接着编号';

describe('heading-hierarchy', () => {
  it('reports an inversion (1、 … （一）（二） … 2、) in both profiles', () => {
    const text = fixture('heading-hierarchy.inversion.txt');
    expect(findings(text, RULE)).toEqual([INVERSION]);
    expect(findings(text, RULE, 'gbt9704')).toEqual(['4:1 越级：“一、”之下直接使用了“1、”，跳过了1个层级', INVERSION]);
  });

  it('accepts the full ladder 一、（一）1.（1）① and numbering continued from one section to the next', () => {
    const text = fixture('heading-hierarchy.valid.txt');
    expect(findings(text, RULE)).toEqual([]);
    expect(findings(text, RULE, 'gbt9704')).toEqual([]);
  });

  it('gbt9704 reports a skipped level and a first list below the top level; common accepts both', () => {
    const text = fixture('heading-hierarchy.skipped.txt');
    expect(findings(text, RULE)).toEqual([]);
    expect(findings(text, RULE, 'gbt9704')).toEqual([
      '3:1 全文第一个列表从较低层级的“（一）”开始，结构层次应从“一、”开始',
      '7:1 越级：“（二）”之下直接使用了“（1）”，跳过了1个层级',
    ]);
  });

  it('lists under 章 and 条 are not the document’s first list', () => {
    expect(findings(fixture('heading-hierarchy.articles.txt'), RULE, 'gbt9704')).toEqual([]);
  });

  it('a new list of the lower level after a higher-level list is no inversion when it starts at 1', () => {
    expect(findings('一、任务\n1、成立小组\n（一）组长\n（二）副组长\n1、明确职责\n', RULE)).toEqual([]);
  });

  it('the seed gives none under common', () => {
    expect(findings(fixture('../seed.txt'), RULE)).toEqual([]);
  });
});
