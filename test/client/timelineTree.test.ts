import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimelineTree } from '../../client/src/timelineTree.js';
import { parseDocument } from '../../server/src/core/linter.js';
import { timeline } from '../../server/src/core/analysis/timeline.js';

// The 月份安排 / Months view's rows, built from the core's real timeline of real documents.
const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');
const treeOf = (text: string, locale: 'zh' | 'en' = 'zh') => buildTimelineTree(timeline(parseDocument(text)), locale);

describe('Months view tree', () => {
  it('shows 篇八 with twelve covered months and its four quarters', () => {
    const roots = treeOf(seed);
    const pian8 = roots.find((n) => n.label.includes('篇八'))!;
    expect(pian8).toBeDefined();
    expect(pian8.children).toHaveLength(12);
    expect(pian8.children.every((m) => m.icon === 'pass')).toBe(true);
    const quarters = [...new Set(pian8.children.flatMap((m) => m.children.map((s) => s.label)))];
    expect(quarters).toEqual(['一月至三月份', '四至六月份', '七至九月', '十到十二月']);
    // a month row names its section and reveals it
    const jan = pian8.children[0]!;
    expect(jan.description).toBe('一月至三月份');
    expect(seed.split('\n')[jan.target!.line]).toContain('一月至三月份聘请');
  });

  it('shows 篇一\'s 三月份 section and the document scope first', () => {
    const roots = treeOf(seed);
    expect(roots[0]!.kind).toBe('scope');
    expect(roots[0]!.expanded).toBe(false);
    const pian1 = roots.find((n) => n.label.includes('篇一'))!;
    const march = pian1.children.find((m) => m.children.length > 0)!;
    expect(march.label).toMatch(/三月|3/);
    expect(march.description).toBe('三月份');
  });

  it('marks a missing month and an overlap', () => {
    const plan = ['2024年工作计划', '', '一月份：', '1、开会。', '', '二月份：', '1、总结。', '', '四月份：', '1、检查。', '', '四月份：', '1、复查。', ''].join('\n');
    const [doc] = treeOf(plan, 'en');
    const march = doc!.children.find((m) => m.label.includes('Mar'))!;
    expect(march.icon).toBe('warning');
    expect(march.description).toBe('missing');
    expect(doc!.description).toContain('missing');
    const april = doc!.children.find((m) => m.label.includes('Apr'))!;
    expect(april.children).toHaveLength(2);
    expect(april.icon).toBe('error');
    expect(doc!.description).toContain('overlap');
  });

  it('gives months with nothing planned one row between planned ones', () => {
    const [doc] = treeOf('2024年工作计划\n\n三月份：启动阶段\n1、动员。\n2、部署。\n');
    expect(doc!.children.map((m) => [m.label, m.description])).toEqual([
      ['一月至二月', '无安排'],
      ['三月', '三月份'],
      ['四月至十二月', '无安排'],
    ]);
    const [en] = treeOf('2024年工作计划\n\n三月份：启动阶段\n1、动员。\n2、部署。\n', 'en');
    expect(en!.children[2]!.label).toMatch(/^Apr.* – Dec/);
  });

  it('has no rows for a document without time sections', () => {
    expect(treeOf('一、甲\n二、乙\n三、丙\n')).toEqual([]);
    expect(buildTimelineTree(null, 'zh')).toEqual([]);
  });
});
