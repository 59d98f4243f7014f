// Chinese, Arabic, full-width and circled numerals: the only place that spells out the Chinese digits.
// Other files build their patterns from the character classes below, so a numeral form is added here once.
//
//   parseCnNumeral('二十三') → 23     toCnNumeral(102) → 一百零二     cnNumeralRun('十二月', 0) → 2
//   parseDigits('１２') → 12          toAsciiDigits('１２月') → 12月   toFullwidthDigits('12') → １２
//   circledValue('③') → 3            toCircled(21) → ㉑             toParenGlyph(2) → ⑵

const CN_DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const CN_DIGIT_CHARS = '〇一二三四五六七八九';

/** Regex character-class bodies (use inside [...]): every numeral character, the digits 〇…九, and 一…十 of ordinals. */
export const CN_NUMERAL_CLASS = '〇零一二两三四五六七八九十百';
export const CN_DIGIT_CLASS = '〇零一二两三四五六七八九';
/** The characters of the ordinals 一 to 十 (and of 十一, 二十三 …): what 一是 / 第一， / 第十二周 are written with. */
export const CN_ORDINAL_CLASS = '一二三四五六七八九十';
/** 日 一 二 … 六: a weekday as written after 星期 / 周 / 礼拜 (index = 0 for Sunday … 6 for Saturday). */
export const CN_WEEKDAY_CHARS = '日一二三四五六';
/** 一 二 三 四: the quarters of a year. */
export const CN_QUARTER_CHARS = '一二三四';

/** The value of a single Chinese digit character (〇 零 → 0, 两 → 2), or undefined. */
export function cnDigitValue(code: number): number | undefined {
  return CN_DIGIT_VALUES.get(code);
}

// Char codes, not one-character strings: text[i] of a CJK character allocates a
// string and `in` must internalise it, which was 9% of lint time (bench/core-throughput.mjs).
const CN_NUMERAL_CODES = new Set([...`${CN_DIGIT_CHARS}零两十百`].map((ch) => ch.charCodeAt(0)));

export function isCnNumeralCode(code: number): boolean {
  return code >= 0x3007 && CN_NUMERAL_CODES.has(code);
}

/** Length of the run of Chinese numeral characters at `from` (at most `max`). */
export function cnNumeralRun(text: string, from: number, max = 4): number {
  let i = from;
  while (i < text.length && i - from < max && isCnNumeralCode(text.charCodeAt(i))) i++;
  return i - from;
}

const CN_DIGIT_VALUES = new Map(Object.entries(CN_DIGITS).map(([ch, v]) => [ch.charCodeAt(0), v]));
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百

/** 一 → 1, 十一 → 11, 二十三 → 23, 一百零二 → 102; NaN when it is not a well-formed numeral. */
export function parseCnNumeral(s: string): number {
  return parseCnNumeralAt(s, 0, s.length);
}

/** parseCnNumeral of text[from, end), read by char code: no slice, no one-character strings. */
export function parseCnNumeralAt(text: string, from: number, end: number): number {
  if (end <= from) return NaN;
  let total = 0;
  let current = -1;
  let sawTen = false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === HUNDRED) {
      if (current < 1) return NaN;
      total += current * 100;
      current = -1;
    } else if (c === TEN) {
      if (sawTen) return NaN;
      sawTen = true;
      total += (current < 0 ? 1 : current) * 10;
      current = -1;
    } else {
      const d = CN_DIGIT_VALUES.get(c);
      if (d === undefined) return NaN;
      if (current > 0) {
        // 二0xx-style digit strings are years, not ordinals; 十一 etc. never put two digits in a row
        return NaN;
      }
      current = d;
    }
  }
  if (current > 0) total += current;
  else if (current === 0 && total === 0) return 0;
  return total;
}

export function toCnNumeral(n: number): string {
  if (n <= 0) return '〇';
  if (n < 10) return CN_DIGIT_CHARS[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGIT_CHARS[n % 10] : '');
  if (n < 100) return CN_DIGIT_CHARS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGIT_CHARS[n % 10] : '');
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return CN_DIGIT_CHARS[hundreds] + '百';
  return CN_DIGIT_CHARS[hundreds] + '百' + (rest < 10 ? '零' + CN_DIGIT_CHARS[rest] : rest < 20 ? '一' + toCnNumeral(rest) : toCnNumeral(rest));
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
export function isFullwidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}
export function isAnyDigit(code: number): boolean {
  return isAsciiDigit(code) || isFullwidthDigit(code);
}

export function digitValue(code: number): number {
  return isAsciiDigit(code) ? code - 0x30 : code - 0xff10;
}

/** Length of the run of ASCII or full-width digits at `from` (at most `max`). */
export function digitRun(text: string, from: number, max = 6): number {
  let i = from;
  while (i < text.length && i - from < max && isAnyDigit(text.charCodeAt(i))) i++;
  return i - from;
}

/** １２ → 12: full-width digits folded to ASCII, everything else kept (same length, so columns stay). */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** 12 → １２ */
export function toFullwidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export function parseDigits(s: string): number {
  let v = 0;
  for (let i = 0; i < s.length; i++) v = v * 10 + digitValue(s.charCodeAt(i));
  return v;
}

/** Writes n with the same digit width as `like` (full-width digits stay full-width). */
export function toDigitsLike(n: number, like: string): string {
  const ascii = String(n);
  return like.length > 0 && isFullwidthDigit(like.charCodeAt(0)) ? toFullwidthDigits(ascii) : ascii;
}

/** ① … ⑳ ㉑ … ㉟ ㊱ … ㊿ */
export function circledValue(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21;
  if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36;
  return 0;
}
export function toCircled(n: number): string | undefined {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return undefined;
}
/** ⑴ … ⒇ */
export function parenGlyphValue(code: number): number {
  return code >= 0x2474 && code <= 0x2487 ? code - 0x2474 + 1 : 0;
}
export function toParenGlyph(n: number): string | undefined {
  return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : undefined;
}
/** ⒈ … ⒛ */
export function periodGlyphValue(code: number): number {
  return code >= 0x2488 && code <= 0x249b ? code - 0x2488 + 1 : 0;
}
export function toPeriodGlyph(n: number): string | undefined {
  return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : undefined;
}

/** Spaces a writer may put before or after a marker: ASCII space, tab, U+3000, NBSP. */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

/** CJK ideographs (the common blocks): the start of running text after a marker. */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
