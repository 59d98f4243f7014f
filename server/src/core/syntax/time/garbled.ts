// Dates that a copy or a conversion broke, read from a line's text (not time sections: nothing can be
// planned on them).
//
//   2023年6月65438+10月12日   a month followed by a run of digits and `+`: Baidu's conversion of 1月 left
//                             "65438+10" in place of the number — no day has three or more digits
//   2024327                   alone on a line at the end of a notice: the signing date 2024年3月27日 with
//                             年, 月 and 日 lost
//   3月1000人 / 电话 2024327   not broken dates: no 日/月/+ after the digits; a number with other text on its line

export interface GarbledDate {
  start: number;
  end: number;
  raw: string;
  kind: 'corrupt-day' | 'digits-only';
}

const CORRUPT = /\d{1,2}月(?:\d{3,}\+\d*月)+\d{0,2}日?/g;

/** Month-and-day runs where a conversion left digits and `+` in place of the day. */
export function findCorruptDates(text: string): GarbledDate[] {
  if (!text.includes('+') || !text.includes('月')) return [];
  const out: GarbledDate[] = [];
  CORRUPT.lastIndex = 0;
  for (let m = CORRUPT.exec(text); m; m = CORRUPT.exec(text)) {
    const raw = m[0];
    out.push({ start: m.index, end: m.index + raw.length, raw, kind: 'corrupt-day' });
  }
  return out;
}

/** 2024327 / 20240327 alone on a line: a year 19xx/20xx, then a month and day that exist, with 年/月/日 lost. */
export function readDigitsOnlyDate(content: string): { year: number; month: number; day: number } | undefined {
  if (!/^(?:19|20)\d{5,6}$/.test(content)) return undefined;
  const year = Number(content.slice(0, 4));
  const rest = content.slice(4);
  const splits = rest.length === 4 ? [[rest.slice(0, 2), rest.slice(2)]] : [[rest.slice(0, 1), rest.slice(1)], [rest.slice(0, 2), rest.slice(2)]];
  const valid = splits.map(([m, d]) => ({ month: Number(m), day: Number(d) })).filter(({ month, day }) => month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month));
  return valid.length === 1 ? { year, ...valid[0]! } : undefined;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
