// Reads time expressions that head a plan section or item: 三月份： / 一月至三月份 / 第一季度 / 第3周 / 3月8日 …
// A hand-written scanner over a bounded prefix of the line: called for every line, so it must be
// linear, never throw, and never look past SCAN_LIMIT characters for the expression itself.
import type { TimeExpression, TimeStyle } from './types.js';
import { cnNumeralRun, parseCnNumeral, toAsciiDigits } from '../numerals.js';

/** The expression must start and end within this many characters of `from`. */
const SCAN_LIMIT = 64;
/** A rest of line longer than this is running text, never a heading suffix. */
const SUFFIX_LIMIT = 16;

type Numerals = NonNullable<TimeStyle['numerals']>;

interface NumeralRead {
  value: number;
  next: number;
  numerals: Numerals;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isFullwidthDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '０' && c <= '９';
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0';
}

// Char codes, not s[i]: indexing a CJK character allocates a one-character string, and the scanner
// runs at the start of every line that begins with a numeral (every 一、 and 1.).
const SPACE_CODES = new Set([0x20, 0x09, 0x3000, 0xa0]);
const YUE = 0x6708; // 月
const FEN = 0x4efd; // 份
const NIAN = 0x5e74; // 年
/** Values of single Chinese numeral characters; 两 and 百 never write a month, week or quarter. */
const CN_SINGLE = new Map<number, number>(
  [...'〇零一二三四五六七八九十'].map((ch) => [ch.charCodeAt(0), ch === '十' ? 10 : ch === '零' ? 0 : '〇一二三四五六七八九'.indexOf(ch)]),
);

function isSpaceCode(code: number): boolean {
  return SPACE_CODES.has(code);
}

/** 3 / １２ / 三 / 十二 / 二十一 / 元 (only when `allowYuan`). At most 2 digits: 100月 is not a month. */
function readNumeral(s: string, i: number, limit: number, allowYuan = false): NumeralRead | null {
  const c = s[i];
  if (isAsciiDigit(c) || isFullwidthDigit(c)) {
    const fullwidth = isFullwidthDigit(c);
    let j = i;
    let value = 0;
    while (j < limit && (fullwidth ? isFullwidthDigit(s[j]) : isAsciiDigit(s[j]))) {
      value = value * 10 + (s.charCodeAt(j) - (fullwidth ? 0xff10 : 0x30));
      j++;
      if (j - i > 2) return null;
    }
    return { value, next: j, numerals: fullwidth ? 'fullwidth' : 'arabic' };
  }
  if (allowYuan && c === '元') return { value: 1, next: i + 1, numerals: 'yuan' };
  // Chinese: the longest well-formed numeral below 100 (十二, 二十一, 三) — the core's own reader
  const run = cnNumeralRun(s, i, Math.min(3, limit - i));
  if (run === 1) {
    // one character (一、 二月): its value without slicing it out
    const value = CN_SINGLE.get(s.charCodeAt(i));
    return value === undefined ? null : { value, next: i + 1, numerals: 'cn' };
  }
  for (let len = run; len > 0; len--) {
    const word = s.slice(i, i + len);
    const value = parseCnNumeral(word);
    // 两 and 百 never write a month, week or quarter
    if (Number.isFinite(value) && !word.includes('百') && !word.includes('两')) return { value, next: i + len, numerals: 'cn' };
  }
  return null;
}

const CONNECTORS = ['——', '--', '－－', '—', '–', '－', '-', '～', '~', '〜', '至', '到', '、'];
const CONNECTOR_START = new Set(CONNECTORS.map((c) => c.charCodeAt(0)));

/** A range connector, with optional spaces around it. Returns the connector as written (without spaces). */
function readConnector(s: string, i: number, limit: number): { connector: string; next: number } | null {
  // a quarter, then a month range, try the same place after a numeral: read it once
  if (s === lastConnector.s && i === lastConnector.i && limit === lastConnector.limit) return lastConnector.result;
  const result = scanConnector(s, i, limit);
  lastConnector.s = s;
  lastConnector.i = i;
  lastConnector.limit = limit;
  lastConnector.result = result;
  return result;
}

const lastConnector: { s: string; i: number; limit: number; result: { connector: string; next: number } | null } = { s: '', i: -1, limit: -1, result: null };

function scanConnector(s: string, i: number, limit: number): { connector: string; next: number } | null {
  let j = i;
  while (j < limit && isSpaceCode(s.charCodeAt(j))) j++;
  if (!CONNECTOR_START.has(s.charCodeAt(j))) return null;
  for (const c of CONNECTORS) {
    if (s.startsWith(c, j) && j + c.length <= limit) {
      let k = j + c.length;
      while (k < limit && isSpaceCode(s.charCodeAt(k))) k++;
      return { connector: c, next: k };
    }
  }
  return null;
}

const NEXT_YEAR_WORDS = ['次年', '明年', '翌年', '来年'];

const NEXT_YEAR_START = new Set(NEXT_YEAR_WORDS.map((w) => w.charCodeAt(0)));

function readNextYear(s: string, i: number): number {
  if (!NEXT_YEAR_START.has(s.charCodeAt(i))) return i;
  for (const w of NEXT_YEAR_WORDS) if (s.startsWith(w, i)) return i + w.length;
  return i;
}

/** 2023年 / 20xx年 / 二〇二三年 before a month. */
function readYearPrefix(s: string, i: number, limit: number): { year?: number; next: number } | null {
  // every form (2023年, 20xx年, 二〇二三年) has its 年 four characters on
  if (s.charCodeAt(i + 4) !== NIAN) return null;
  let j = i;
  while (j < limit && j - i < 4 && (isAsciiDigit(s[j]) || isFullwidthDigit(s[j]))) j++;
  if (j - i === 4 && s[j] === '年') {
    const digits = toAsciiDigits(s.slice(i, j));
    return { year: Number(digits), next: j + 1 };
  }
  if (j - i === 2 && (s.startsWith('xx年', j) || s.startsWith('XX年', j))) return { next: j + 3 };
  j = i;
  let year = 0;
  while (j < limit && j - i < 4 && CN_DIGITS[s[j] ?? ''] !== undefined) year = year * 10 + CN_DIGITS[s[j]!]!, j++;
  if (j - i === 4 && s[j] === '年') return { year, next: j + 1 };
  return null;
}

/** Words that, directly after a time expression, show it is part of a sentence (3月份以前完成, 9月1日后). */
const SENTENCE_TAILS = [
  '以前', '以后', '以来', '以内', '以上', '以下', '之前', '之后', '之内', '之间', '之际', '期间', '开始', '至今', '为止',
  '左右', '截止', '前', '后', '起', '止', '底', '初', '末', '中', '的', '间', '内', '为', '是', '就', '将', '已', '和',
  '与', '及', '或', '日', '号', '月', '个', '年', '季', '份', '里', '时',
];

/** Words after the expression that still leave the line a bare heading: 一月份工作安排： */
const HEADING_SUFFIX =
  /^(?:(?:各项|主要|重点|具体|常规)?(?:工作|教学|活动|德育|教研)?(?:安排|计划|要点|重点|任务|内容|目标|工作|活动|事项|总结|回顾|进度|行事历|日程))?$/;

/** Trailing punctuation of a heading line, and the marks a calendar puts after a week (第16周● / 第3周★). */
const TRAILING_PUNCT = /[\s：:。，,、；;*_】\]●○◎★☆▲△◆◇※]+$/;

const XUN = ['上旬', '中旬', '下旬'];

/** A time expression being read: its fields as in TimeExpression, before start/raw/validity are settled. */
type Draft = Pick<TimeExpression, 'kind' | 'end' | 'fromMonth' | 'toMonth' | 'fromDay' | 'toDay' | 'ordinal' | 'toOrdinal' | 'toNextYear' | 'style'> & {
  /** forms that read as headings only when punctuation or the line end follows (全年, 暑假, 上旬) */
  weak?: boolean;
};

/** 上旬 / 中旬 / 下旬 at i. */
function readXun(s: string, i: number): number {
  for (let k = 0; k < XUN.length; k++) if (s.startsWith(XUN[k]!, i)) return k + 1;
  return 0;
}

/** A day: numeral followed by 日 or 号. */
function readDay(s: string, i: number, limit: number): { day: number; next: number } | null {
  const n = readNumeral(s, i, limit);
  if (!n || n.next >= limit) return null;
  const c = s[n.next];
  if (c !== '日' && c !== '号') return null;
  return { day: n.value, next: n.next + 1 };
}

/** Month word at i: numeral + 月 (+ 份). */
function readMonthWord(
  s: string,
  i: number,
  limit: number,
): { month: number; next: number; numerals: Numerals; fen: boolean } | null {
  const n = readNumeral(s, i, limit, true);
  if (!n || s.charCodeAt(n.next) !== YUE) return null;
  let next = n.next + 1;
  const fen = s.charCodeAt(next) === FEN;
  if (fen) next++;
  return { month: n.value, next, numerals: n.numerals, fen };
}

/** Months, month ranges, dates, date ranges and month + 旬 starting at i. */
function readMonthForms(s: string, i: number, limit: number, numeralAtI?: NumeralRead | null): Draft | null {
  // the caller may have read the numeral at i already (without 元, which it would have missed)
  const first = numeralAtI ?? readNumeral(s, i, limit, true);
  if (!first) return null;
  // 四至六月份 / 7-9月 / 11、12月 / 九至次年一月: the month word only on the right end.
  if (s.charCodeAt(first.next) !== YUE) {
    if (first.numerals === 'yuan') return null;
    const conn = readConnector(s, first.next, limit);
    if (!conn) return null;
    const afterNext = readNextYear(s, conn.next);
    const second = readMonthWord(s, afterNext, limit);
    if (!second || second.numerals === 'yuan') return null;
    // 11、12月 names two adjacent months in one script; 1、一月份 is item 1 about January
    if (conn.connector === '、' && (second.numerals !== first.numerals || second.month !== first.value + 1)) return null;
    return {
      kind: 'month-range',
      end: second.next,
      fromMonth: first.value,
      toMonth: second.month,
      toNextYear: afterNext !== conn.next || undefined,
      style: { numerals: first.numerals, fen: second.fen, connector: conn.connector, repeatMonth: false },
    };
  }
  const month = readMonthWord(s, i, limit)!;
  const style: TimeStyle = { numerals: month.numerals, fen: month.fen };
  let j = month.next;
  // 三月上旬
  const xun = readXun(s, j);
  if (xun) return { kind: 'xun', end: j + 2, fromMonth: month.month, toMonth: month.month, ordinal: xun, style };
  // 3月8日, 3月8日-12日, 3月8-12日, 2月28日--3月6日
  if (!month.fen) {
    const dayNum = readNumeral(s, j, limit);
    if (dayNum) {
      const day = readDay(s, j, limit);
      if (!day) {
        // 3月8-12日
        const conn = readConnector(s, dayNum.next, limit);
        const toDay = conn && conn.connector !== '、' ? readDay(s, conn.next, limit) : null;
        if (!conn || !toDay) return null;
        return {
          kind: 'date-range', end: toDay.next, fromMonth: month.month, toMonth: month.month,
          fromDay: dayNum.value, toDay: toDay.day, style: { ...style, connector: conn.connector },
        };
      }
      const conn = readConnector(s, day.next, limit);
      if (conn && conn.connector !== '、') {
        const afterNext = readNextYear(s, conn.next);
        const toMonth = readMonthWord(s, afterNext, limit);
        if (toMonth && !toMonth.fen) {
          const toDay = readDay(s, toMonth.next, limit);
          if (toDay)
            return {
              kind: 'date-range', end: toDay.next, fromMonth: month.month, toMonth: toMonth.month,
              fromDay: day.day, toDay: toDay.day, toNextYear: afterNext !== conn.next || undefined,
              style: { ...style, connector: conn.connector },
            };
        } else if (afterNext === conn.next) {
          const toDay = readDay(s, conn.next, limit);
          if (toDay)
            return {
              kind: 'date-range', end: toDay.next, fromMonth: month.month, toMonth: month.month,
              fromDay: day.day, toDay: toDay.day, style: { ...style, connector: conn.connector },
            };
        }
      }
      return { kind: 'date', end: day.next, fromMonth: month.month, toMonth: month.month, fromDay: day.day, toDay: day.day, style };
    }
  }
  // 一月至三月份 / 三月份至四月份 / 九月至次年一月
  const conn = readConnector(s, j, limit);
  if (conn) {
    const afterNext = readNextYear(s, conn.next);
    const second = readMonthWord(s, afterNext, limit);
    if (second)
      return {
        kind: 'month-range',
        end: second.next,
        fromMonth: month.month,
        toMonth: second.month,
        toNextYear: afterNext !== conn.next || undefined,
        style: { numerals: month.numerals, fen: second.fen || month.fen, connector: conn.connector, repeatMonth: true },
      };
  }
  return { kind: 'month', end: j, fromMonth: month.month, toMonth: month.month, style };
}

/** 第一季度 / 一季度 / 第一、二季度 / 一至二季度, starting at the numeral. */
function readQuarterAfterNumeral(s: string, n: NumeralRead, limit: number, di: boolean): Draft | null {
  let j = n.next;
  let toOrdinal: number | undefined;
  let connector: string | undefined;
  if (!s.startsWith('季', j)) {
    const conn = readConnector(s, j, limit);
    if (!conn) return null;
    const k = s.startsWith('第', conn.next) ? conn.next + 1 : conn.next;
    const second = readNumeral(s, k, limit);
    if (!second || !s.startsWith('季', second.next)) return null;
    toOrdinal = second.value;
    connector = conn.connector;
    j = second.next;
  }
  j += s.startsWith('季度', j) ? 2 : 1;
  const q = n.value;
  const last = toOrdinal ?? q;
  return {
    kind: 'quarter', end: j, ordinal: q, toOrdinal, fromMonth: q * 3 - 2, toMonth: last * 3,
    style: { numerals: n.numerals, connector, ordinalForm: di ? 'di' : 'bare' },
  };
}

/** 第3周 / 第1-2周 / 第一至二周 / 第1周至第3周, starting after 第. */
function readWeekAfterNumeral(s: string, n: NumeralRead, limit: number): Draft | null {
  let j = n.next;
  if (isWeekChar(s[j])) {
    j++;
    // 第1周至第3周
    const conn = readConnector(s, j, limit);
    if (conn && s[conn.next] === '第') {
      const second = readNumeral(s, conn.next + 1, limit);
      if (second && isWeekChar(s[second.next]))
        return weekDraft(n, second.value, second.next + 1, conn.connector);
    }
    return weekDraft(n, undefined, j, undefined);
  }
  const conn = readConnector(s, j, limit);
  if (!conn) return null;
  const second = readNumeral(s, conn.next, limit);
  if (!second || !isWeekChar(s[second.next])) return null;
  return weekDraft(n, second.value, second.next + 1, conn.connector);
}

function weekDraft(n: NumeralRead, to: number | undefined, end: number, connector: string | undefined): Draft {
  return {
    kind: to === undefined ? 'week' : 'week-range',
    end,
    ordinal: n.value,
    toOrdinal: to,
    style: { numerals: n.numerals, connector, ordinalForm: 'di' },
  };
}

/** 周, and 週 as Taiwanese calendars write it (第1週). */
function isWeekChar(c: string | undefined): boolean {
  return c === '周' || c === '週';
}

/**
 * The dates of a week row: in a parenthesis straight after it (第3周（9月15日-9月19日）) or after a space
 * (第3周 9月15日-9月19日, 第1週 02-11 ~ 02-17, 第2周 9.8-9.14). Returns the end past them (past the closing
 * bracket), or `i` when there are none.
 */
function readWeekDates(s: string, i: number, limit: number, draft: Draft): number {
  let j = i;
  while (j < limit && isSpace(s[j])) j++;
  const bracket = s[j] === '（' || s[j] === '(';
  if (!bracket && j === i) return i;
  if (bracket) {
    j++;
    while (j < limit && isSpace(s[j])) j++;
  }
  const dates = readMonthForms(s, j, limit) ?? readNumericDates(s, j, limit);
  if (!dates || (dates.kind !== 'date' && dates.kind !== 'date-range')) return i;
  let k = dates.end;
  if (bracket) {
    while (k < limit && isSpace(s[k])) k++;
    if (s[k] !== '）' && s[k] !== ')') return i;
    k++;
  }
  draft.fromMonth = dates.fromMonth;
  draft.toMonth = dates.toMonth;
  draft.fromDay = dates.fromDay;
  draft.toDay = dates.toDay;
  draft.toNextYear = dates.toNextYear;
  return k;
}

/** 02-11 ~ 02-17 / 9.1-9.7 / 9/1—9/7: a date range written in figures, month and day joined the same way on both ends. */
const NUMERIC_RANGE = /^([0-9]{1,2})([-./．／])([0-9]{1,2})\s*(~|～|〜|——|--|—|–|－|-|至|到)\s*([0-9]{1,2})\2([0-9]{1,2})(?=$|[\s）)，,。；;：:|｜])/;

function readNumericDates(s: string, i: number, limit: number): Draft | null {
  if (!isAsciiDigit(s[i])) return null;
  const m = NUMERIC_RANGE.exec(s.slice(i, Math.min(limit, i + 24)));
  if (!m) return null;
  const [fromMonth, fromDay, toMonth, toDay] = [m[1], m[3], m[5], m[6]].map(Number) as [number, number, number, number];
  // figures that are no month and day are no dates
  if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12 || fromDay < 1 || fromDay > 31 || toDay < 1 || toDay > 31) return null;
  return { kind: 'date-range', end: i + m[0].length, fromMonth, toMonth, fromDay, toDay, style: { numerals: 'arabic', connector: m[4] } };
}

const FIXED_WORDS: { word: string; make: () => Omit<Draft, 'end'> }[] = [
  { word: '上半年', make: () => ({ kind: 'half', ordinal: 1, fromMonth: 1, toMonth: 6, style: {} }) },
  { word: '下半年', make: () => ({ kind: 'half', ordinal: 2, fromMonth: 7, toMonth: 12, style: {} }) },
  { word: '全年', make: () => ({ kind: 'year', fromMonth: 1, toMonth: 12, style: {}, weak: true }) },
  { word: '寒假', make: () => ({ kind: 'term', ordinal: 0, fromMonth: 1, toMonth: 2, style: {}, weak: true }) },
  { word: '暑假', make: () => ({ kind: 'term', ordinal: 0, fromMonth: 7, toMonth: 8, style: {}, weak: true }) },
  {
    word: '上学期',
    make: () => ({ kind: 'term', ordinal: 1, fromMonth: 9, toMonth: 1, toNextYear: true, style: { ordinalForm: 'bare' } }),
  },
  { word: '下学期', make: () => ({ kind: 'term', ordinal: 2, fromMonth: 2, toMonth: 7, style: { ordinalForm: 'bare' } }) },
  // 秋季学期 / 春季学期: the autumn and spring semesters by their season
  {
    word: '秋季学期',
    make: () => ({ kind: 'term', ordinal: 1, fromMonth: 9, toMonth: 1, toNextYear: true, style: { ordinalForm: 'bare' } }),
  },
  { word: '春季学期', make: () => ({ kind: 'term', ordinal: 2, fromMonth: 2, toMonth: 7, style: { ordinalForm: 'bare' } }) },
  { word: '上旬', make: () => ({ kind: 'xun', ordinal: 1, style: {}, weak: true }) },
  { word: '中旬', make: () => ({ kind: 'xun', ordinal: 2, style: {}, weak: true }) },
  { word: '下旬', make: () => ({ kind: 'xun', ordinal: 3, style: {}, weak: true }) },
];

// 上學期 / 下學期 / 秋季學期 / 春季學期: the semesters as Traditional text writes them
for (const f of FIXED_WORDS.slice()) if (f.word.endsWith('学期')) FIXED_WORDS.push({ word: f.word.replace('学期', '學期'), make: f.make });

const FIXED_START = new Set(FIXED_WORDS.map((f) => f.word.charCodeAt(0)));

function readExpression(s: string, i: number, limit: number): Draft | null {
  if (FIXED_START.has(s.charCodeAt(i))) for (const f of FIXED_WORDS) if (s.startsWith(f.word, i)) return { ...f.make(), end: i + f.word.length };
  const c = s[i];
  // Q1 … Q4
  if ((c === 'Q' || c === 'q') && (isAsciiDigit(s[i + 1]) || isFullwidthDigit(s[i + 1]))) {
    const n = readNumeral(s, i + 1, i + 2);
    if (!n) return null;
    if (/[A-Za-z0-9０-９]/.test(s[n.next] ?? '')) return null;
    return {
      kind: 'quarter', end: n.next, ordinal: n.value, fromMonth: n.value * 3 - 2, toMonth: n.value * 3,
      style: { numerals: n.numerals, ordinalForm: 'q' },
      weak: true, // Q1字签证 is a visa class
    };
  }
  if (c === '第') {
    const n = readNumeral(s, i + 1, limit);
    if (!n) return null;
    if (s.startsWith('学期', n.next) || s.startsWith('學期', n.next)) {
      const second = n.value === 2;
      return {
        kind: 'term', end: n.next + 2, ordinal: n.value,
        fromMonth: second ? 2 : 9, toMonth: second ? 7 : 1, toNextYear: second ? undefined : true,
        style: { numerals: n.numerals, ordinalForm: 'di' },
      };
    }
    return readQuarterAfterNumeral(s, n, limit, true) ?? readWeekAfterNumeral(s, n, limit);
  }
  const n = readNumeral(s, i, limit);
  if (n && (s.startsWith('季', n.next) || readConnector(s, n.next, limit))) {
    const q = readQuarterAfterNumeral(s, n, limit, false);
    if (q) return q;
  }
  return readMonthForms(s, i, limit, n);
}

/** 十一月至一月 / 12月29日-1月2日: a short range over New Year reads as running into the next year, not reversed. */
function crossesYearEnd(d: Draft): boolean {
  if (d.toNextYear || d.fromMonth === undefined || d.toMonth === undefined) return false;
  if (d.kind !== 'month-range' && d.kind !== 'date-range' && d.kind !== 'week' && d.kind !== 'week-range') return false;
  return d.fromMonth >= 10 && d.fromMonth <= 12 && d.toMonth >= 1 && d.toMonth <= 3;
}

function daysInMonth(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validate(d: Draft): TimeExpression['invalid'] {
  const monthOk = (m: number | undefined) => m === undefined || (m >= 1 && m <= 12);
  switch (d.kind) {
    case 'quarter':
      if (d.ordinal! < 1 || d.ordinal! > 4 || (d.toOrdinal !== undefined && (d.toOrdinal < 1 || d.toOrdinal > 4)))
        return 'quarter-out-of-range';
      if (d.toOrdinal !== undefined && d.toOrdinal < d.ordinal!) return 'reversed-range';
      return undefined;
    case 'week':
    case 'week-range':
      if (d.ordinal! < 1 || d.ordinal! > 53 || (d.toOrdinal !== undefined && (d.toOrdinal < 1 || d.toOrdinal > 53)))
        return 'week-out-of-range';
      if (d.toOrdinal !== undefined && d.toOrdinal < d.ordinal!) return 'reversed-range';
      break;
    case 'term':
    case 'half':
    case 'year':
      return undefined;
  }
  if (!monthOk(d.fromMonth) || !monthOk(d.toMonth)) return 'month-out-of-range';
  if (d.fromDay !== undefined) {
    if (d.fromDay < 1 || d.fromDay > daysInMonth(d.fromMonth!)) return 'day-out-of-range';
    if (d.toDay! < 1 || d.toDay! > daysInMonth(d.toMonth!)) return 'day-out-of-range';
  }
  if (!d.toNextYear && d.fromMonth !== undefined && d.toMonth !== undefined) {
    if (d.toMonth < d.fromMonth) return 'reversed-range';
    if (d.toMonth === d.fromMonth && d.fromDay !== undefined && d.toDay! < d.fromDay) return 'reversed-range';
  }
  return undefined;
}

/** Does the rest of the line make the expression part of a sentence? */
const SENTENCE_TAIL_START = new Set(SENTENCE_TAILS.map((w) => w.charCodeAt(0)));

function isSentenceTail(s: string, end: number): boolean {
  if (SENTENCE_TAIL_START.has(s.charCodeAt(end))) for (const w of SENTENCE_TAILS) if (s.startsWith(w, end)) return true;
  // 3月8 without 日, 3月份3次, 一月一次
  const c = s[end];
  return isAsciiDigit(c) || isFullwidthDigit(c) || (c !== undefined && (CN_DIGITS[c] !== undefined || c === '十'));
}

/** 一月至 (the rest of the cell is on the next line), 三月份\t开展培训 / 三月份 | 开展培训 (a row of a text table). */
function isTableCell(s: string, end: number): boolean {
  let j = end;
  while (j < s.length && j < end + 4 && (s[j] === ' ' || s[j] === '\u3000')) j++;
  if (j < s.length && '至到—–－-～~〜'.includes(s[j]!)) return true;
  const window = s.slice(end, end + 40);
  return window.includes('|') || window.includes('｜') || /\t\s*\S/.test(window);
}

/**
 * True when a line ends in the first half of a time expression whose second half is on the next line
 * (一月至 / 七— / 一至三) — as in a table cell wrapped across lines. The parser should then not read the
 * next line (三月份) as a time heading of its own.
 */
export function endsWithTimeFragment(text: string): boolean {
  // trailing blanks are skipped by hand: /[\s|｜]+$/ is quadratic in a long run of spaces (50,000 took 21 s)
  let end = text.length;
  while (end > 0 && TRAILING_BLANK.test(text[end - 1]!)) end--;
  // both patterns end in a connector or a numeral: a line ending in 。 or ： (nearly all) is done
  if (!FRAGMENT_END.has(text.charCodeAt(end - 1))) return false;
  // only the last characters matter; a cut line gets a non-boundary in front so ^ means the real line start
  const tail = end > 16 ? 'x' + text.slice(end - 16, end) : text.slice(0, end);
  // 第2週 02-18 ~ 02-24: a whole date range in figures ends the line, not half of a month range
  return DANGLING_CONNECTOR.test(tail) || (DANGLING_RANGE.test(tail) && !NUMERIC_RANGE_END.test(text.slice(Math.max(0, end - 24), end)));
}

const NUMERIC_RANGE_END = /[0-9]{1,2}([-./．／])[0-9]{1,2}\s*(?:~|～|〜|——|--|—|–|－|-|至|到)\s*[0-9]{1,2}\1[0-9]{1,2}$/;

const TRAILING_BLANK = /[\s|｜]/;
/** Last characters DANGLING_CONNECTOR or DANGLING_RANGE can end with: a connector, a Chinese numeral or 元, a digit. */
const FRAGMENT_END = new Set([...'至到—–－-～~〜一二三四五六七八九十元0123456789０１２３４５６７８９'].map((ch) => ch.charCodeAt(0)));

const B = '(?:^|[\\s、，,．.：:|｜（(])';
const NUM = '(?:[一二三四五六七八九十元]{1,3}|[0-9０-９]{1,2})';
const CONN = '[至到—–－\\-～~〜]';
/** 一月至 / 七— */
const DANGLING_CONNECTOR = new RegExp(`${B}${NUM}(?:月份?)?\\s*${CONN}+$`);
/** 一月至三 / 四至六 / 十一、十二 */
const DANGLING_RANGE = new RegExp(`${B}${NUM}(?:月份?)?\\s*(?:${CONN}+|、)\\s*${NUM}$`);

const SEPARATORS = new Set(['：', ':', '，', ',', '、', '。', '；', ';', ' ', '\u3000', '\t', '\u00a0', '）', ')', '】', ']', '*', '_']);

export interface TimeHeadingMatch {
  expr: TimeExpression;
  /** the line is only the heading: 三月份： / 一月份工作安排： / 第一季度 */
  standalone: boolean;
  /** a heading label with its content after a colon: 一月份：走访慰问困难家庭。 / 三月份工作重点：… */
  labelled: boolean;
}

/**
 * Try to read a time expression at column `from` of a line's text (from = after any ordinal marker / Markdown prefix).
 * Returns null for time words inside sentences (利用5.29协会纪念日, 每月, 3月份以前完成, 7.11世界人口日) — only
 * expressions that HEAD a section or item. standalone = the line is only the heading (三月份： / 一月份工作安排： /
 * 第一季度 / 第3周（9月15日-9月19日）), false when running text follows (1、一月至三月份聘请福大教授…).
 * Offsets in the result are columns of `text`.
 */
export function matchTimeHeading(text: string, from: number): TimeHeadingMatch | null {
  return match(text, from);
}

/**
 * Every character a time expression, or the year prefix before it, can begin
 * with: the rest of the lines (nearly all prose) are turned away at once, which
 * took match() from 15% of lint time to almost nothing (bench/core-throughput.mjs).
 * A form that begins with a new character must add it here.
 */
const EXPRESSION_START = new Set(
  [
    ...'0123456789０１２３４５６７８９十元第Qq', ...Object.keys(CN_DIGITS),
    ...FIXED_WORDS.map((f) => f.word[0]!), ...NEXT_YEAR_WORDS.map((w) => w[0]!),
  ].map((ch) => ch.charCodeAt(0)),
);

function match(text: string, from: number): TimeHeadingMatch | null {
  if (!(from >= 0) || from >= text.length) return null;
  const limit = Math.min(text.length, from + SCAN_LIMIT);
  let i = from;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i++;
  // **三月份** / 【三月份】
  while (i < limit && (text[i] === '*' || text[i] === '_' || text[i] === '【' || text[i] === '[')) i++;
  if (!EXPRESSION_START.has(text.charCodeAt(i))) return null;
  const start = i;
  let year: number | undefined;
  const yearPrefix = readYearPrefix(text, i, limit);
  if (yearPrefix) {
    year = yearPrefix.year;
    i = yearPrefix.next;
  }
  const afterNextYear = readNextYear(text, i);
  const nextYear = afterNextYear !== i;
  i = afterNextYear;
  const draft = readExpression(text, i, limit);
  if (!draft) return null;
  // 2019年10月11日 国务院令第721号公布 / a signature date: a year-dated day is a record, not a plan section.
  if (yearPrefix && (draft.kind === 'term' || draft.kind === 'date' || draft.kind === 'date-range')) return null;
  let end = draft.end;
  if (draft.kind === 'week' || draft.kind === 'week-range') end = readWeekDates(text, end, limit, draft);
  if (isSentenceTail(text, end) || isTableCell(text, end)) return null;
  const restStart = end;
  let rest = text.slice(restStart, restStart + SUFFIX_LIMIT + 1);
  if (draft.weak && rest.length > 0 && !SEPARATORS.has(rest[0]!)) return null;
  // A short parenthetical after the heading (三月份（春季）：) belongs to the heading line.
  if (rest[0] === '（' || rest[0] === '(') {
    const close = rest.search(/[）)]/);
    if (close > 0) rest = rest.slice(close + 1);
  }
  let standalone = false;
  if (text.length - restStart <= SUFFIX_LIMIT) {
    const trimmed = rest.replace(TRAILING_PUNCT, '').replace(/^[\s*_】\]]+/, '');
    standalone = HEADING_SUFFIX.test(trimmed);
  }
  if (yearPrefix && !standalone) return null;
  const labelled = !standalone && isLabel(text.slice(restStart, restStart + LABEL_LIMIT));
  const expr: TimeExpression = {
    kind: draft.kind,
    start,
    end,
    raw: text.slice(start, end),
    style: draft.style,
  };
  if (draft.fromMonth !== undefined) expr.fromMonth = draft.fromMonth;
  if (draft.toMonth !== undefined) expr.toMonth = draft.toMonth;
  if (draft.fromDay !== undefined) expr.fromDay = draft.fromDay;
  if (draft.toDay !== undefined) expr.toDay = draft.toDay;
  if (draft.ordinal !== undefined) expr.ordinal = draft.ordinal;
  if (draft.toOrdinal !== undefined) expr.toOrdinal = draft.toOrdinal;
  if (nextYear) expr.nextYear = true;
  if (draft.toNextYear) expr.toNextYear = true;
  if (year !== undefined) expr.year = year;
  if (crossesYearEnd(draft)) {
    draft.toNextYear = true;
    expr.toNextYear = true;
  }
  const invalid = validate(draft);
  if (invalid) expr.invalid = invalid;
  return { expr, standalone, labelled };
}

const LABEL_LIMIT = 24;
const LABEL = /^(?:[（(][^）)]{0,12}[）)])?[\s*_】\]]*([\u4e00-\u9fff]{0,8}?)[\s*_】\]]*[：:]\s*\S/;

/** 一月份：走访… / 三月份工作重点：… / **三月份**：… — the time labels the content after the colon. */
function isLabel(rest: string): boolean {
  const m = LABEL.exec(rest);
  return !!m && HEADING_SUFFIX.test(m[1]!);
}

/**
 * 十一、十二月份 / 11、12月 at `from`: a two-month range written with 、, which a marker reader takes for
 * item 十一、. The parser keeps the marker only when the list before it really stands at the number before.
 */
export function startsWithCommaRange(text: string, from: number): boolean {
  const r = matchTimeHeading(text, from);
  return !!r && r.expr.kind === 'month-range' && r.expr.style.connector === '、' && !r.expr.invalid;
}
