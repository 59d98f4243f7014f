import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/model/parse.js';
import { timeline, titleSpan, type TimelineScope } from '../../server/src/core/analysis/timeline.js';
import { lintTime, summary } from './harness.js';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/time', name), 'utf8').replace(/\s*\{[a-z-]+\}/g, '');
const seed = readFileSync(join(__dirname, '../fixtures/seed.txt'), 'utf8');

const counts = (s: TimelineScope) => s.months.map((m) => m.entries.length);
const labels = (s: TimelineScope) => s.months.map((m) => m.label.zh);

describe('timeline: the seed', () => {
  const model = parseDocument(seed);
  const t = timeline(model);
  const pian = (n: string) => t.scopes.find((s) => s.kind === 'pian' && s.title.startsWith(`篇${n}`))!;

  it('takes the year from the title and lists the document, then 篇一 and 篇八 (the 篇 with time sections)', () => {
    expect(t.year).toBe(2023);
    expect(t.scopes.map((s) => s.kind)).toEqual(['document', 'pian', 'pian']);
    expect(t.scopes[0]!.title).toBe('2023年计划生育工作制度(通用8篇)');
  });

  it('篇八 covers all twelve months once: no gap, no overlap', () => {
    const s = pian('八');
    expect(labels(s)).toEqual(['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']);
    expect(counts(s)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(s.missing).toEqual([]);
    expect(s.overlaps).toEqual([]);
    expect(s.schoolYear).toBe(false);
    expect(s.entries.map((e) => [e.line + 1, e.raw, e.from, e.to])).toEqual([
      [294, '一月至三月份', 1, 3],
      [296, '四至六月份', 4, 6],
      [298, '七至九月', 7, 9],
      [300, '十到十二月', 10, 12],
    ]);
  });

  it('篇一: 三月份： is a standalone time section covering March', () => {
    const s = pian('一');
    expect(s.entries).toHaveLength(1);
    expect(s.entries[0]).toMatchObject({ line: 46, raw: '三月份', standalone: true, from: 3, to: 3, kind: 'month' });
    expect(counts(s)).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.missing).toEqual([]);
  });

  it('the document scope: March is planned by two different 篇, which is not an overlap', () => {
    const doc = t.scopes[0]!;
    expect(counts(doc)).toEqual([1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(doc.overlaps).toEqual([]);
  });

  it('the time rules find only month-style in the seed: 一月至三月份, 七至九月, 十到十二月', () => {
    expect(summary(lintTime(seed))).toEqual(['294:month-style', '298:month-style', '300:month-style']);
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});

describe('timeline: spans, gaps and overlaps', () => {
  it('a plan missing 五月份 shows May as missing', () => {
    const doc = timeline(parseDocument(fixture('month-gap.txt'))).scopes[0]!;
    expect(doc.missing).toEqual([5]);
    expect(doc.months.filter((m) => m.missing).map((m) => m.label)).toEqual([{ zh: '五月', en: 'May' }]);
  });

  it('overlapping months are marked in the scope where they occur', () => {
    const doc = timeline(parseDocument(fixture('month-overlap.txt'))).scopes[0]!;
    expect(doc.overlaps).toEqual([2, 3]);
    expect(doc.months.filter((m) => m.overlap).map((m) => m.month)).toEqual([2, 3]);
  });

  it('a school year runs 九月 … 次年七月', () => {
    const doc = timeline(parseDocument(fixture('school-year.txt'))).scopes[0]!;
    expect(doc.schoolYear).toBe(true);
    expect(doc.months.map((m) => m.index)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(labels(doc)).toEqual(['九月', '十月', '十一月', '十二月', '次年一月', '次年二月', '次年三月', '次年四月', '次年五月', '次年六月', '次年七月']);
    expect(doc.months[4]!.label.en).toBe('Jan (next yr)');
    expect(counts(doc)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(doc.missing).toEqual([]);
  });

  it('an explicit span sets the columns', () => {
    const doc = timeline(parseDocument(fixture('month-gap.txt')), { span: { from: 3, to: 8 } }).scopes[0]!;
    expect(doc.months.map((m) => m.month)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(doc.missing).toEqual([5]);
  });

  it('nested sections: quarters over months, and 旬 take their month from the section above', () => {
    const doc = timeline(parseDocument(fixture('nested.txt'))).scopes[0]!;
    expect(doc.overlaps).toEqual([]);
    expect(doc.missing).toEqual([]);
    const xun = doc.entries.filter((e) => e.kind === 'xun');
    expect(xun.map((e) => [e.raw, e.from, e.to, e.monthGranular])).toEqual([
      ['上旬', 3, 3, false],
      ['中旬', 3, 3, false],
      ['下旬', 3, 3, false],
    ]);
    // quarters and months are different sequences (levels)
    const q1 = doc.entries.find((e) => e.raw === '第一季度')!;
    const jan = doc.entries.find((e) => e.raw === '一月份')!;
    expect(q1.sequence).not.toBe(jan.sequence);
  });

  it('weeks take their months from their dates', () => {
    const doc = timeline(parseDocument(fixture('week-sequence.txt'))).scopes[0]!;
    const w5 = doc.entries.find((e) => e.raw.startsWith('第5周'))!;
    expect([w5.kind, w5.from, w5.to, w5.monthGranular]).toEqual(['week', 9, 10, false]);
    // a calendar of dated weeks has no month-level gaps
    expect(doc.missing).toEqual([]);
  });

  it('a scope per 章, each with its own coverage', () => {
    const text = [
      '2024年工作方案',
      '第一章 上半年',
      '1、一月份召开会议。',
      '2、二至六月份开展培训。',
      '第二章 下半年',
      '1、七至九月份开展检查。',
      '2、十二月份总结。',
    ].join('\n');
    const t = timeline(parseDocument(text));
    expect(t.scopes.map((s) => [s.kind, s.title, s.missing])).toEqual([
      ['document', '2024年工作方案', [10, 11]],
      ['zhang', '第一章 上半年', []],
      ['zhang', '第二章 下半年', [10, 11]],
    ]);
  });

  it('a document without time sections has an empty document scope', () => {
    const t = timeline(parseDocument('一、总则\n二、附则\n'));
    expect(t.scopes).toHaveLength(1);
    expect(t.scopes[0]!.entries).toEqual([]);
    expect(counts(t.scopes[0]!)).toEqual(new Array(12).fill(0));
  });
});

describe('timeline: the span a title names', () => {
  it.each([
    ['2024—2025学年第一学期学校行事历', { from: 9, to: 13 }],
    ['# 2024年春季学期教学计划', { from: 2, to: 7 }],
    ['2024年下半年工作计划', { from: 7, to: 12 }],
    ['2024年第三季度工作安排', { from: 7, to: 9 }],
    ['2024年3月至8月专项整治方案', { from: 3, to: 8 }],
    ['九月至次年一月工作安排', { from: 9, to: 13 }],
    ['2024—2025学年德育工作计划', { from: 9, to: 19 }],
    ['2023年计划生育工作制度(通用8篇)', undefined],
    ['2023年12月工作总结', undefined],
  ])('%s', (title, span) => {
    expect(titleSpan(parseDocument(title + '\n\n正文。'))).toEqual(span);
  });

  it('a first-term calendar shows 九月 … 次年一月, and November is missing', () => {
    const text = ['2024—2025学年第一学期学校行事历', '九月份：', '1、a', '十月份：', '1、b', '十二月份：', '1、c', '次年一月份：', '1、d'].join('\n');
    const doc = timeline(parseDocument(text)).scopes[0]!;
    expect(doc.schoolYear).toBe(true);
    expect(labels(doc)).toEqual(['九月', '十月', '十一月', '十二月', '次年一月']);
    expect(doc.missing).toEqual([11]);
  });

  it('sections outside the span the title names widen the columns', () => {
    const text = ['2024年下半年工作计划', '六月份：', '1、a', '七月份：', '1、b'].join('\n');
    expect(timeline(parseDocument(text)).scopes[0]!.months.map((m) => m.month)).toEqual([6, 7, 8, 9, 10, 11, 12]);
  });

  it('a title naming a time is not a section; a first line 一月份工作安排： is', () => {
    const titled = timeline(parseDocument(['# 三月份工作计划', '1、上旬：学习。', '2、下旬：总结。'].join('\n'))).scopes[0]!;
    expect(titled.entries.map((e) => e.raw)).toEqual(['上旬', '下旬']);
    const untitled = timeline(parseDocument(['一月份工作安排：', '1、a', '二月份工作安排：', '1、b'].join('\n'))).scopes[0]!;
    expect(untitled.entries.map((e) => e.raw)).toEqual(['一月份', '二月份']);
  });
});

describe('labelled month lines (一月份：走访…)', () => {
  const text = readFileSync(join(__dirname, '../fixtures/time/month-gap-labelled.txt'), 'utf8').replace(/\s*\{[a-z-]+\}/g, '');
  const model = parseDocument(text);

  it('are time sections, leaves under 二、月份安排, with 三、 after them', () => {
    const second = model.root.children.find((n) => n.title.startsWith('二、'))!;
    expect(second.children.map((n) => [n.kind, n.time?.expr.raw])).toEqual(
      ['一月份', '二月份', '三月份', '四月份', '六月份', '七月份', '八月份', '九月份', '十月份', '十一月份', '十二月份'].map((m) => ['time', m]),
    );
    expect(second.children[0]!.title).toBe('一月份：走访慰问困难家庭。');
    expect(second.children.every((n) => n.children.length === 0 && n.time?.standalone === false)).toBe(true);
    expect(model.root.children.map((n) => n.title.slice(0, 2))).toEqual(['一、', '二、', '三、']);
  });

  it('show May missing', () => {
    expect(timeline(model).scopes[0]!.missing).toEqual([5]);
  });
});

describe('no false sections', () => {
  it('running text, a Markdown table, a tab-separated table and a range wrapped across lines give no time section', () => {
    const model = parseDocument(readFileSync(join(__dirname, '../fixtures/time/no-false-sections.txt'), 'utf8'));
    expect(model.timeSections.map((s) => `${s.line + 1}:${s.expr.raw}`)).toEqual([]);
  });

  it('the wrapped range is the only thing that hides 三月份：', () => {
    const model = parseDocument(['一月至', '三月份：', '1、a', '四月份：', '1、b'].join('\n'));
    expect(model.timeSections.map((s) => s.expr.raw)).toEqual(['四月份']);
    expect(parseDocument(['一月', '三月份：'].join('\n')).timeSections.map((s) => s.expr.raw)).toEqual(['一月', '三月份']);
  });
});

describe('、 ranges at the start of a line', () => {
  const sections = (text: string) => parseDocument(text).timeSections.map((s) => [s.expr.raw, !!s.marker]);

  it('十一、十二月份： is November–December, not item 十一', () => {
    expect(sections('九至十月份：\n1、a\n十一、十二月份：\n1、b')).toEqual([['九至十月份', false], ['十一、十二月份', false]]);
    expect(sections('1、一至十月份a。\n11、12月份：\n1、b')).toEqual([['一至十月份', true], ['11、12月份', false]]);
  });

  it('but an item that continues its list stays an item', () => {
    expect(sections('一、总体要求\n二、三月份工作安排\n三、保障措施')).toEqual([['三月份', true]]);
    expect(parseDocument('一、总体要求\n二、三月份工作安排\n三、保障措施').markers.map((m) => m.value)).toEqual([1, 2, 3]);
  });
});
