import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPlan, isPlanText } from '../../server/src/core/detect.js';

const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8');

describe('detectPlan', () => {
  it('recognises the seed as a plan', () => {
    expect(detectPlan(seed)).toMatchObject({ isPlan: true, hasSequence: true });
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
    expect(detectPlan('3、甲\n7、乙\n12、丙\n').isPlan).toBe(false);
    expect(detectPlan('3、甲\n4、乙\n12、丙\n').isPlan).toBe(true);
  });

  it('stops scanning after the limit', () => {
    const filler = '正文。\n'.repeat(6000);
    expect(isPlanText(filler + '一、甲\n二、乙\n三、丙\n')).toBe(false);
    expect(isPlanText('一、甲\n二、乙\n三、丙\n' + filler)).toBe(true);
  });
});
