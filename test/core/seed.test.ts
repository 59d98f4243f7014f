// The defining sample: its real defects are reported at the right lines, its correct runs produce nothing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../server/src/core/linter.js';

const seed = readFileSync(join(__dirname, '../fixtures/seed.txt'), 'utf8');
const { model, problems } = lintText(seed);
const found = (rule: string) => problems.filter((p) => p.ruleId === rule).map((p) => p.range.start.line + 1);

describe('seed: 计划生育工作制度(通用8篇)', () => {
  it('reads 篇一…篇八 as articles', () => {
    expect(model.articles.filter((a) => a.kind === 'pian').map((a) => a.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('numbering-sequence: 3、 right after 三月份： (line 49) and 3[ after 1、 (line 173, the missing 2、)', () => {
    expect(found('numbering-sequence')).toEqual([49, 173]);
  });

  it('numbering-restart: the restarts inside 三月份, （一）、 after （八）, 一坚持 after 三抓考核, and 篇六\'s second list', () => {
    // 27 （一）、提高认识 restarts （一）…（八）; 52, 55, 57, 59 restart inside 三月份; 65 the 1.…8. link list;
    // 163 一坚持 after 一建/二抓/三抓; 247 1、重点管理对象 after 1、…5、 with the heading lost
    expect(found('numbering-restart')).toEqual([27, 52, 55, 57, 59, 65, 163, 247]);
  });

  it('marker-punctuation: （一）、/（二）、, the bare 一建台帐 and 一坚持…八在 runs, and 3[', () => {
    expect(found('marker-punctuation')).toEqual([27, 31, 155, 159, 161, 163, 169, 173, 181, 183, 185, 189, 193, 195]);
  });

  it('the correct runs produce nothing: （一）…（八）, 1、…10、 with uneven spacing, 一、指导思想/二、工作要点, dates 5.29 7.11 9.25', () => {
    const quiet = [11, 13, 15, 17, 19, 21, 23, 25, 259, 263, 265, 266, 270, 272, 276, 278, 280, 282, 284, 286, 294, 296, 298, 300];
    const lines = new Set(problems.filter((p) => p.ruleId.startsWith('numbering') || p.ruleId.startsWith('marker')).map((p) => p.range.start.line + 1));
    expect(quiet.filter((l) => lines.has(l))).toEqual([]);
    // 5.29 / 7.11 / 9.25 are dates, not markers
    expect(model.markers.filter((m) => m.line + 1 >= 294).map((m) => m.value)).toEqual([1, 2, 3, 4]);
  });

  it('recognises 三月份： as a time section and 篇八\'s ranges as items with time', () => {
    expect(model.timeSections.map((t) => t.line + 1)).toEqual([47, 294, 296, 298, 300]);
    expect(model.timeSections[0]!.standalone).toBe(true);
  });
});

describe('compilations', () => {
  it('month-style takes each 篇 on its own: 篇一 writes 三月份, 篇二 writes 3月, neither is reported', () => {
    const text = '计划篇一\n三月份：\n1、甲\n四月份：\n1、乙\n计划篇二\n3月：\n1、丙\n4月：\n1、丁\n5月：\n1、戊\n';
    expect(lintText(text).problems.filter((p) => p.ruleId === 'month-style')).toEqual([]);
    // within one text the minority is still reported
    const mixed = '计划篇一\n三月份：\n1、甲\n四月份：\n1、乙\n5月：\n1、丙\n';
    expect(lintText(mixed).problems.filter((p) => p.ruleId === 'month-style').map((p) => p.range.start.line + 1)).toEqual([6]);
  });
});
