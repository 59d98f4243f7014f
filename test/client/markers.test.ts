import { describe, expect, it } from 'vitest';
import { canonicalStyle, formatMarker, parseCn, parseLineMarker, styleOf, toCn } from '../../client/src/edit/markers.js';

describe('Chinese numerals', () => {
  it('round-trips 1…99', () => {
    for (let n = 1; n < 100; n++) expect(parseCn(toCn(n))).toBe(n);
  });
  it('writes the usual forms', () => {
    expect([1, 10, 11, 20, 23].map(toCn)).toEqual(['一', '十', '十一', '二十', '二十三']);
  });
  it('rejects malformed numerals', () => {
    expect(parseCn('十十')).toBeNaN();
    expect(parseCn('一二')).toBeNaN();
  });
});

describe('parseLineMarker', () => {
  const cases: [string, string, number, string][] = [
    ['一、指导思想', 'cn', 1, '指导思想'],
    ['（二）以“人口素质”为主题', 'cn-paren', 2, '以“人口素质”为主题'],
    ['（一）、提高认识', 'cn-paren', 1, '提高认识'],
    ['3、签定计划生育责任书。', 'arabic', 3, '签定计划生育责任书。'],
    ['1、 加强领导', 'arabic', 1, '加强领导'],
    ['- 1、坚持做好', 'arabic', 1, '坚持做好'],
    [' - 4、庆祝', 'arabic', 4, '庆祝'],
    ['(1)抓规范化管理', 'arabic-paren', 1, '抓规范化管理'],
    ['（12）抓孕检', 'arabic-paren', 12, '抓孕检'],
    ['2）第二项', 'arabic-paren', 2, '第二项'],
    ['⑴甲', 'arabic-paren', 1, '甲'],
    ['③丙', 'circled', 3, '丙'],
    ['１．全角', 'arabic', 1, '全角'],
    ['## 三、标题', 'cn', 3, '标题'],
    ['（三）', 'cn-paren', 3, ''],
  ];
  for (const [line, family, value, text] of cases) {
    it(`reads ${line}`, () => {
      const m = parseLineMarker(line);
      expect(m).not.toBeNull();
      expect([m!.family, m!.value, line.slice(m!.textStart)]).toEqual([family, value, text]);
    });
  }
  const notMarkers = ['5.29协会纪念日', '一是继续抓好', '11、12月', '三月份：', '计划生育工作制度篇一', '正文', '', '一年一次', '2023年计划'];
  for (const line of notMarkers) {
    it(`does not read ${line || '(empty)'} as a marker`, () => expect(parseLineMarker(line)).toBeNull());
  }
});

describe('formatMarker', () => {
  it('writes each family in its standard style', () => {
    expect(formatMarker(canonicalStyle('cn'), 12)).toBe('十二、');
    expect(formatMarker(canonicalStyle('cn-paren'), 3)).toBe('（三）');
    expect(formatMarker(canonicalStyle('arabic'), 4)).toBe('4.');
    expect(formatMarker(canonicalStyle('arabic-paren'), 5)).toBe('（5）');
    expect(formatMarker(canonicalStyle('circled'), 6)).toBe('⑥');
    expect(formatMarker(canonicalStyle('circled'), 21)).toBe('㉑');
  });
  it('keeps the style a line was written in', () => {
    for (const line of ['(1)x', '１．x', '3、x', '⑴x', '（一）、x', '⒈x']) {
      const m = parseLineMarker(line)!;
      expect(formatMarker(styleOf(m), m.value) + line.slice(m.textStart)).toBe(line);
    }
  });
});
