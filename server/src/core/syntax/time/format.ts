// Writing months back as text: labels for the timeline and messages, and expressions re-rendered in
// another style for month-style fixes.
import type { Localized } from '../../types.js';
import type { TimeExpression, TimeStyle } from './types.js';
import { toFullwidthDigits } from '../numerals.js';

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 1–99 as Chinese numerals: 三, 十, 十二, 二十一. */
export function cnNumber(n: number): string {
  if (n <= 10) return CN[n] ?? String(n);
  if (n < 20) return '十' + CN[n - 10];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return CN[tens] + '十' + (ones ? CN[ones] : '');
}

export function numeral(n: number, numerals: TimeStyle['numerals']): string {
  switch (numerals) {
    case 'arabic':
      return String(n);
    case 'fullwidth':
      return toFullwidthDigits(String(n));
    case 'yuan':
      return n === 1 ? '元' : cnNumber(n);
    default:
      return cnNumber(n);
  }
}

/** 三月 / Mar, with 次年 / (next yr) for a month in the following year. */
export function monthLabel(month: number, nextYear = false): Localized {
  return {
    zh: `${nextYear ? '次年' : ''}${cnNumber(month)}月`,
    en: `${EN_MONTHS[month - 1] ?? String(month)}${nextYear ? ' (next yr)' : ''}`,
  };
}

/** Months as a readable list: 五月、六月 / May, Jun. */
export function monthList(months: { month: number; nextYear: boolean }[]): Localized {
  const labels = months.map((m) => monthLabel(m.month, m.nextYear));
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}

/** Labels of absolute months (1–12 this year, 13+ the next), made once: messages name the same few months again and again. */
const ABSOLUTE_LABELS: Localized[] = [];

function absoluteLabel(abs: number): Localized {
  return (ABSOLUTE_LABELS[abs] ??= monthLabel(((abs - 1) % 12) + 1, abs > 12));
}

/** Absolute months as a readable list: 五月、次年一月 / May, Jan (next yr). */
export function monthNames(absMonths: readonly number[]): Localized {
  if (absMonths.length === 1) return absoluteLabel(absMonths[0]!);
  const labels = absMonths.map(absoluteLabel);
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}

/** The numeral family a style belongs to when comparing styles: 元月 is a Chinese form. */
export function numeralFamily(numerals: TimeStyle['numerals']): 'cn' | 'arabic' | 'fullwidth' | undefined {
  return numerals === 'yuan' ? 'cn' : numerals;
}

/** Can month-style rewrite this expression? Only plain months, ranges and 旬 with a month. */
export function isRestylable(e: TimeExpression): boolean {
  if (e.invalid || e.nextYear || e.toNextYear || e.year !== undefined) return false;
  if (e.kind === 'xun') return e.fromMonth !== undefined;
  return e.kind === 'month' || e.kind === 'month-range';
}

/**
 * The expression written in `style` (dimensions not given keep their current value).
 * 一月至三月份 with { repeatMonth: false } → 一至三月份.
 */
export function renderInStyle(e: TimeExpression, style: TimeStyle): string {
  const s: TimeStyle = { ...e.style, ...style };
  const keepYuan = e.style.numerals === 'yuan' && numeralFamily(s.numerals) === 'cn';
  const num = (n: number) => numeral(n, keepYuan ? 'yuan' : s.numerals);
  const fen = s.fen ? '份' : '';
  switch (e.kind) {
    case 'month':
      return `${num(e.fromMonth!)}月${fen}`;
    case 'xun':
      return `${num(e.fromMonth!)}月${fen}${['上', '中', '下'][(e.ordinal ?? 1) - 1]}旬`;
    case 'month-range': {
      const conn = e.style.connector === '、' ? '、' : (s.connector ?? '至');
      const repeat = e.style.connector === '、' ? false : s.repeatMonth;
      // 元 only reads as a month with 月 after it: 元月至三月, never 元至三月
      const first = repeat ? num(e.fromMonth!) : numeral(e.fromMonth!, keepYuan ? 'cn' : s.numerals);
      return `${first}${repeat ? '月' : ''}${conn}${num(e.toMonth!)}月${fen}`;
    }
    default:
      return e.raw;
  }
}
