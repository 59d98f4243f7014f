import { describe, expect, it } from 'vitest';
import { findings, fixture, lint } from './harness.js';

const RULE = 'placeholder';

describe('placeholder', () => {
  it('reports each kind of unfilled template text and says what to fill in', () => {
    expect(findings(fixture('placeholder.txt'), RULE)).toEqual([
      '1:6 “XX”是占位符，请填入具体的单位、部门或人名',
      '3:3 “20xx”是未填写的年份，请填入具体年份（标题中的年份是2024）',
      '4:7 “□”是丢失的字符（编码转换或复制时产生），请补上原来的文字或标点',
      '4:8 “二0XX”是未填写的年份，请填入具体年份（标题中的年份是2024）',
      '5:2 “××”是占位符，请填入具体的单位、部门或人名',
      '5:7 “○○”是占位符，请填入具体的单位、部门或人名',
      '6:6 “【单位名称】”是待填写的栏目，请填入单位名称',
      '7:6 “【填写电话号码】”是待填写的栏目，请填入电话号码',
      '9:9 “\uFFFD”是无法识别的字符（编码错误），请补上原来的文字',
    ]);
  });

  it('covers the whole placeholder, warns and offers no fix', () => {
    const p = lint(fixture('placeholder.txt')).filter((x) => x.ruleId === RULE)[3]!;
    expect([p.range.start.character, p.range.end.character, p.severity, p.fix]).toEqual([7, 11, 'warning', undefined]);
  });

  it('without a year in the title the message gives no hint', () => {
    expect(findings('工作计划\n\n20xx年工作要点\n', RULE)).toEqual(['3:1 “20xx”是未填写的年份，请填入具体年份']);
  });

  it('the seed: every 20xx and □ is reported', () => {
    const lines = findings(fixture('../seed.txt'), RULE).map((f) => f.split(' ')[0]);
    expect(lines).toEqual([
      '75:3', '91:65', '95:58', '117:47', '117:48', '125:47', '143:1', '143:125', '145:3', '145:19',
      '149:22', '149:23', '169:113', '173:3', '179:88', '179:108', '257:48',
    ]);
  });

  it('a run of lost characters or of name placeholders is one problem; adjacent years and slots stay apart', () => {
    const text = '工作计划\n编码错误：计划\uFFFD\uFFFD\uFFFD工作，□□延误。\n由××××××负责，○○○○协助。\n□20xx年、20xx20xx年\n【单位名称】【姓名】\n□\uFFFD□\n';
    const ps = lint(text).filter((x) => x.ruleId === RULE);
    expect(ps.map((p) => [p.range.start.line + 1, p.range.start.character, p.range.end.character, p.message.zh])).toEqual([
      [2, 7, 10, '“\uFFFD\uFFFD\uFFFD”是3个无法识别的字符（编码错误），请补上原来的文字'],
      [2, 13, 15, '“□□”是2个丢失的字符（编码转换或复制时产生），请补上原来的文字或标点'],
      [3, 1, 7, '“××××××”是占位符，请填入具体的单位、部门或人名'],
      [3, 10, 14, '“○○○○”是占位符，请填入具体的单位、部门或人名'],
      [4, 0, 1, '“□”是丢失的字符（编码转换或复制时产生），请补上原来的文字或标点'],
      [4, 1, 5, '“20xx”是未填写的年份，请填入具体年份'],
      [4, 7, 11, '“20xx”是未填写的年份，请填入具体年份'],
      [4, 11, 15, '“20xx”是未填写的年份，请填入具体年份'],
      [5, 0, 6, '“【单位名称】”是待填写的栏目，请填入单位名称'],
      [5, 6, 10, '“【姓名】”是待填写的栏目，请填入姓名'],
      [6, 0, 1, '“□”是丢失的字符（编码转换或复制时产生），请补上原来的文字或标点'],
      [6, 1, 2, '“\uFFFD”是无法识别的字符（编码错误），请补上原来的文字'],
      [6, 2, 3, '“□”是丢失的字符（编码转换或复制时产生），请补上原来的文字或标点'],
    ]);
    expect(ps[0]!.message.en).toBe('“\uFFFD\uFFFD\uFFFD” are 3 unreadable characters (an encoding error): restore the original characters');
    expect(ps[1]!.message.en).toBe('“□□” are 2 lost characters (from an encoding conversion or a copy): restore the original characters or punctuation');
  });

  it('problems of one placeholder share one message; each has its own range', () => {
    const ps = lint('工作计划\n' + '20xx年、'.repeat(50) + '\n').filter((x) => x.ruleId === RULE);
    expect(ps).toHaveLength(50);
    expect(new Set(ps.map((p) => p.message)).size).toBe(1);
    expect(new Set(ps.map((p) => p.range)).size).toBe(50);
    expect(ps.map((p) => p.range.start.character)).toEqual(Array.from({ length: 50 }, (_, i) => i * 6));
  });

  it('English messages', () => {
    const p = lint('工作计划\n由XX负责。\n').find((x) => x.ruleId === RULE)!;
    expect(p.message.en).toBe('“XX” is a placeholder: write the actual unit, department or name');
  });

  it('reads placeholders as writers leave them: 20** 20_ 20__ years, masks, 某某, 镇X委, [slots], blank figures', () => {
    const text = '20_年度党支部活动计划\n今天召开20**年全镇工作会议，20__年要再接再厉。\n贯彻************讲话精神，由某某负责，镇X委牵头，某局配合；某些单位、某区域另行安排。\n[小学名称]学校工作计划\n收缴参合基金 万元，参合率达 %。\n接待来访群众 人次，结案 件。\n';
    const ps = lint(text).filter((x) => x.ruleId === RULE);
    expect(ps.map((p) => `${p.range.start.line + 1}:${text.split('\n')[p.range.start.line]!.slice(p.range.start.character, p.range.end.character)}`)).toEqual([
      '1:20_', '2:20**', '2:20__', '3:************', '3:某某', '3:X', '3:某', '4:[小学名称]', '5:万元', '5:%', '6:人次', '6:件',
    ]);
    expect(ps.find((p) => p.message.zh.includes('万元'))!.message.zh).toBe('“万元”前缺少数字，请填入具体数值');
  });

  it('leaves alone ○ for zero in a Chinese-numeral year, X-rays, Markdown rules and emphasis, figures with their numbers, spaced-out titles', () => {
    const text = '二○一二年四月十六日\n二〇〇八年工作总结\n产生X射线的装置\n******\n**重点任务**\n共接待 300 人次，参合率达 95 %。\n德 育 处 周 工 作 安 排\n20xx届毕业生\n';
    expect(lint(text).filter((x) => x.ruleId === RULE).map((p) => p.range.start.line + 1)).toEqual([8]);
  });
});
