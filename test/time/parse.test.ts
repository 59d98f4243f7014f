import { describe, expect, it } from 'vitest';
import { endsWithTimeFragment, matchTimeHeading } from '../../server/src/core/syntax/time/parse.js';
import type { TimeExpression } from '../../server/src/core/syntax/time/types.js';

function read(text: string, from = 0) {
  return matchTimeHeading(text, from);
}

function expr(text: string, from = 0): TimeExpression {
  const r = read(text, from);
  if (!r) throw new Error(`no time heading in ${text}`);
  return r.expr;
}

describe('matchTimeHeading: months', () => {
  it.each([
    ['一月', 1, 'cn', false],
    ['三月份', 3, 'cn', true],
    ['十月', 10, 'cn', false],
    ['十一月份', 11, 'cn', true],
    ['十二月', 12, 'cn', false],
    ['1月', 1, 'arabic', false],
    ['12月份', 12, 'arabic', true],
    ['１月', 1, 'fullwidth', false],
    ['１２月份', 12, 'fullwidth', true],
    ['元月', 1, 'yuan', false],
    ['元月份', 1, 'yuan', true],
  ] as const)('%s → month %i (%s, 份=%s)', (text, month, numerals, fen) => {
    const e = expr(text);
    expect(e.kind).toBe('month');
    expect([e.fromMonth, e.toMonth]).toEqual([month, month]);
    expect(e.style.numerals).toBe(numerals);
    expect(e.style.fen).toBe(fen);
    expect(e.invalid).toBeUndefined();
    expect([e.start, e.end, e.raw]).toEqual([0, text.length, text]);
  });

  it('次年一月 is January of the next year', () => {
    const e = expr('次年一月');
    expect(e).toMatchObject({ kind: 'month', fromMonth: 1, nextYear: true, raw: '次年一月' });
  });

  it('reads a year written before the month', () => {
    expect(expr('2023年3月：')).toMatchObject({ kind: 'month', fromMonth: 3, year: 2023, raw: '2023年3月' });
    expect(expr('20xx年3月份')).toMatchObject({ kind: 'month', fromMonth: 3, raw: '20xx年3月份' });
  });
});

describe('matchTimeHeading: month ranges', () => {
  it.each([
    ['一月至三月份', 1, 3, '至', true, true],
    ['一月份至三月份', 1, 3, '至', true, true],
    ['四至六月份', 4, 6, '至', false, true],
    ['七至九月', 7, 9, '至', false, false],
    ['七—九月', 7, 9, '—', false, false],
    ['七——九月', 7, 9, '——', false, false],
    ['7-9月', 7, 9, '-', false, false],
    ['7 - 9月', 7, 9, '-', false, false],
    ['10～12月', 10, 12, '～', false, false],
    ['10~12月', 10, 12, '~', false, false],
    ['十到十二月', 10, 12, '到', false, false],
    ['11、12月', 11, 12, '、', false, false],
    ['元月至三月', 1, 3, '至', true, false],
  ] as const)('%s → %i–%i via %s', (text, from, to, connector, repeatMonth, fen) => {
    const e = expr(text);
    expect(e.kind).toBe('month-range');
    expect([e.fromMonth, e.toMonth]).toEqual([from, to]);
    expect(e.style.connector).toBe(connector);
    expect(e.style.repeatMonth).toBe(repeatMonth);
    expect(e.style.fen).toBe(fen);
    expect(e.invalid).toBeUndefined();
    expect(e.raw).toBe(text);
  });

  it('a short range over New Year runs into the next year', () => {
    expect(expr('十二月至一月')).toMatchObject({ fromMonth: 12, toMonth: 1, toNextYear: true });
    expect(expr('十二月至一月').invalid).toBeUndefined();
    expect(expr('12月29日-1月2日')).toMatchObject({ kind: 'date-range', toNextYear: true });
    expect(expr('第18周（12月29日-1月2日）')).toMatchObject({ fromMonth: 12, toMonth: 1, toNextYear: true });
    expect(expr('第18周（12月29日-1月2日）').invalid).toBeUndefined();
  });

  it('a range into the next year (九月至次年一月) is in order, not reversed', () => {
    const e = expr('九月至次年一月');
    expect(e).toMatchObject({ kind: 'month-range', fromMonth: 9, toMonth: 1, toNextYear: true });
    expect(e.invalid).toBeUndefined();
  });
});

describe('matchTimeHeading: quarters, halves, year, terms', () => {
  it.each([
    ['第一季度', 1, 1, 3, 'di'],
    ['第四季度', 4, 10, 12, 'di'],
    ['一季度', 1, 1, 3, 'bare'],
    ['三季度', 3, 7, 9, 'bare'],
    ['Q1', 1, 1, 3, 'q'],
    ['Q4', 4, 10, 12, 'q'],
  ] as const)('%s → quarter %i (months %i–%i)', (text, q, from, to, form) => {
    const e = expr(text);
    expect(e).toMatchObject({ kind: 'quarter', ordinal: q, fromMonth: from, toMonth: to });
    expect(e.style.ordinalForm).toBe(form);
    expect(e.invalid).toBeUndefined();
  });

  it('quarter ranges cover both quarters', () => {
    expect(expr('第一、二季度')).toMatchObject({ kind: 'quarter', ordinal: 1, toOrdinal: 2, fromMonth: 1, toMonth: 6 });
    expect(expr('三至四季度')).toMatchObject({ kind: 'quarter', ordinal: 3, toOrdinal: 4, fromMonth: 7, toMonth: 12 });
  });

  it('Q followed by more letters or digits is not a quarter', () => {
    expect(read('Q1A产品线')).toBeNull();
    expect(read('Q12')).toBeNull();
    expect(read('Q1字签证，发给因家庭团聚申请入境居留的')).toBeNull();
    expect(read('Q1：完成立项。')?.labelled).toBe(true);
  });

  it('halves, whole year, holidays and terms', () => {
    expect(expr('上半年')).toMatchObject({ kind: 'half', ordinal: 1, fromMonth: 1, toMonth: 6 });
    expect(expr('下半年')).toMatchObject({ kind: 'half', ordinal: 2, fromMonth: 7, toMonth: 12 });
    expect(expr('全年')).toMatchObject({ kind: 'year', fromMonth: 1, toMonth: 12 });
    expect(expr('寒假')).toMatchObject({ kind: 'term', fromMonth: 1, toMonth: 2 });
    expect(expr('暑假')).toMatchObject({ kind: 'term', fromMonth: 7, toMonth: 8 });
    expect(expr('第一学期')).toMatchObject({ kind: 'term', ordinal: 1, fromMonth: 9, toMonth: 1, toNextYear: true });
    expect(expr('第二学期')).toMatchObject({ kind: 'term', ordinal: 2, fromMonth: 2, toMonth: 7 });
    expect(expr('第一学期').invalid).toBeUndefined();
    expect(expr('秋季学期')).toMatchObject({ kind: 'term', ordinal: 1, fromMonth: 9, toMonth: 1, toNextYear: true });
    expect(expr('春季学期')).toMatchObject({ kind: 'term', ordinal: 2, fromMonth: 2, toMonth: 7 });
    expect(read('春季学期：')?.standalone).toBe(true);
    expect(expr('第二學期')).toMatchObject({ kind: 'term', ordinal: 2 });
    expect(expr('上學期')).toMatchObject({ kind: 'term', ordinal: 1, toNextYear: true });
  });
});

describe('matchTimeHeading: weeks', () => {
  it.each([
    ['第5周', 'week', 5, undefined, '-'],
    ['第十二周', 'week', 12, undefined, undefined],
    ['第1-2周', 'week-range', 1, 2, '-'],
    ['第一至二周', 'week-range', 1, 2, '至'],
    ['第1周至第3周', 'week-range', 1, 3, '至'],
    ['第3～4周', 'week-range', 3, 4, '～'],
  ] as const)('%s', (text, kind, ordinal, toOrdinal, connector) => {
    const e = expr(text);
    expect(e.kind).toBe(kind);
    expect(e.ordinal).toBe(ordinal);
    expect(e.toOrdinal).toBe(toOrdinal);
    if (toOrdinal !== undefined) expect(e.style.connector).toBe(connector);
    expect(e.raw).toBe(text);
  });

  it('takes the dates of a week from its parenthesis', () => {
    const r = read('第3周（9月15日-9月19日）')!;
    expect(r.standalone).toBe(true);
    expect(r.expr).toMatchObject({ kind: 'week', ordinal: 3, fromMonth: 9, toMonth: 9, fromDay: 15, toDay: 19 });
    expect(r.expr.raw).toBe('第3周（9月15日-9月19日）');
  });

  it('a mark a calendar puts after a week (第16周●, a holiday week) leaves it a heading', () => {
    expect(read('第16周●')).toMatchObject({ standalone: true, expr: { kind: 'week', ordinal: 16, raw: '第16周' } });
    expect(read('第3周 ★')?.standalone).toBe(true);
    expect(read('第3周●开学')?.standalone).toBe(false);
  });

  it('the dates of a week row after a space, in figures, and 週 as Taiwanese calendars write it', () => {
    expect(read('第1週 02-11 ~ 02-17')).toMatchObject({ standalone: true, expr: { kind: 'week', ordinal: 1, fromMonth: 2, fromDay: 11, toMonth: 2, toDay: 17 } });
    expect(read('第3周 9月16日-9月22日')).toMatchObject({ standalone: true, expr: { ordinal: 3, fromMonth: 9, fromDay: 16, toDay: 22 } });
    expect(read('第2周 9.9-9.13：')).toMatchObject({ standalone: true, expr: { ordinal: 2, fromMonth: 9, fromDay: 9, toDay: 13 } });
    expect(read('第4周 （9/23—9/29）')).toMatchObject({ standalone: true, expr: { ordinal: 4, fromMonth: 9, fromDay: 23, toDay: 29 } });
    expect(read('第18週 12-29 ~ 01-04')!.expr).toMatchObject({ fromMonth: 12, toMonth: 1, fromDay: 29, toDay: 4, toNextYear: true });
    expect(read('第1-2週')!.expr).toMatchObject({ kind: 'week-range', ordinal: 1, toOrdinal: 2 });
    // figures that are no dates stay out of the week
    expect(read('第5周 10.5-12.5万元')!.expr).toMatchObject({ raw: '第5周' });
    expect(read('第5周 13.1-13.7')!.expr.fromMonth).toBeUndefined();
  });

  it('a week running into the next month', () => {
    expect(expr('第5周(9月29日-10月3日)')).toMatchObject({ fromMonth: 9, toMonth: 10, fromDay: 29, toDay: 3 });
  });
});

describe('matchTimeHeading: dates and 旬', () => {
  it('single dates', () => {
    expect(expr('3月8日')).toMatchObject({ kind: 'date', fromMonth: 3, fromDay: 8, toDay: 8 });
    expect(expr('三月八日')).toMatchObject({ kind: 'date', fromMonth: 3, fromDay: 8 });
    expect(expr('3月8号')).toMatchObject({ kind: 'date', fromMonth: 3, fromDay: 8 });
    expect(expr('2月29日').invalid).toBeUndefined();
  });

  it.each([
    ['2月28日--3月6日', 2, 28, 3, 6, '--'],
    ['2月28日-3月6日', 2, 28, 3, 6, '-'],
    ['3月8日至3月12日', 3, 8, 3, 12, '至'],
    ['3月8日—12日', 3, 8, 3, 12, '—'],
    ['3月8-12日', 3, 8, 3, 12, '-'],
  ] as const)('%s', (text, fm, fd, tm, td, connector) => {
    const e = expr(text);
    expect(e).toMatchObject({ kind: 'date-range', fromMonth: fm, fromDay: fd, toMonth: tm, toDay: td, raw: text });
    expect(e.style.connector).toBe(connector);
    expect(e.invalid).toBeUndefined();
  });

  it('旬 with and without a month', () => {
    expect(expr('三月上旬')).toMatchObject({ kind: 'xun', fromMonth: 3, ordinal: 1 });
    expect(expr('3月份下旬')).toMatchObject({ kind: 'xun', fromMonth: 3, ordinal: 3 });
    expect(expr('中旬')).toMatchObject({ kind: 'xun', ordinal: 2 });
    expect(expr('中旬').fromMonth).toBeUndefined();
  });
});

describe('matchTimeHeading: invalid expressions are read and flagged', () => {
  it.each([
    ['十三月', 'month-out-of-range'],
    ['13月份', 'month-out-of-range'],
    ['0月', 'month-out-of-range'],
    ['六至四月', 'reversed-range'],
    ['三至一月', 'reversed-range'],
    ['十二月至六月', 'reversed-range'],
    ['2月30日', 'day-out-of-range'],
    ['4月31日', 'day-out-of-range'],
    ['3月0日', 'day-out-of-range'],
    ['3月12日-3月8日', 'reversed-range'],
    ['第五季度', 'quarter-out-of-range'],
    ['Q0', 'quarter-out-of-range'],
    ['第0周', 'week-out-of-range'],
    ['第3-1周', 'reversed-range'],
  ] as const)('%s → %s', (text, reason) => {
    expect(expr(text).invalid).toBe(reason);
  });
});

describe('matchTimeHeading: standalone headings vs items', () => {
  it.each([
    ['三月份：'],
    ['三月份:'],
    ['三月份'],
    ['三月份。'],
    ['一月份工作安排：'],
    ['九月份工作计划'],
    ['第一季度'],
    ['第一季度重点工作：'],
    ['上半年工作总结'],
    ['三月份（春季）：'],
    ['**三月份**'],
    ['【三月份】'],
    ['三月份：   '],
  ])('%s is a bare heading', (text) => {
    expect(read(text)?.standalone).toBe(true);
  });

  it.each([
    ['一月至三月份聘请福大教授为育龄妇女授课妇女保健讲座。', '一月至三月份'],
    ['四至六月份开展母亲节系列活动，并利用5.29协会纪念日在永辉超市人口密集处做好宣传工作。', '四至六月份'],
    ['七至九月社区妇女文艺队伍作用，结合7.11世界人口日', '七至九月'],
    ['十到十二月召开协会理事会理事会议与会员代表大会。', '十到十二月'],
    ['三月份：签定计划生育责任书。', '三月份'],
    ['第一季度，完成全员培训。', '第一季度'],
    ['全年：开展四次随访', '全年'],
  ])('%s begins an item', (text, raw) => {
    const r = read(text);
    expect(r?.expr.raw).toBe(raw);
    expect(r?.standalone).toBe(false);
  });

  it('reads at `from` and reports columns of the whole line', () => {
    const line = '1、一月至三月份聘请福大教授';
    const r = read(line, 2)!;
    expect(r.expr).toMatchObject({ start: 2, end: 8, raw: '一月至三月份' });
    expect(line.slice(r.expr.start, r.expr.end)).toBe('一月至三月份');
    const spaced = '5、 三月份：';
    expect(read(spaced, 2)!.expr.start).toBe(3);
  });
});

describe('matchTimeHeading: time words inside sentences are not headings', () => {
  it.each([
    '利用5.29协会纪念日在永辉超市',
    '每月',
    '每月组织一次',
    '3月份以前完成',
    '3月份前完成',
    '三月底前完成',
    '7.11世界人口日',
    '11世界人口日',
    '9月1日后生育二孩',
    '20xx年9月1日后生育二孩的育龄夫妇',
    '20xx年，我们要进一步强化基层基础工作',
    '6个月以内施行放环手术',
    '一个月内准确、及时的办理',
    '三月的工作由工会负责',
    '3月8',
    '一月一次例会',
    '暑假期间组织学习',
    '全年共完成培训',
    '上半年的工作',
    '第一，',
    '第一责任人',
    '一是继续抓好',
    '一建台帐',
    '二0xx年度计划生育服务站工作计划',
    '40周岁以下育龄人群',
    '本月',
    '次月',
    '月份',
    '十',
    '',
    '第一季度末完成',
    '100月',
    '1、一月份',
    '3、五月份',
    'Q',
    // promulgation records and signature dates in regulations
    '2019年10月11日 中华人民共和国国务院令第721号公布',
    '2019年12月1日 施行',
    '一九九四年十二月六日',
    '2023年3月开始实施',
  ])('%s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('matchTimeHeading: totality and bounded work', () => {
  it('never throws on odd input and out-of-range columns', () => {
    for (const [text, from] of [
      ['三月份', -1],
      ['三月份', 99],
      ['三月份', Number.NaN],
      ['\u0000\uffff\ud800', 0],
      ['第', 0],
      ['第一', 0],
      ['一至', 0],
      ['3月8日-', 0],
      ['第3周（9月15日', 0],
      ['九月至次年', 0],
    ] as const) {
      expect(() => matchTimeHeading(text, from)).not.toThrow();
    }
    expect(matchTimeHeading('三月份', 99)).toBeNull();
  });

  it('looks only at a bounded prefix: an expression is never found far from `from`', () => {
    const padded = ' '.repeat(200) + '三月份：';
    expect(read(padded)).toBeNull();
    expect(read(padded, 200)?.expr.start).toBe(200);
  });

  it('a long line after a heading is an item, not a bare heading', () => {
    const r = read('三月份' + '工作'.repeat(50_000));
    expect(r?.standalone).toBe(false);
  });
});

describe('table cells are not headings', () => {
  it.each([
    ['三月份\t开展培训'],
    ['三月份 | 开展培训 |'],
    ['一月至'],
    ['一月至三'],
    ['七—'],
  ])('%s', (text) => {
    expect(read(text)).toBeNull();
  });

  it('a trailing tab is not a cell boundary', () => {
    expect(read('三月份：\t')?.standalone).toBe(true);
  });
});

describe('endsWithTimeFragment: the first half of a time expression wrapped onto the next line', () => {
  it.each(['| 一月至', '一月至', '七—', '四至六', '7-9', '1、一月至三', '时间：十一、十二'])('%s', (text) => {
    expect(endsWithTimeFragment(text)).toBe(true);
  });
  it.each(['三月份：', '一至三月份', '开展培训。', '', '至', '共计3-', '第一、二', '第2週 02-18 ~ 02-24', '第2周 9.9-9.13'])('not %s', (text) => {
    expect(endsWithTimeFragment(text)).toBe(false);
  });
});

describe('labelled: a time heading with its content after a colon', () => {
  it.each([
    ['一月份：走访慰问困难家庭。', '一月份'],
    ['三月份工作重点：学雷锋。', '三月份'],
    ['**三月份**：学雷锋月。', '三月份'],
    ['第一季度：完成孕情普查。', '第一季度'],
    ['三月份（春季）：植树。', '三月份'],
    ['3月8日：召开座谈会。', '3月8日'],
  ])('%s', (text, raw) => {
    const r = read(text)!;
    expect(r.expr.raw).toBe(raw);
    expect([r.standalone, r.labelled]).toEqual([false, true]);
  });

  it.each([['三月份：'], ['一月至三月份聘请福大教授'], ['三月份开展活动：一是宣传'], ['三月份，召开会议。']])('not %s', (text) => {
    expect(read(text)?.labelled).toBe(false);
  });
});
