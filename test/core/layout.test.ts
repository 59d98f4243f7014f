// Layout readings that explain a list starting again, and the marker-or-date choice made with the list around a line.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/core/model/parse.js';
import { isHeaderRow, isHeadingLike, isTableLine } from '../../server/src/core/model/layout.js';

const line = (text: string) => parseDocument(text).lines[0]!;

describe('heading-like lines', () => {
  it.each(['三月园务行政', '医学检验实验室基本标准', '（试行）', '主 要 工 作 |', '|', '3·6', '第3週 02-25 ~ 03-02', '开学准备', '——坚持人民至上，增进民生福祉。'])('%s reads as a heading', (t) => {
    expect(isHeadingLike(line(t))).toBe(true);
  });
  it.each([
    '2、加强职工计划生育的教育，过好暑假。',
    '本月还要做好宣传说服工作，争取独生子女领证率达百分之百。',
    '医学检验实验室指以提供人类疾病诊断、管理、预防和治疗或健康评估为目的的机构',
    '',
  ])('%s does not', (t) => {
    expect(isHeadingLike(line(t))).toBe(false);
  });
  it('a heading copied from a web page keeps reading as one: a page address or a site name after it is noise', () => {
    const copied = [
      '三月工作安排 https://www.example.cn/list.html?page=1,2',
      '2024年春季学期德育工作安排及各年级活动要点一览 - 百度文库',
      '学校安全工作计划_第一范文网',
      '二〇二四年工作要点——来自豆丁网',
    ];
    expect(copied.map((t) => isHeadingLike(line(t)))).toEqual([true, true, true, true]);
    // a sentence stays a sentence, with or without the noise
    expect(['加强学习，提高认识 - 百度文库', '开展活动，详见 www.a.cn'].map((t) => isHeadingLike(line(t)))).toEqual([false, false]);
  });
  it('table lines: a cell ending in |, a row starting with |, tab-separated cells', () => {
    expect(['班主任 |', '| 10教師節。', '周次\t日期\t内容'].map((t) => isTableLine(line(t)))).toEqual([true, true, true]);
    expect(isTableLine(line('一、工作目标'))).toBe(false);
  });
});

describe('header rows of flattened tables', () => {
  it('four or more short labels side by side', () => {
    expect(isHeaderRow(line('週別 起迄 校園大事 教務 學務 總務 輔導'))).toBe(true);
    expect(isHeaderRow(line('周次\t日期\t活动内容\t负责人'))).toBe(true);
  });
  it('not a spaced-out title, a sentence, or a row with figures', () => {
    expect(isHeaderRow(line('德 育 处 周 工 作 安 排'))).toBe(false);
    expect(isHeaderRow(line('第一章 总则'))).toBe(false);
    expect(isHeaderRow(line('联系人 张三 电话 68791885'))).toBe(false);
    expect(isHeaderRow(line('各部门 要 认真 落实，不得 推诿'))).toBe(false);
  });
});

describe('a marker followed by a date, or a pair of months', () => {
  const markerLines = (text: string) => parseDocument(text).markers.map((m) => `${m.line}:${m.value}`);
  it('1、4月22日… is item 1 when item 2 follows', () => {
    expect(markerLines('1、4月22日：世界地球日。\n班主任 |\n2、开展一事一议活动。')).toEqual(['0:1', '2:2']);
  });
  it('…or when it continues the list before it', () => {
    expect(markerLines('1、开学典礼。\n2、3月5日：学雷锋活动。')).toEqual(['0:1', '1:2']);
  });
  it('11、12月份 stays a pair of months when nothing around it is item 10 or 12', () => {
    expect(markerLines('1、开学。\n11、12月份：期末复习。')).toEqual(['0:1']);
    expect(markerLines('1、4月22日世界地球日')).toEqual([]);
  });
  it('1.3月份… and 二、2024年… are items in a list that agrees, and numbers or dates otherwise', () => {
    expect(markerLines('1.3月份召开动员会\n2.4月份组织培训')).toEqual(['0:1', '1:2']);
    expect(markerLines('一、2024年工作回顾\n二、2025年工作计划\n三、5G网络建设')).toEqual(['0:1', '1:2', '2:3']);
    expect(markerLines('工作回顾\n1.3月份召开动员会。')).toEqual([]);
    expect(markerLines('一、2024年工作回顾')).toEqual([]);
    expect(markerLines('4.检查\n5.29协会纪念日\n产量增长1.5倍')).toEqual(['0:4']);
  });
  it('十一、十二月份 is item 十一 when 十二、 follows it', () => {
    expect(markerLines('十一、十二月份工作安排\n十二、总结评比')).toEqual(['0:11', '1:12']);
  });
});
