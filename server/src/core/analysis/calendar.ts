// The Gregorian calendar, for the checks a calendar's own facts allow: how many days a week row spans,
// and which weekday a dated day falls on (2024年9月1日（星期日）). Pure arithmetic, no Date objects:
// the core runs in the language server and the browser alike, and local time zones never matter.
import type { DocumentModel } from '../model/types.js';
import { CN_ORDINAL_CLASS, CN_WEEKDAY_CHARS, toAsciiDigits } from '../syntax/numerals.js';

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; without a year February has 28 (the shorter reading). */
export function monthLength(month: number, year?: number): number {
  if (month === 2 && year !== undefined && isLeapYear(year)) return 29;
  return MONTH_DAYS[month - 1] ?? 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

/**
 * Days from one month/day to another, both counted (9月2日–9月8日 is 7). A later date with an earlier month
 * lies in the next year (12月29日–1月4日). Without a year February has 28 days, so a span is never overcounted.
 */
export function daySpan(fromMonth: number, fromDay: number, toMonth: number, toDay: number, year?: number): number {
  const y = year ?? 2001; // a common year
  const toYear = toMonth < fromMonth || (toMonth === fromMonth && toDay < fromDay) ? y + 1 : y;
  return dayNumber(toYear, toMonth, toDay) - dayNumber(y, fromMonth, fromDay) + 1;
}

/** 日 一 二 … 六 as written after 星期 / 周 / 礼拜 (天 is 日). */
const WEEKDAY_CHARS = CN_WEEKDAY_CHARS;

export function weekdayName(weekday: number): { zh: string; en: string } {
  return {
    zh: `星期${WEEKDAY_CHARS[weekday]}`,
    en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekday]!,
  };
}

/** A date written with its weekday: 2024年9月1日（星期日）, 9月7日（周六） after a dated day on the same line. */
export interface WeekdayDate {
  line: number;
  /** columns of the whole expression, date and weekday */
  start: number;
  end: number;
  raw: string;
  year: number;
  month: number;
  day: number;
  /** the weekday as written: 0 = Sunday … 6 = Saturday */
  written: number;
  /** the year was written on the date itself, not carried over from an earlier date on the line */
  ownYear: boolean;
}

/**
 * 2024年9月1日（星期日）/ 2024年9月1日 周日 / 9月7日(周六): year (four figures), month, day, then the weekday
 * straight after — in a bracket, or after a space or comma. Full-width figures are folded first.
 */
const WEEKDAY_DATE = new RegExp(
  `(?:((?:19|20)[0-9]{2})\\s*年\\s*)?([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]\\s*[，,、]?\\s*[（(]?\\s*(?:星期|周|週|礼拜|禮拜)([天${CN_WEEKDAY_CHARS}])`
    + `(?![${CN_ORDINAL_CLASS}0-9至到~～—-])\\s*[）)]?`,
  'g',
);

const cache = new WeakMap<DocumentModel, WeekdayDate[]>();

/**
 * Every date written with its weekday whose year is known from the date itself or from an earlier
 * dated day on the same line (2024年9月1日（星期日）至9月7日（星期六）; 1月 after 12月 is the next year).
 * Lines inside code, comments and table rows are left alone, as they are for structure.
 */
export function weekdayDates(model: DocumentModel): WeekdayDate[] {
  let found = cache.get(model);
  if (!found) cache.set(model, (found = scan(model)));
  return found;
}

function scan(model: DocumentModel): WeekdayDate[] {
  const out: WeekdayDate[] = [];
  // one look at the whole text: most documents write no weekday after a date, and then no line is scanned
  const t = model.text;
  if (!weekdayAfterDay(t)) return out;
  for (const line of model.lines) {
    if (line.blank || line.opaque) continue;
    const text = line.text;
    if (!WEEK_CHAR.test(text) || !text.includes('月') || !WEEK_WORD.test(text)) continue;
    const folded = toAsciiDigits(text);
    let year: number | undefined;
    let lastMonth = 0;
    for (const m of folded.matchAll(WEEKDAY_DATE)) {
      // (农历12月21日星期四): a lunar month and day, whose weekday belongs to the solar date beside it
      if (LUNAR.test(folded.slice(Math.max(0, m.index! - 4), m.index!))) continue;
      const month = Number(m[2]);
      const day = Number(m[3]);
      const ownYear = m[1] !== undefined;
      if (ownYear) year = Number(m[1]);
      else if (year !== undefined && month < lastMonth) year++;
      lastMonth = month;
      if (year === undefined) continue;
      if (month < 1 || month > 12 || day < 1 || day > monthLength(month, year)) continue; // month-invalid's business
      const written = WEEKDAY_CHARS.indexOf(m[4] === '天' ? '日' : m[4]!);
      const start = m.index!;
      out.push({ line: line.index, start, end: start + m[0].length, raw: text.slice(start, start + m[0].length).trim(), year, month, day, written, ownYear });
    }
  }
  return out;
}

const WEEK_WORD = /星期|周|週|礼拜|禮拜/;
/** What follows a day (日 or 号) when its weekday is written after it: 日（星期日） 号 周三 日，礼拜一 */
const WEEKDAY_AFTER_DAY = new RegExp(`\\s*[，,、]?\\s*[（(]?\\s*(?:星期|周|週|礼拜|禮拜)[天${CN_WEEKDAY_CHARS}]`, 'y');

/**
 * A day with a weekday straight after it, somewhere in the text: the only documents worth scanning. Found from
 * each 日 and 号 by string search: five searches for the weekday words, then a regex over the whole text, took 2–3 %
 * of a lint of the seed, which has no weekday.
 */
export function weekdayAfterDay(text: string): boolean {
  for (const day of '日号') {
    for (let i = text.indexOf(day); i >= 0; i = text.indexOf(day, i + 1)) {
      WEEKDAY_AFTER_DAY.lastIndex = i + 1;
      if (WEEKDAY_AFTER_DAY.test(text)) return true;
    }
  }
  return false;
}

/** the first characters of WEEK_WORD: one character class rejects most lines fastest */
const WEEK_CHAR = /[星周週礼禮]/;
const LUNAR = /[农農][历歷曆暦]|[阴陰][历歷曆]/;
