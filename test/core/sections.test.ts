// Decimal section numbers: how a line start is read, and which readings a run confirms.
import { describe, expect, it } from 'vitest';
import { follows, matchDecimalSection, sectionsInRuns } from '../../server/src/core/syntax/decimalSections.js';
import { parseDocument } from '../../server/src/core/model/parse.js';

describe('decimal section numbers', () => {
  it('reads 1.1 / 2.3.1 followed by text or a space', () => {
    expect(matchDecimalSection('1.1全球动态', 0, 0)?.numbers).toEqual([1, 1]);
    expect(matchDecimalSection('2.3.1 技术标准', 0, 0)?.numbers).toEqual([2, 3, 1]);
  });
  it('is not a date, a figure, a marker or a year', () => {
    for (const t of ['2018.10.08', '1.', '1、开学', '20.5%', '3.14159']) expect(matchDecimalSection(t, 0, 0), t).toBeNull();
  });
  it('keeps the digits glued to the last component apart: 1.32026年 → 1.3 + 2026', () => {
    expect(matchDecimalSection('1.32026年趋势', 0, 0)).toMatchObject({ numbers: [1, 3], glued: '2026' });
  });
  it('follows: sibling, first child, next section of an ancestor', () => {
    expect([follows([1, 2], [1, 3]), follows([1, 2], [1, 2, 1]), follows([1, 2, 3], [1, 3]), follows([1, 3, 3], [2, 1])]).toEqual([true, true, true, false]);
    expect([follows([1, 1], [1, 3]), follows([1, 2], [1, 2, 2]), follows([1, 2], [1, 2])]).toEqual([false, false, false]);
  });
  it('a lone reading is no section; a glued one counts only after the section it follows', () => {
    const at = (numbers: number[], glued = '') => ({ line: 0, start: 0, end: 0, numbers, glued });
    expect(sectionsInRuns([at([5, 29])])).toEqual([]);
    expect(sectionsInRuns([at([1, 5]), at([5, 29])])).toEqual([]);
    expect(sectionsInRuns([at([1, 2]), at([1, 3], '2026')]).length).toBe(2);
    expect(sectionsInRuns([at([1, 3], '2026'), at([1, 9])])).toEqual([]);
  });
  it('the model keeps the runs of a document', () => {
    const m = parseDocument('1.1甲\n1.2乙\n正文。\n5.29协会纪念日');
    expect(m.sections.map((s) => s.numbers.join('.'))).toEqual(['1.1', '1.2']);
  });
});
