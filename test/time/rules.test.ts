// The time rules one by one: where they report, what they say in both languages, what they point at,
// their options, and that each rule's own documentation examples behave as documented.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/model/parse.js';
import { applyFixes } from '../../server/src/core/linter.js';
import { fixTime, lintTime, timeRules, type RuleOptions } from './harness.js';
import type { Problem } from '../../server/src/core/types.js';

const doc = (...lines: string[]) => lines.join('\n');
const only = (id: string, text: string, options: RuleOptions = {}) => lintTime(text, options).filter((p) => p.ruleId === id);
const at = (p: Problem) => [p.range.start.line + 1, p.range.start.character, p.range.end.character];

describe('rule metadata and documented examples', () => {
  for (const rule of timeRules) {
    const { id, docs, description } = rule.meta;
    it(`${id}: bilingual description and docs`, () => {
      expect(description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(description.en).toMatch(/^[A-Z]/);
      expect(docs.zh.length).toBeGreaterThan(40);
      expect(docs.en.length).toBeGreaterThan(40);
      expect(rule.meta.tags).toContain('time');
    });
    it(`${id}: the "wrong" example is reported, the "right" one is not`, () => {
      expect(only(id, docs.wrong).length).toBeGreaterThan(0);
      expect(only(id, docs.right)).toEqual([]);
    });
    if (rule.meta.fixable) {
      it(`${id}: fixing the "wrong" example leaves nothing for the rule`, () => {
        const { output } = fixTime(docs.wrong);
        expect(output).not.toBe(docs.wrong);
        expect(only(id, output)).toEqual([]);
      });
    }
  }
});

describe('month-order', () => {
  const text = doc('2024年计划', '一月份：', '1、开会。', '四月份：', '1、培训。', '三月份：', '1、慰问。', '五月份：', '1、检查。');

  it('reports 三月份 after 四月份, at the month, pointing back at 四月份', () => {
    const [p, ...rest] = only('month-order', text);
    expect(rest).toEqual([]);
    expect(at(p!)).toEqual([6, 0, 3]);
    expect(p!.message.zh).toBe('“三月份”排在“四月份”（第4行）之后，时间顺序颠倒');
    expect(p!.message.en).toBe("'三月份' comes after '四月份' (line 4): sections are out of chronological order");
    expect(p!.related?.[0]?.range.start.line).toBe(3);
  });

  it('a school year running 九月 → 十二月 → 一月 is in order; 十一月 after 十二月 is not', () => {
    expect(only('month-order', doc('九月份：', '1、a', '十月份：', '1、b', '十二月份：', '1、c', '一月份：', '1、d', '二月份：', '1、e'))).toEqual([]);
    const back = only('month-order', doc('九月份：', '1、a', '十二月份：', '1、c', '十一月份：', '1、d'));
    expect(back.map((p) => p.range.start.line + 1)).toEqual([5]);
  });

  it('次年 says the next year explicitly', () => {
    expect(only('month-order', doc('1、十一月份开展检查。', '2、十二月份总结。', '3、次年一月份表彰。'))).toEqual([]);
  });

  it('dates and 旬 are ordered by day', () => {
    const p = only('month-order', doc('（一）3月12日召开动员会。', '（二）3月8日开展妇女节活动。'));
    expect(p.map((x) => x.range.start.line + 1)).toEqual([2]);
    expect(only('month-order', doc('三月份：', '1、上旬：学习。', '2、下旬：总结。', '3、中旬：培训。')).map((x) => x.range.start.line + 1)).toEqual([4]);
  });

  it('under 第一学期 the months wrap into the next year; 第二学期 and its months are not compared with them', () => {
    const text = doc('第一学期', '十一月', '1、a', '十二月', '1、b', '一月', '1、c', '第二学期', '三月', '1、d', '四月', '1、e');
    expect(lintTime(text)).toEqual([]);
  });

  it('dated items and month headings are ordered among their own kind', () => {
    // 2月7日 under 一月: (term starts right after the break) is not out of order with 二月
    expect(lintTime(doc('一月:新年', '- 1月29日-2月6日:寒假', '- 2月7日:开学', '二月:元宵', '- 2月15日:元宵节'))).toEqual([]);
    expect(only('month-order', doc('一月:新年', '- 1月20日:期末', '二月:元宵', '- 1月25日:寒假')).map((p) => p.range.start.line + 1)).toEqual([]);
    expect(only('month-order', doc('一月:新年', '- 1月20日:期末', '二月:元宵', '- 1月15日:寒假')).map((p) => p.range.start.line + 1)).toEqual([4]);
  });

  it('sections at different levels are not compared', () => {
    const nested = doc('第二季度：', '1、四月份：a', '第一季度：', '1、三月份：b');
    // the quarters are out of order; the months under them are each alone in their quarter
    expect(only('month-order', nested).map((x) => x.range.start.line + 1)).toEqual([3]);
  });
});

describe('month-overlap', () => {
  it('一至三月份 then 三月份: March planned twice', () => {
    const [p] = only('month-overlap', doc('1、一至三月份开展宣传。', '2、三月份组织座谈。', '3、四至六月份开展检查。'));
    expect(at(p!)).toEqual([2, 2, 5]);
    expect(p!.message.zh).toBe('“三月份”与“一至三月份”（第1行）重叠：三月被安排了两次');
    expect(p!.message.en).toBe("'三月份' overlaps '一至三月份' (line 1): Mar planned twice");
    expect(p!.related?.[0]?.range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 7 } });
  });

  it('第一季度 beside 二月份, and 上半年 beside 第二季度', () => {
    const ps = only('month-overlap', doc('第一季度：', '1、a', '二月份：', '1、b', '上半年：', '1、c', '第二季度：', '1、d'));
    expect(ps.map((p) => [p.range.start.line + 1, p.message.en])).toEqual([
      [3, "'二月份' overlaps '第一季度' (line 1): Feb planned twice"],
      // 二月份 overlaps 上半年 too, but 第一季度 planned February first: the link that matters
      [5, "'上半年' overlaps '第一季度' (line 1): Jan, Feb, Mar planned twice"],
      [7, "'第二季度' overlaps '上半年' (line 5): Apr, May, Jun planned twice"],
    ]);
    expect(ps[1]!.message.zh).toBe('“上半年”与“第一季度”（第1行）重叠：一月、二月、三月被安排了两次');
    expect(ps[1]!.related?.map((r) => r.range.start.line)).toEqual([0]);
    expect(ps[1]!.related?.[0]?.message).toEqual({ zh: '最先安排这段时间的“第一季度”', en: "'第一季度', which planned this time first" });
  });

  it('a quarter after three months points at each month that planned its time first', () => {
    const [p, ...rest] = only('month-overlap', doc('一月份：', '1、a', '二月份：', '1、b', '三月份：', '1、c', '第一季度：', '1、d'));
    expect(rest).toEqual([]);
    expect(p!.range.start.line).toBe(6);
    expect(p!.message.zh).toBe('“第一季度”与“一月份”（第1行）等3处重叠：一月、二月、三月被安排了两次');
    expect(p!.message.en).toBe("'第一季度' overlaps '一月份' (line 1) and 2 more: Jan, Feb, Mar planned twice");
    expect(p!.related?.map((r) => r.range.start.line)).toEqual([0, 2, 4]);
  });

  it('a heading repeated many times: each repeat is reported once, pointing at the first only', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${(i % 4) + 1}月份：`);
    const ps = only('month-overlap', doc(...lines));
    expect(ps).toHaveLength(196);
    for (const p of ps) {
      const month = (p.range.start.line % 4) + 1;
      expect(p.related?.map((r) => r.range.start.line)).toEqual([month - 1]);
      expect(p.message.en).toBe(`'${month}月份' overlaps '${month}月份' (line ${month}): ${['Jan', 'Feb', 'Mar', 'Apr'][month - 1]} planned twice`);
    }
  });

  it('dates split a month: a later section meets each date that planned a day first, links capped at twelve', () => {
    const cn = (n: number) => (n < 10 ? '' : n < 20 ? '十' : '二十') + ' 一二三四五六七八九'[n % 10]!.trim();
    const dates = Array.from({ length: 20 }, (_, i) => `（${cn(i + 1)}）3月${i + 1}日召开会议。`);
    const ps = only('month-overlap', doc(...dates, '（二十一）3月5日至25日开展检查。', '（二十二）3月1日至31日开展总结。'));
    expect(ps.map((p) => p.range.start.line)).toEqual([20, 21]);
    // 5–20 March were planned by the dates, 21–25 by nobody before
    expect(ps[0]!.message.en).toBe("'3月5日至25日' overlaps '3月5日' (line 5) and 15 more: Mar planned twice");
    expect(ps[0]!.related).toHaveLength(12);
    expect(ps[0]!.related?.map((r) => r.range.start.line)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    // the whole month meets the twenty dates and the range, which planned 21–25 March first
    expect(ps[1]!.message.en).toBe("'3月1日至31日' overlaps '3月1日' (line 1) and 20 more: Mar planned twice");
    // a month item among dated items is of another kind: the dates belong to it, they do not plan it twice
    expect(only('month-overlap', doc(...dates, '（二十一）三月份开展总结。'))).toEqual([]);
  });

  it('上旬 and 下旬 of one month do not overlap; two 上旬 do', () => {
    expect(only('month-overlap', doc('三月份：', '1、上旬：a', '2、下旬：b'))).toEqual([]);
    expect(only('month-overlap', doc('三月份：', '1、上旬：a', '2、上旬：b'))).toHaveLength(1);
  });
});

describe('month-gap', () => {
  const twelve = (skip: number[]) =>
    ['2024年计划', ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !skip.includes(m)).flatMap((m) => [`${m}月份：`, '1、工作。'])].join('\n');

  it('a twelve-month plan missing 五月份 reports at 六月份, naming May and pointing at 四月份', () => {
    const ps = only('month-gap', twelve([5]));
    expect(ps).toHaveLength(1);
    expect(at(ps[0]!)).toEqual([10, 0, 3]);
    expect(ps[0]!.message.zh).toBe('缺少五月：“4月份”与“6月份”之间没有安排');
    expect(ps[0]!.message.en).toBe("May missing: nothing is planned between '4月份' and '6月份'");
    expect(ps[0]!.related?.[0]?.range.start.line).toBe(7);
  });

  it('a run of missing months is one problem', () => {
    const ps = only('month-gap', twelve([5, 6, 7]));
    expect(ps.map((p) => p.message.en)).toEqual(["May, Jun, Jul missing: nothing is planned between '4月份' and '8月份'"]);
  });

  it('fullYear: months before the first and after the last section', () => {
    const text = doc('1、三月份开展演练。', '2、四至十月份开展排查。');
    expect(only('month-gap', text)).toEqual([]);
    const ps = only('month-gap', text, { 'month-gap': { fullYear: true } });
    expect(ps.map((p) => [p.range.start.line + 1, p.message.zh])).toEqual([
      [1, '缺少一月、二月：计划从“三月份”才开始'],
      [2, '缺少十一月、十二月：计划到“四至十月份”就结束了'],
    ]);
  });

  it('fullYear on a school year asks for 九月 … 次年七月', () => {
    const text = doc('九月份：', '1、a', '十月份至十二月份：', '1、b', '一至六月份：', '1、c');
    expect(only('month-gap', text, { 'month-gap': { fullYear: true } }).map((p) => p.message.en)).toEqual([
      "Jul (next yr) missing: the plan ends at '一至六月份'",
    ]);
  });

  it('one section, or dated events only, is not a plan of months', () => {
    expect(only('month-gap', doc('三月份：', '1、a'))).toEqual([]);
    expect(only('month-gap', doc('（一）3月8日：a', '（二）5月1日：b', '（三）10月1日：c'))).toEqual([]);
  });
});

describe('month-invalid', () => {
  it.each([
    ['（一）十三月召开总结会。', '“十三月”不是有效的月份：月份只能是一至十二月', "'十三月' is not a month: months run from 1 to 12"],
    ['（一）六至四月份开展培训。', '“六至四月份”起止颠倒：开始时间晚于结束时间', "'六至四月份' is reversed: it starts after it ends"],
    ['（一）2月30日召开职代会。', '“2月30日”不存在：二月最多29天', "'2月30日' does not exist: month 2 has at most 29 days"],
    ['（一）4月31日开展读书日活动。', '“4月31日”不存在：四月最多30天', "'4月31日' does not exist: month 4 has at most 30 days"],
    ['第五季度：\n1、a', '“第五季度”不存在：一年只有四个季度', "'第五季度' does not exist: a year has four quarters"],
  ])('%s', (text, zh, en) => {
    const [p, ...rest] = only('month-invalid', text);
    expect(rest).toEqual([]);
    expect(p!.message).toEqual({ zh, en });
    expect(p!.severity).toBe('error');
  });

  it('2月29日 depends on the year in the title', () => {
    expect(only('month-invalid', doc('2023年工作计划', '（一）2月29日组织慰问。'))[0]?.message.zh).toBe('“2月29日”不存在：2023年是平年，二月只有28天');
    expect(only('month-invalid', doc('2024年工作计划', '（一）2月29日组织慰问。'))).toEqual([]);
    expect(only('month-invalid', doc('工作计划', '（一）2月29日组织慰问。'))).toEqual([]);
    // 次年 in a 2023 plan is 2024, a leap year
    expect(only('month-invalid', doc('2023年工作计划', '（一）次年2月29日组织慰问。'))).toEqual([]);
  });

  it('invalid sections take no part in order, gap or overlap', () => {
    const text = doc('1、一月份：a', '2、十三月：b', '3、二月份：c');
    expect(lintTime(text).map((p) => p.ruleId)).toEqual(['month-invalid']);
  });
});

describe('month-style', () => {
  // month-style rewrites words: it only suggests, one change at a time
  const edit = (p: Problem) => p.suggestions?.[0]?.edits[0];
  /** what a writer gets by accepting every suggestion of the document (the editor offers them one by one) */
  const acceptAll = (text: string, options?: RuleOptions) =>
    applyFixes(text, lintTime(text, options).filter((p) => p.ruleId === 'month-style').map((p) => ({ ...p, fix: { edits: p.suggestions![0]!.edits } })));

  it('the seed pattern: suggests 一月至三月份, 七至九月, 十到十二月 to the majority form', () => {
    const text = doc('1、一月至三月份a。', '2、四至六月份b。', '3、七至九月c。', '4、十到十二月d。');
    const ps = only('month-style', text);
    expect(ps.map((p) => [p.range.start.line + 1, edit(p)?.newText])).toEqual([
      [1, '一至三月份'],
      [3, '七至九月份'],
      [4, '十至十二月份'],
    ]);
    expect(ps[2]!.message.zh).toBe('“十到十二月”与全文写法不一致（带“份”、连接词用“至”），宜写作“十至十二月份”');
    expect(ps[2]!.message.en).toBe("'十到十二月' differs from the document's usual form (with 份, connector 至); write '十至十二月份'");
    // the edit covers exactly the expression
    expect(ps.every((p) => p.fix === undefined)).toBe(true);
    expect(ps[2]!.suggestions![0]!.title.zh).toBe('改为“十至十二月份”');
    expect(edit(ps[2]!)!.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 7 } });
  });

  it('a tie goes to the form seen first', () => {
    const a = only('month-style', doc('三月份：', '1、a', '四月：', '1、b'));
    expect(a.map((p) => edit(p)?.newText)).toEqual(['四月份']);
    const b = only('month-style', doc('三月：', '1、a', '四月份：', '1、b'));
    expect(b.map((p) => edit(p)?.newText)).toEqual(['四月']);
  });

  it('options set the form regardless of the majority; --fix applies none of it', () => {
    const text = doc('三月份：', '1、a', '四月份：', '1、b', '1、五至六月份c。');
    const arabic = { 'month-style': { numerals: 'arabic', fen: 'never', connector: '-' } };
    expect(fixTime(text, arabic).output).toBe(text);
    const fixedArabic = acceptAll(text, arabic).output;
    expect(fixedArabic).toBe(doc('3月：', '1、a', '4月：', '1、b', '1、5-6月c。'));
    const quarters = acceptAll(doc('第一季度：', '1、a', '第二季度：', '1、b'), { 'month-style': { quarterForm: 'q' } }).output;
    expect(quarters).toBe(doc('Q1：', '1、a', 'Q2：', '1、b'));
  });

  it('元月 counts as Chinese numerals; 11、12月 keeps its 、; dates are not counted', () => {
    expect(only('month-style', doc('元月份：', '1、a', '二月份：', '1、b', '三月份：', '1、c'))).toEqual([]);
    expect(only('month-style', doc('1、一至十月份a。', '2、十一、十二月份b。'))).toEqual([]);
    expect(only('month-style', doc('三月份：', '1、a', '四月份：', '1、b', '（一）5月8日c。'))).toEqual([]);
  });

  it('accepting the suggestions is stable: nothing is suggested after', () => {
    const text = doc('1、一月至三月份a。', '2、4-6月b。', '3、七到九月份c。', '4、十至十二月份d。');
    const once = acceptAll(text).output;
    expect(once).toBe(doc('1、一至三月份a。', '2、四至六月份b。', '3、七至九月份c。', '4、十至十二月份d。'));
    expect(acceptAll(once).applied).toBe(0);
  });
});

describe('week-sequence', () => {
  const weeks = (...ns: string[]) => ns.flatMap((n) => [`第${n}周`, '1、活动。']).join('\n');

  it('repeated, skipped and reversed weeks', () => {
    const ps = only('week-sequence', weeks('1', '2', '2', '4', '6', '5'));
    expect(ps.map((p) => [p.range.start.line + 1, p.message.zh])).toEqual([
      [5, '“第2周”与“第2周”（第3行）周次重复'],
      [9, '缺少第5周：“第4周”之后直接是“第6周”'],
      [11, '“第5周”排在“第6周”之后，周次倒序'],
    ]);
    expect(ps[1]!.message.en).toBe("week 5 missing: '第6周' follows '第4周'");
  });

  it('week ranges count every week they cover', () => {
    expect(only('week-sequence', weeks('1', '2-3', '4', '5-7', '8'))).toEqual([]);
    expect(only('week-sequence', weeks('1-3', '3')).map((p) => p.message.en)).toEqual(["'第3周' repeats the week of '第1-3周' (line 1)"]);
    expect(only('week-sequence', weeks('1', '4-5')).map((p) => p.message.en)).toEqual(["weeks 2–3 missing: '第4-5周' follows '第1周'"]);
  });

  it('a calendar may start at any week', () => {
    expect(only('week-sequence', weeks('3', '4', '5'))).toEqual([]);
  });

  it('a semester heading among the weeks restarts them (第二学期 then 第1周), whatever it is called', () => {
    for (const [a, b] of [['第一学期', '第二学期'], ['上学期', '下学期'], ['秋季学期', '春季学期']]) {
      const text = [a!, weeks('1', '2', '3'), b!, weeks('1', '2')].join('\n');
      expect(lintTime(text)).toEqual([]);
    }
    // inside one semester a repeat is still a repeat
    const text = ['第二学期', weeks('1', '2', '2', '4')].join('\n');
    expect(only('week-sequence', text).map((p) => p.range.start.line + 1)).toEqual([6]);
  });
});

describe('rules read the model only', () => {
  it('a model whose text was cleared gives the same problems', () => {
    const text = doc('1、一月至三月份a。', '2、三月份b。', '3、五至六月c。');
    const model = parseDocument(text);
    const expected = timeRules.flatMap((r) => r.check({ model, profile: 'common', options: {}, severity: 'warning' }));
    const blind = { ...parseDocument(text), text: '', lines: parseDocument(text).lines.map((l) => ({ ...l, text: '' })) };
    const actual = timeRules.flatMap((r) => r.check({ model: blind, profile: 'common', options: {}, severity: 'warning' }));
    expect(actual).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
  });
});

describe('levels', () => {
  it('a numbered list that restarts at 1 is another plan, even under the same parent', () => {
    const text = doc('一、工作安排', '1、一至六月份a。', '2、七至十二月份b。', '1、一至六月份c。', '2、七至十二月份d。');
    expect(lintTime(text)).toEqual([]);
  });
});
