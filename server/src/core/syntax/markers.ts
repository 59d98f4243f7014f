// Recognises an ordinal marker at the start of a line's content and tells it
// from look-alikes: dates and decimals (5.29, 20.5), quantities (1人), class
// names (（1）班), month ranges (11、12月) and words that begin with 一 (一定).
import {
  circledValue, cnNumeralRun, digitRun, isAnyDigit, isCjk, isSpace, parenGlyphValue, parseCnNumeral,
  parseDigits, periodGlyphValue,
} from './numerals.js';

/**
 * Marker families in their default level order. `cn` 一、, `cn-paren` （一）,
 * `arabic` 1. / 1、 / 1） / ⒈, `arabic-paren` （1） / (1) / ⑴, `circled` ①.
 */
export type MarkerFamily = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';
export const MARKER_FAMILIES: readonly MarkerFamily[] = ['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];

/** An ordinal marker as read from a line: where it stands and how it is written. */
export interface MarkerToken {
  family: MarkerFamily;
  value: number;
  /** column of the first marker character */
  start: number;
  /** column just past the marker, its separator and any spaces that follow */
  end: number;
  /** the numeral as written: 三, 3, ３ */
  numeral: string;
  /** opening bracket as written ('' when none): （ or ( */
  open: string;
  /** closing bracket as written ('' when none): ） or ) */
  close: string;
  /** separator as written after the numeral or bracket: 、 . ． ， , ' ' '' [ } … */
  separator: string;
  /** glyph markers that carry their own number: ① ⑴ ⒈ */
  glyph: boolean;
  /** separator is a typing slip such as `3[` or `5}` */
  broken: boolean;
  /** column where the item's own text begins */
  textStart: number;
}

const CN_SEPARATORS = '、.．，,';
const ARABIC_SEPARATORS = '.．、，,';
const BROKEN_SEPARATORS = '[]{}【';
const OPEN = '（(';
const CLOSE = '）)';

function spacesAfter(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function make(
  family: MarkerFamily, value: number, start: number, sepEnd: number, text: string,
  parts: { numeral: string; open?: string; close?: string; separator?: string; glyph?: boolean; broken?: boolean },
): MarkerToken {
  const end = spacesAfter(text, sepEnd);
  return {
    family, value, start, end, textStart: end, numeral: parts.numeral, open: parts.open ?? '', close: parts.close ?? '',
    separator: parts.separator ?? '', glyph: parts.glyph ?? false, broken: parts.broken ?? false,
  };
}

/** A separator after a bracketed marker: 、 . ， (all wrong but common) or nothing. */
/**
 * Punctuation after a bracketed marker: 、 . ， (all wrong but common) or nothing.
 * A run such as 、, is taken whole so one fix removes all of it.
 */
function bracketSeparator(text: string, i: number): string {
  let j = i;
  while (j - i < 3 && j < text.length && '、.．，,'.includes(text[j]!)) j++;
  return j > i && !isAnyDigit(text.charCodeAt(j)) ? text.slice(i, j) : '';
}

const CLASS_WORDS = '班级届';
/** （1）班 — careful: ''.includes('') is true, and a marker may end its line (（三） typed alone). */
function isClassWord(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && CLASS_WORDS.includes(ch);
}

export function matchMarker(text: string, from: number): MarkerToken | null {
  const c = text.charCodeAt(from);
  if (Number.isNaN(c)) return null;
  const ch = text[from]!;

  // glyphs that carry their own number
  const circled = circledValue(c);
  if (circled) return make('circled', circled, from, from + 1 + sepLen(text, from + 1), text, { numeral: ch, glyph: true, separator: sepOf(text, from + 1) });
  const parenGlyph = parenGlyphValue(c);
  if (parenGlyph) return make('arabic-paren', parenGlyph, from, from + 1 + sepLen(text, from + 1), text, { numeral: ch, glyph: true, separator: sepOf(text, from + 1) });
  const periodGlyph = periodGlyphValue(c);
  if (periodGlyph) return make('arabic', periodGlyph, from, from + 1, text, { numeral: ch, glyph: true });

  // （一） (1) and their mismatched pairs
  if (OPEN.includes(ch)) {
    const inner = from + 1;
    const cnLen = cnNumeralRun(text, inner);
    const dLen = cnLen ? 0 : digitRun(text, inner, 3);
    const len = cnLen || dLen;
    if (!len) return null;
    const close = text[inner + len];
    if (close === undefined || !CLOSE.includes(close)) return null;
    const numeral = text.slice(inner, inner + len);
    const value = cnLen ? parseCnNumeral(numeral) : parseDigits(numeral);
    if (!Number.isFinite(value)) return null;
    const after = inner + len + 1;
    // class names: （1）班, （1）、（4）班
    if (isClassWord(text[after]) || (text[after] === '、' && (text[after + 1] === '（' || text[after + 1] === '('))) return null;
    const separator = bracketSeparator(text, after);
    return make(cnLen ? 'cn-paren' : 'arabic-paren', value, from, after + separator.length, text, { numeral, open: ch, close, separator });
  }

  // 1. 1、 1） 3[
  if (isAnyDigit(c)) {
    const len = digitRun(text, from, 3);
    if (len === 3 && isAnyDigit(text.charCodeAt(from + 3))) return null;
    const numeral = text.slice(from, from + len);
    const value = parseDigits(numeral);
    const i = from + len;
    const sep = text[i];
    if (sep === undefined) return null;
    const next = text.charCodeAt(i + 1);
    if (sep === '）' || sep === ')') {
      if (isClassWord(text[i + 1])) return null;
      // 1） is the bracket-family marker written with a closing bracket only
      const separator = bracketSeparator(text, i + 1);
      return make('arabic-paren', value, from, i + 1 + separator.length, text, { numeral, close: sep, separator });
    }
    if (ARABIC_SEPARATORS.includes(sep)) {
      if (isAnyDigit(next)) {
        // 5.29 and 20.5 are numbers; 2.2020年 and 6.20xx年 are a marker followed by a year
        if ((sep === '.' || sep === '．') && !followedByYear(text, i + 1) && !followedByLocant(text, i + 1)) return null;
        // 11、12月 is a pair of months
        if (sep === '、' && isMonthAfter(text, i + 1)) return null;
      }
      if ((sep === ',' || sep === '，') && !isCjk(next)) return null;
      if (sep === '.' && next === 0x2e) return null; // 1...
      return make('arabic', value, from, i + 1, text, { numeral, separator: sep });
    }
    if (BROKEN_SEPARATORS.includes(sep) && len <= 2 && (isCjk(next) || isAnyDigit(next))) {
      return make('arabic', value, from, i + 1, text, { numeral, separator: sep, broken: true });
    }
    // `1 煤` with a bare space is a table row far more often than a list item: not a marker
    return null;
  }

  // 一、 and its mis-punctuated variants 一. 一． 一， 一<space>
  const cnLen = cnNumeralRun(text, from);
  if (cnLen) {
    const numeral = text.slice(from, from + cnLen);
    const value = parseCnNumeral(numeral);
    if (!Number.isFinite(value) || value > 99) return null;
    const i = from + cnLen;
    const sep = text[i];
    if (sep === undefined) return null;
    if (CN_SEPARATORS.includes(sep)) {
      if (isAnyDigit(text.charCodeAt(i + 1))) return null;
      return make('cn', value, from, i + 1, text, { numeral, separator: sep });
    }
    if (isSpace(text.charCodeAt(i))) {
      const j = spacesAfter(text, i);
      if (isCjk(text.charCodeAt(j)) && !startsTimeWord(text, j)) return make('cn', value, from, i, text, { numeral, separator: ' ' });
    }
  }
  return null;
}

function sepOf(text: string, i: number): string {
  const c = text[i];
  return c !== undefined && '、.．，,'.includes(c) ? c : '';
}
function sepLen(text: string, i: number): number {
  return sepOf(text, i).length;
}

/**
 * A marker followed by a number, which matchMarker reads as something else: 1、4月22日… (the month pair 1、4月,
 * like 11、12月), 1.3月份… (the number 1.3), 二、2024年… and 四、5G… (a Chinese numeral run into digits). Only
 * parse.ts can tell the two readings apart, by the list around the line: this is the marker reading.
 */
export function matchMarkerBeforeNumber(text: string, from: number): MarkerToken | null {
  const len = digitRun(text, from, 2);
  if (len) {
    const sep = text[from + len];
    const monthPair = sep === '、' && isMonthAfter(text, from + len + 1);
    const monthAfterDot = (sep === '.' || sep === '．') && isMonthAfter(text, from + len + 1);
    if (!monthPair && !monthAfterDot) return null;
    const numeral = text.slice(from, from + len);
    return make('arabic', parseDigits(numeral), from, from + len + 1, text, { numeral, separator: sep });
  }
  const cnLen = cnNumeralRun(text, from);
  if (!cnLen) return null;
  const sep = text[from + cnLen];
  if (sep === undefined || !CN_SEPARATORS.includes(sep) || !isAnyDigit(text.charCodeAt(from + cnLen + 1))) return null;
  const numeral = text.slice(from, from + cnLen);
  const value = parseCnNumeral(numeral);
  if (!Number.isFinite(value) || value > 99) return null;
  return make('cn', value, from, from + cnLen + 1, text, { numeral, separator: sep });
}

function isMonthAfter(text: string, i: number): boolean {
  const d = digitRun(text, i, 2);
  return d > 0 && text[i + d] === '月';
}

/** 1．1—苯基—2—丙酮: a chemical name whose locant follows the marker. */
function followedByLocant(text: string, i: number): boolean {
  const d = digitRun(text, i, 2);
  const c = text[i + d];
  return c === '—' || c === '-' || c === '，' || c === ',';
}

function followedByYear(text: string, i: number): boolean {
  // 2020年 / 20xx年 / 20XX年
  const a = text.slice(i, i + 5);
  return /^(?:[12]\d{3}|20[xX×]{2})年/.test(a);
}

function startsTimeWord(text: string, j: number): boolean {
  const c = text[j];
  return c === '月' || c === '季' || c === '年';
}

/**
 * A Chinese numeral written straight against its text with no separator
 * (一建台帐。/二抓监护。). Only a candidate: parse.ts accepts it when candidates
 * form a run 一, 二, 三… across paragraphs, so 一定/一把手/一年一次 never count.
 */
export function matchBareCnCandidate(text: string, from: number): MarkerToken | null {
  const cnLen = cnNumeralRun(text, from, 2);
  if (!cnLen) return null;
  const numeral = text.slice(from, from + cnLen);
  const value = parseCnNumeral(numeral);
  if (!Number.isFinite(value) || value < 1 || value > 20) return null;
  const i = from + cnLen;
  const next = text[i];
  if (next === undefined || !isCjk(next.charCodeAt(0))) return null;
  if (NOT_AFTER_BARE.includes(next)) return null;
  const two = text.slice(from, i + 1);
  if (BARE_WORDS.has(two) || BARE_WORDS.has(text.slice(from, i + 2))) return null;
  return make('cn', value, from, i, text, { numeral, separator: '' });
}

/** Characters that make a leading numeral a quantity, a date or an inline ordinal rather than a marker. */
const NOT_AFTER_BARE = '是月日年季周时点分秒个人次名项种条章节篇期批届号层级类位天岁百千万亿成倍半些样般切直起旦定共同致度份元角块只对双把手所家连道组段线等经律再向来体';
const BARE_WORDS = new Set(['一方面', '一部分', '一下', '一边', '一代', '一流', '一带', '一贯', '一举', '一味', '一同', '一齐', '一併', '一并', '一律', '一概', '三农', '三公', '五四', '八一', '十足', '一票', '一把', '二胎', '二孩', '三孩', '一孩', '一放']);
