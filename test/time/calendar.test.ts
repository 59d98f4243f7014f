// The calendar arithmetic behind the week-row and weekday checks, on dates whose weekday is known.
import { describe, expect, it } from 'vitest';
import { daySpan, dayNumber, isLeapYear, monthLength, weekdayDates, weekdayOf } from '../../server/src/core/analysis/calendar.js';
import { parseDocument } from '../../server/src/core/model/parse.js';

describe('weekdayOf', () => {
  it.each([
    [1970, 1, 1, 4], // Thursday, day 0
    [1949, 10, 1, 6], // 开国大典, Saturday
    [1997, 7, 1, 2], // Tuesday
    [2000, 2, 29, 2], // a leap day of a 400-year, Tuesday
    [1900, 3, 1, 4], // 1900 is no leap year: Thursday
    [2008, 8, 8, 5], // Friday
    [2023, 12, 31, 0], // Sunday
    [2024, 2, 29, 4], // Thursday
    [2024, 9, 1, 0], // the example: Sunday
    [2025, 1, 1, 3], // Wednesday
    [2100, 3, 1, 1], // Monday
  ])('%i-%i-%i is weekday %i', (y, m, d, w) => {
    expect(weekdayOf(y, m, d)).toBe(w);
  });

  it('agrees with the platform calendar on every day of 1999–2030', () => {
    for (let n = dayNumber(1999, 1, 1); n <= dayNumber(2030, 12, 31); n += 1) {
      const date = new Date(n * 86400000);
      expect(weekdayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(date.getUTCDay());
    }
  });
});

describe('leap years, month lengths and spans', () => {
  it('leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect([monthLength(2), monthLength(2, 2024), monthLength(2, 2023), monthLength(4), monthLength(12)]).toEqual([28, 29, 28, 30, 31]);
  });

  it('a span counts both ends, runs over New Year, and never overcounts February without a year', () => {
    expect(daySpan(9, 2, 9, 8)).toBe(7);
    expect(daySpan(9, 2, 9, 6)).toBe(5);
    expect(daySpan(9, 29, 10, 5)).toBe(7);
    expect(daySpan(12, 29, 1, 4)).toBe(7);
    expect(daySpan(2, 25, 3, 2)).toBe(6);
    expect(daySpan(2, 25, 3, 2, 2024)).toBe(7);
  });
});

describe('weekdayDates: dates written with their weekday', () => {
  const read = (...lines: string[]) =>
    weekdayDates(parseDocument(lines.join('\n'))).map((d) => [d.line + 1, d.raw, d.year, d.month, d.day, d.written]);

  it('reads the forms, with the year written or carried over from an earlier date on the line', () => {
    expect(read('2024年9月1日（星期日）报到，9月2日(周一)上课。', '2012年1月4日 星期三', '2018年3月25日，周日')).toEqual([
      [1, '2024年9月1日（星期日）', 2024, 9, 1, 0],
      [1, '9月2日(周一)', 2024, 9, 2, 1],
      [2, '2012年1月4日 星期三', 2012, 1, 4, 3],
      [3, '2018年3月25日，周日', 2018, 3, 25, 0],
    ]);
  });

  it('a month earlier than the last one on the line is in the next year', () => {
    expect(read('2024年12月30日（星期一）至1月5日（星期日）放假')).toEqual([
      [1, '2024年12月30日（星期一）', 2024, 12, 30, 1],
      [1, '1月5日（星期日）', 2025, 1, 5, 0],
    ]);
  });

  it('leaves alone dates without a known year, lunar dates, and 周一至周五', () => {
    expect(read('9月1日（星期日）开学')).toEqual([]);
    expect(read('2023年1月12日(农历12月21日星期四)学期结束', '2022年1月1日(農歷11月29日,星期六)')).toEqual([]);
    expect(read('2024年9月2日周一至周五每天到校')).toEqual([]);
    expect(read('2024年9月1日周年庆典')).toEqual([]);
    expect(read('| 2024年9月1日（星期一） |')).toEqual([]);
  });
});
