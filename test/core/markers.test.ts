// Marker recognition and the look-alikes that must not be taken for markers.
import { describe, expect, it } from 'vitest';
import { matchMarker } from '../../server/src/core/syntax/markers.js';
import { parseDocument } from '../../server/src/core/model/parse.js';
import { parseCnNumeral, toCnNumeral } from '../../server/src/core/syntax/numerals.js';
import { lintText } from '../../server/src/core/linter.js';

const m = (s: string) => {
  const r = matchMarker(s, 0);
  return r && { family: r.family, value: r.value, sep: r.separator, open: r.open, close: r.close, broken: r.broken };
};

describe('Chinese numerals', () => {
  it.each([['一', 1], ['十', 10], ['十一', 11], ['二十三', 23], ['九十九', 99], ['一百零二', 102], ['〇', 0]])('%s = %i', (s, v) => {
    expect(parseCnNumeral(s)).toBe(v);
  });
  it('round-trips 1…120', () => {
    for (let n = 1; n <= 120; n++) expect(parseCnNumeral(toCnNumeral(n))).toBe(n);
  });
  it('rejects digit strings that are years, not ordinals', () => expect(parseCnNumeral('二〇二三')).toBeNaN());
});

describe('markers', () => {
  it.each([
    ['一、指导思想', 'cn', 1, '、'],
    ['十一、附则', 'cn', 11, '、'],
    ['二十三、其他', 'cn', 23, '、'],
    ['一.指导思想', 'cn', 1, '.'],
    ['一．指导思想', 'cn', 1, '．'],
    ['一，指导思想', 'cn', 1, '，'],
    ['一 指导思想', 'cn', 1, ' '],
    ['（一）加强领导', 'cn-paren', 1, ''],
    ['(一)加强领导', 'cn-paren', 1, ''],
    ['（一)加强领导', 'cn-paren', 1, ''],
    ['(一）加强领导', 'cn-paren', 1, ''],
    ['（一）、加强领导', 'cn-paren', 1, '、'],
    ['1.加强', 'arabic', 1, '.'],
    ['1．加强', 'arabic', 1, '．'],
    ['1、加强', 'arabic', 1, '、'],
    ['1，加强', 'arabic', 1, '，'],
    ['１．加强', 'arabic', 1, '．'],
    ['10、加大宣传', 'arabic', 10, '、'],
    ['1）加强', 'arabic-paren', 1, ''],
    ['1)加强', 'arabic-paren', 1, ''],
    ['（1）加强', 'arabic-paren', 1, ''],
    ['(1)抓规范化管理', 'arabic-paren', 1, ''],
    ['⑴加强', 'arabic-paren', 1, ''],
    ['①加强', 'circled', 1, ''],
    ['㉑加强', 'circled', 21, ''],
    ['⒈加强', 'arabic', 1, ''],
    ['（三）', 'cn-paren', 3, ''],
    ['3）', 'arabic-paren', 3, ''],
    ['（一）、', 'cn-paren', 1, '、'],
    ['2.2020年的目标', 'arabic', 2, '.'],
    ['6.20xx年计划', 'arabic', 6, '.'],
  ])('%s → %s %i %s', (s, family, value, sep) => {
    expect(m(s)).toMatchObject({ family, value, sep });
  });

  it('reads broken separators as broken markers: 3[ 5}', () => {
    expect(m('3[20xx年9月1日后生育二孩')).toMatchObject({ family: 'arabic', value: 3, sep: '[', broken: true });
    expect(m('5}产和多胎生育')).toMatchObject({ value: 5, broken: true });
  });

  it.each([
    '5.29协会纪念日', '7.11世界人口日', '20.5万元', '1人', '300元', '（1）、（4）班', '（3）班学生', '11、12月份', '一定要落实',
    '一把手负总责', '一年一次', '三月份：', '十到十二月', '七至九月', '2023年计划', '1...', '一是继续抓好',
  ])('%s is not a marker', (s) => {
    expect(m(s)).toBeNull();
  });
});

describe('parse: structure', () => {
  it('sees through Markdown wrapping and leading spaces, including U+3000 and NBSP', () => {
    const model = parseDocument('## 一、总则\n- 1、甲\n> 2、乙\n\u3000\u30003、丙\n\u00a04、丁\n* （1）戊');
    expect(model.markers.map((x) => [x.line, x.family, x.value])).toEqual([
      [0, 'cn', 1], [1, 'arabic', 1], [2, 'arabic', 2], [3, 'arabic', 3], [4, 'arabic', 4], [5, 'arabic-paren', 1],
    ]);
  });

  it('handles CRLF, CR and a BOM; columns exclude the BOM', () => {
    const model = parseDocument('\uFEFF一、甲\r\n二、乙\r三、丙\n');
    expect(model.bom).toBe(true);
    expect(model.lines.map((l) => l.eol)).toEqual(['\r\n', '\r', '\n', '']);
    expect(model.markers.map((x) => [x.line, x.start, x.value])).toEqual([[0, 0, 1], [1, 0, 2], [2, 0, 3]]);
  });

  it('ignores code fences, HTML comments and table rows', () => {
    const model = parseDocument('```\n3、代码\n```\n<!--\n5、注释\n-->\n| 1、 | 单元格 |\n1、正文');
    expect(model.markers.map((x) => x.line)).toEqual([7]);
  });

  it('nests by level: 一、 > （一） > 1. > （1） > ①; a higher marker closes lower lists', () => {
    const model = parseDocument('一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n二、己');
    const top = model.root.children;
    expect(top.map((n) => n.title)).toEqual(['一、甲', '二、己']);
    expect(top[0]!.children[0]!.children[0]!.children[0]!.children[0]!.title).toBe('①戊');
  });

  it('篇/章 and Markdown headings close the lists below them; 第N条 runs on across chapters', () => {
    const model = parseDocument('## 第一章 总则\n第一条 甲\n(一)子项\n## 第二章 附则\n第二条 乙');
    expect(model.articles.map((a) => [a.kind, a.value])).toEqual([['zhang', 1], ['tiao', 1], ['zhang', 2], ['tiao', 2]]);
    expect(model.root.children.map((n) => n.title)).toEqual(['第一章 总则', '第二章 附则']);
    expect(model.root.children[0]!.children[0]!.children[0]!.marker?.family).toBe('cn-paren');
  });

  it('a time heading opens its own scope: numbering restarts under each month', () => {
    const model = parseDocument('三月份：\n1、甲\n2、乙\n四月份：\n1、丙');
    expect(model.lists.map((l) => l.items.map((i) => i.value))).toEqual([[1, 2], [1]]);
    expect(model.lists.every((l) => !l.restartOf)).toBe(true);
  });

  it('month headings with no items stay inside the open item when the next item continues its list', () => {
    const model = parseDocument('一、目标\n二、安排\n一月份：\n二月份：\n三、保障');
    expect(model.root.children.map((n) => n.title)).toEqual(['一、目标', '二、安排', '三、保障']);
    expect(model.root.children[1]!.children.map((n) => n.kind)).toEqual(['time', 'time']);
    expect(model.lists.map((l) => l.items.map((i) => i.value))).toEqual([[1, 2, 3]]);
  });

  it('a nested list that continues its parent list is not a wrong start (the inversion is heading-hierarchy\'s)', () => {
    expect(lintText('1、第一项。\n（一）子项甲。\n（二）子项乙。\n2、第二项。').problems.map((p) => p.ruleId)).toEqual(['heading-hierarchy']);
  });

  it('takes a run of punctuation after a bracketed marker whole: 3)、 and （一）、,', () => {
    expect(matchMarker('3)、强化', 0)).toMatchObject({ family: 'arabic-paren', separator: '、', textStart: 3 });
    expect(matchMarker('（一）、,甲', 0)).toMatchObject({ separator: '、,' });
  });

  it('accepts a bare numeral run (一建台帐。二抓监护。) but never a lone 一把手', () => {
    expect(parseDocument('一建台帐。\n二抓监护。\n三抓考核。').markers.map((x) => x.value)).toEqual([1, 2, 3]);
    expect(parseDocument('一把手亲自抓。\n二孩政策。').markers).toEqual([]);
    expect(parseDocument('一建台帐。\n然后呢。').markers).toEqual([]);
  });

  it('finds the year in the title, inline ordinals and placeholders', () => {
    const model = parseDocument('2023年工作计划\n要做到：一是宣传，二是落实。首先学习，其次实践。\n20xx年由XX负责，□字丢失，填写【单位名称】。');
    expect(model.year).toBe(2023);
    expect(model.inlineOrdinals.map((o) => o.raw)).toEqual(['一是', '二是', '首先', '其次']);
    expect(model.placeholders.map((p) => [p.kind, p.raw])).toEqual([['year', '20xx'], ['name', 'XX'], ['lost-char', '□'], ['slot', '【单位名称】']]);
  });

  it('reads 篇一 written after a title and 第一篇 before one', () => {
    const model = parseDocument('计划生育工作制度篇一\n正文\n第二篇 总结');
    expect(model.articles.map((a) => [a.kind, a.value, a.form])).toEqual([['pian', 1, 'suffix'], ['pian', 2, 'prefix']]);
  });
});
