// Ordinal markers as the editor commands see them: recognise the marker that
// begins a line, and write a marker of a given family, style and value.
// Pure (no vscode, no core) so the edit logic is unit-testable and the client
// bundle stays small; the language server's parser is the authority for
// diagnostics, this module only needs to edit what a writer is typing.

export type Family = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

/** Default level order, highest first (GB/T 9704-2012 §7.3.3 plus the common ①). */
export const DEFAULT_LEVELS: readonly Family[] = ['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];

/** How a marker is written, apart from its value. */
export interface MarkerStyle {
  family: Family;
  /** opening bracket ('' for none) */
  open: string;
  /** closing bracket ('' for none) */
  close: string;
  /** separator after the numeral or bracket: 、 . ． or '' */
  separator: string;
  /** full-width digits １２３ */
  fullwidth: boolean;
  /** ⑴ ⒈ ① — the numeral is a single glyph */
  glyph: boolean;
  /** spaces written between the marker and the item text */
  gap: string;
}

export interface LineMarker extends MarkerStyle {
  value: number;
  /** text before the marker: indentation and Markdown wrappers (`- `, `> `, `## `) */
  prefix: string;
  /** column of the first marker character */
  start: number;
  /** column where the item text begins */
  textStart: number;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CIRCLED_1_20 = 0x2460; // ①
const CIRCLED_21_35 = 0x3251; // ㉑
const CIRCLED_36_50 = 0x32b1; // ㊱
const PAREN_DIGIT_1_20 = 0x2474; // ⑴
const PERIOD_DIGIT_1_20 = 0x2488; // ⒈

export function toCn(n: number): string {
  if (n <= 0) return '〇';
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}

export function parseCn(s: string): number {
  if (!/^[〇零一二两三四五六七八九十]{1,3}$/.test(s)) return NaN;
  const digit = (c: string) => (c === '零' ? 0 : c === '两' ? 2 : CN_DIGITS.indexOf(c));
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? digit(s) : NaN;
  if (s.indexOf('十', ten + 1) >= 0) return NaN;
  const tens = ten === 0 ? 1 : ten === 1 ? digit(s[0]!) : NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? digit(rest) : NaN;
  return tens * 10 + ones;
}

function toFullwidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}
function fromFullwidth(digits: string): string {
  return digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

function circled(n: number): string | null {
  if (n >= 1 && n <= 20) return String.fromCharCode(CIRCLED_1_20 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(CIRCLED_21_35 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(CIRCLED_36_50 + n - 36);
  return null;
}
function circledValue(code: number): number {
  if (code >= CIRCLED_1_20 && code < CIRCLED_1_20 + 20) return code - CIRCLED_1_20 + 1;
  if (code >= CIRCLED_21_35 && code < CIRCLED_21_35 + 15) return code - CIRCLED_21_35 + 21;
  if (code >= CIRCLED_36_50 && code < CIRCLED_36_50 + 15) return code - CIRCLED_36_50 + 36;
  return 0;
}

/** The canonical style of each family (GB/T 15834-2011 Appendix B.3). */
export function canonicalStyle(family: Family): MarkerStyle {
  const base = { family, open: '', close: '', separator: '', fullwidth: false, glyph: false, gap: '' };
  switch (family) {
    case 'cn':
      return { ...base, separator: '、' };
    case 'cn-paren':
    case 'arabic-paren':
      return { ...base, open: '（', close: '）' };
    case 'arabic':
      return { ...base, separator: '.' };
    case 'circled':
      return { ...base, glyph: true };
  }
}

/** Writes the marker for `value` in `style` (without the gap). */
export function formatMarker(style: MarkerStyle, value: number): string {
  switch (style.family) {
    case 'cn':
      return toCn(value) + style.separator;
    case 'cn-paren':
      return style.open + toCn(value) + style.close + style.separator;
    case 'arabic': {
      if (style.glyph && value >= 1 && value <= 20) return String.fromCharCode(PERIOD_DIGIT_1_20 + value - 1);
      const digits = style.fullwidth ? toFullwidth(String(value)) : String(value);
      return digits + (style.glyph ? '.' : style.separator);
    }
    case 'arabic-paren': {
      if (style.glyph && value >= 1 && value <= 20) return String.fromCharCode(PAREN_DIGIT_1_20 + value - 1) + style.separator;
      const digits = style.fullwidth ? toFullwidth(String(value)) : String(value);
      return (style.glyph ? '（' : style.open) + digits + (style.glyph ? '）' : style.close) + style.separator;
    }
    case 'circled':
      return (circled(value) ?? `（${value}）`) + style.separator;
  }
}

/**
 * Indentation and Markdown wrappers that may precede a marker: spaces, U+3000,
 * NBSP, tabs, `#` headings, `- `/`* `/`+ ` bullets and `> ` quotes.
 */
const PREFIX = /^(?:[ \t\u3000\u00a0]|#{1,6} |[-*+] |> ?)*/;

const SEPARATORS = '、.．';
const CN_NUMERAL = /^[〇零一二两三四五六七八九十]{1,3}/;
const DIGITS = /^[0-9０-９]{1,3}/;
const OPEN = '（(';
const CLOSE = '）)';

/** Words that begin with a numeral but are not markers (一定、一是…). */
const CN_NOT_MARKER_AFTER = '是月日年季周';

/**
 * The marker that begins `line`, or null. Accepts what writers type while a
 * list grows: a marker may be followed by nothing yet (`（三）` on its own).
 */
export function parseLineMarker(line: string): LineMarker | null {
  const prefix = PREFIX.exec(line)![0];
  const start = prefix.length;
  const rest = line.slice(start);
  if (rest === '') return null;
  const first = rest.charCodeAt(0);
  let family: Family;
  let value: number;
  let open = '';
  let close = '';
  let separator = '';
  let fullwidth = false;
  let glyph = false;
  let len = 0;

  const circ = circledValue(first);
  if (circ) {
    family = 'circled';
    value = circ;
    glyph = true;
    len = 1;
  } else if (first >= PAREN_DIGIT_1_20 && first < PAREN_DIGIT_1_20 + 20) {
    family = 'arabic-paren';
    value = first - PAREN_DIGIT_1_20 + 1;
    glyph = true;
    len = 1;
  } else if (first >= PERIOD_DIGIT_1_20 && first < PERIOD_DIGIT_1_20 + 20) {
    family = 'arabic';
    value = first - PERIOD_DIGIT_1_20 + 1;
    glyph = true;
    len = 1;
  } else if (OPEN.includes(rest[0]!)) {
    const inner = rest.slice(1);
    const cn = CN_NUMERAL.exec(inner);
    const dg = cn ? null : DIGITS.exec(inner);
    const numeral = cn?.[0] ?? dg?.[0];
    if (!numeral) return null;
    const c = inner[numeral.length];
    if (c === undefined || !CLOSE.includes(c)) return null;
    family = cn ? 'cn-paren' : 'arabic-paren';
    value = cn ? parseCn(numeral) : Number(fromFullwidth(numeral));
    fullwidth = !cn && /[０-９]/.test(numeral);
    open = rest[0]!;
    close = c;
    len = 1 + numeral.length + 1;
  } else {
    const cn = CN_NUMERAL.exec(rest);
    const dg = cn ? null : DIGITS.exec(rest);
    const numeral = cn?.[0] ?? dg?.[0];
    if (!numeral) return null;
    const c = rest[numeral.length];
    if (cn) {
      if (c === undefined || !SEPARATORS.includes(c) && c !== '，') return null;
      if (CN_NOT_MARKER_AFTER.includes(rest[numeral.length + 1] ?? '')) return null;
      family = 'cn';
      value = parseCn(numeral);
    } else {
      fullwidth = /[０-９]/.test(numeral);
      value = Number(fromFullwidth(numeral));
      if (c === '）' || c === ')') {
        family = 'arabic-paren';
        close = c;
        len = numeral.length + 1;
      } else {
        if (c === undefined || !(SEPARATORS.includes(c) || c === '，')) return null;
        // 5.29 and 11、12月 are numbers, not markers
        if (/[0-9０-９]/.test(rest[numeral.length + 1] ?? '')) return null;
        family = 'arabic';
      }
    }
    if (len === 0) len = numeral.length;
  }
  if (!Number.isFinite(value) || value < 0) return null;
  // the separator; after a bracket it is wrong (（一）、) but common, so it is kept as written
  const sep = rest[len];
  if (sep !== undefined && (SEPARATORS.includes(sep) || sep === '，')) {
    separator = sep;
    len++;
  }
  if (family === 'cn' && separator === '') return null;
  if (family === 'arabic' && !glyph && separator === '') return null;
  const after = rest.slice(len);
  const gap = /^[ \t\u3000]*/.exec(after)![0];
  return { family, value, open, close, separator, fullwidth, glyph, gap, prefix, start, textStart: start + len + gap.length };
}

/** The style of `marker` (its value and position dropped). */
export function styleOf(marker: LineMarker): MarkerStyle {
  const { family, open, close, separator, fullwidth, glyph, gap } = marker;
  return { family, open, close, separator, fullwidth, glyph, gap };
}
