import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlan, isChineseDocument, isPlanText } from '../../server/src/core/detect.js';

const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

describe('detectPlan', () => {
  it('recognises the seed as a plan', () => {
    expect(detectPlan(seed)).toMatchObject({ isPlan: true, planTitle: true });
  });

  it('recognises a Markdown regulation (第一章/第一条)', () => {
    const dir = new URL('../../../shared/corpus/regulations/', import.meta.url);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.md')).slice(0, 20);
    } catch {
      // the corpus lives outside the repo; the inline sample below covers the same shape
    }
    const sample = '# 某某条例\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例适用于：\n\n（一）甲；\n\n（二）乙。\n';
    expect(isPlanText(sample)).toBe(true);
    for (const f of files) expect(isPlanText(readFileSync(new URL(f, dir), 'utf8')), f).toBe(true);
  });

  it('recognises a month-by-month plan written with Markdown bullets', () => {
    expect(isPlanText('# 2024年工作计划\n\n一月份：\n\n- 1、开会。\n- 2、总结。\n\n二月份：\n')).toBe(true);
  });

  it('recognises 一 活动背景： (a space where the 、 belongs), as the core reads it', () => {
    const plan = '一 活动背景：我校六十校庆大会成功举行。\n二 活动目的：展现同学们的文学风采。\n三 承办部门：机械学院分团委。\n';
    expect(detectPlan(plan)).toMatchObject({ isPlan: true, markerLines: 3, hasSequence: true, chineseStructure: true });
    expect(isPlanText('一 个人的时候\n二 人同行\n')).toBe(false); // two lines are not enough without a title
  });

  it('ignores documents that are not plans', () => {
    const notes = [
      '',
      'Hello world\n\nThis is a README.\n',
      '# Install\n\n1. Download the file\n2. Run it\n3. Done\n',
      '今天天气很好。\n我们去公园散步。\n晚上吃饺子。\n',
      '会议记录\n\n1、张三发言。\n', // a single stray marker
      '一定要注意安全。\n一是要早睡。\n二是要早起。\n三是要锻炼。\n', // inline ordinals are prose, not structure
      '价格表\n5.29元\n7.11元\n9.25元\n',
    ];
    for (const text of notes) expect(isPlanText(text), JSON.stringify(text)).toBe(false);
  });

  it('needs consecutive values, not just many numbers', () => {
    expect(detectPlan('（三）甲\n（七）乙\n（十二）丙\n').isPlan).toBe(false);
    expect(detectPlan('（三）甲\n（四）乙\n（十二）丙\n').isPlan).toBe(true);
  });

  it('takes an Arabic-numbered list for a plan only with a Chinese plan signal', () => {
    // a Chinese README's install steps and a shopping list are numbered, but they are not plans
    const readme = '# 示例项目\n\n一个命令行工具。\n\n## 安装\n\n1. 克隆仓库\n2. 安装依赖\n3. 运行 npm start\n';
    const shopping = '周末买菜\n1、牛奶\n2、鸡蛋\n3、面包\n';
    expect(detectPlan(readme)).toMatchObject({ isPlan: false, hasSequence: true, chineseStructure: false });
    expect(detectPlan(shopping)).toMatchObject({ isPlan: false, hasSequence: true, chineseStructure: false });
    // the same numbering heading the parts of an activity plan is one
    expect(isPlanText('1. 活动目的\n展现文学风采。\n2. 活动时间\n十月。\n3. 活动地点\n礼堂。\n')).toBe(true);
    // or under a Chinese ordinal marker
    expect(isPlanText('一、准备\n1、牛奶\n2、鸡蛋\n')).toBe(true);
  });

  it('takes a plan title and one marker for a plan, so a new plan is checked from its first item', () => {
    expect(detectPlan('2024年社区工作计划\n一、工作目标\n')).toMatchObject({ isPlan: true, planTitle: true, markerLines: 1 });
    expect(isPlanText('# 校园读书节活动方案（试行）\n\n1. 活动目的\n')).toBe(true);
    expect(isPlanText('2024年社区工作计划\n')).toBe(false); // no marker yet
    // the title must be at the top and short: a sentence that ends in 计划 is prose
    expect(isPlanText('会议记录\n张三发言。\n李四发言。\n王五发言。\n下周计划\n一、整理\n')).toBe(false);
  });

  it('stops scanning after the limit', () => {
    const filler = '正文。\n'.repeat(6000);
    expect(isPlanText(filler + '一、甲\n二、乙\n三、丙\n')).toBe(false);
    expect(isPlanText('一、甲\n二、乙\n三、丙\n' + filler)).toBe(true);
  });
});

describe('isChineseDocument', () => {
  it('tells a Chinese document from an English one, whatever the markers', () => {
    expect(isChineseDocument(seed)).toBe(true);
    expect(isChineseDocument('# 2024年工作方案\n\n## 一、工作目标\n\n1. Complete the API docs\n')).toBe(true);
    expect(isChineseDocument('# Install\n\n1. Download the file\n2. Run it (see 说明)\n')).toBe(false);
    expect(isChineseDocument('')).toBe(false);
  });
});
