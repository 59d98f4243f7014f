// Dates broken by a copy or a conversion, and dates whose 年/月/日 were lost.
import { describe, expect, it } from 'vitest';
import { findCorruptDates, readDigitsOnlyDate } from '../../server/src/core/syntax/time/garbled.js';
import { lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';

describe('broken dates', () => {
  it('a run of digits and + where a day should be', () => {
    expect(findCorruptDates('寒假從2023年6月65438+10月65438+3月3日(農歷12月22日)').map((d) => d.raw)).toEqual(['6月65438+10月65438+3月3日']);
    expect(findCorruptDates('2022年8月31日開學,2023年6月65438+10月12').map((d) => d.raw)).toEqual(['6月65438+10月12']);
  });
  it('not a count after a month, nor ordinary dates', () => {
    expect(findCorruptDates('3月1000人参加，4月22日开会，5月份完成')).toEqual([]);
  });
  it('digits alone: a year, then one month and day that exist', () => {
    expect(readDigitsOnlyDate('2024327')).toEqual({ year: 2024, month: 3, day: 27 });
    expect(readDigitsOnlyDate('20240327')).toEqual({ year: 2024, month: 3, day: 27 });
    expect(readDigitsOnlyDate('2024111')).toBeUndefined(); // 1月11日 or 11月1日: no single reading
    expect(readDigitsOnlyDate('340102')).toBeUndefined(); // a room number
    expect(readDigitsOnlyDate('68791885')).toBeUndefined(); // a telephone number
    expect(readDigitsOnlyDate('2024')).toBeUndefined();
  });
  it('month-invalid reports both, and leaves a line with other text on it alone', () => {
    const found = (t: string) => lintText(t, defaultConfig('common')).problems.filter((p) => p.ruleId === 'month-invalid').map((p) => p.range.start.line + 1);
    expect(found('通知\n寒假：2023年6月65438+10月12日至2月5日\n芜湖市教育局\n2024327\n电话：2024327')).toEqual([2, 4]);
  });
});
