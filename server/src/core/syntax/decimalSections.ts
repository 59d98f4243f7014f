// Decimal section numbers at the start of a line (GB/T 1.1 style): 1.1 / 1.2.3.
//
//   1.1全球教育信息化发展动态     → [1, 1]
//   2.3.1 技术标准与兼容性难题    → [2, 3, 1]
//   1.32026年行业发展趋势预测     → [1, 32026]? No: read with the sections around it (below)
//   5.29协会纪念日 / 20.5万元     → not a section: a date or a number (no second section like it)
//
// A number is a section only when at least two components are read and each has at
// most two digits, so dates such as 2018.10.08 and figures such as 20.5万元 are left
// alone. When the last component runs straight into more digits (1.32026年), the reading
// is ambiguous: `glued` holds the digits that follow, and the sequence check decides.
import { digitRun, isAnyDigit, isCjk, isSpace, parseDigits } from './numerals.js';

export interface DecimalSection {
  line: number;
  start: number;
  /** the components as read: 1.2.3 → [1, 2, 3] */
  numbers: number[];
  /** column just past the number (before `glued`) */
  end: number;
  /** digits written straight after the number, which could belong to its last component (1.3 + 2026年) */
  glued: string;
}

export function matchDecimalSection(text: string, from: number, line: number): DecimalSection | null {
  const numbers: number[] = [];
  let i = from;
  for (;;) {
    const len = digitRun(text, i, 6);
    if (!len) return null;
    const digits = text.slice(i, i + len);
    const next = text[i + len];
    if ((next === '.' || next === '．') && len <= 2 && isAnyDigit(text.charCodeAt(i + len + 1))) {
      numbers.push(parseDigits(digits));
      i += len + 1;
      continue;
    }
    if (numbers.length === 0) return null;
    const after = text.charCodeAt(i + len);
    if (len <= 2) {
      if (!(isSpace(after) || isCjk(after))) return null;
      numbers.push(parseDigits(digits));
      return { line, start: from, numbers, end: i + len, glued: '' };
    }
    // 1.32026年: the last component is glued to more digits; keep one digit and leave the rest to the sequence check
    if (!isCjk(after)) return null;
    numbers.push(parseDigits(digits.slice(0, 1)));
    return { line, start: from, numbers, end: i + 1, glued: digits.slice(1) };
  }
}

/** The section that follows `prev` in order: a sibling, the first child, or the next section of an ancestor. */
export function follows(prev: number[], next: number[]): boolean {
  if (next.length === prev.length + 1) return samePrefix(prev, next, prev.length) && next[next.length - 1] === 1;
  if (next.length > prev.length || next.length === 0) return false;
  const k = next.length - 1;
  return samePrefix(prev, next, k) && next[k] === prev[k]! + 1;
}

/** Same depth under the same parent, in increasing order (1.3.1 then 1.3.3): a run with a gap in it. */
export function siblings(a: number[], b: number[]): boolean {
  return a.length === b.length && a.length > 1 && samePrefix(a, b, a.length - 1) && b[b.length - 1]! > a[a.length - 1]!;
}

function samePrefix(a: number[], b: number[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Keeps the sections that belong to a run: each one that follows the one before it or is followed by the next
 * (or stands beside it under the same parent, as 1.3.1 and 1.3.3 do).
 * A lone 5.29协会纪念日 is a date; a glued 1.32026年 counts only when it follows the section before it.
 */
export function sectionsInRuns(candidates: DecimalSection[]): DecimalSection[] {
  const kept: DecimalSection[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const s = candidates[k]!;
    const prev = candidates[k - 1];
    const next = candidates[k + 1];
    const afterPrev = !!prev && (follows(prev.numbers, s.numbers) || (!s.glued && !prev.glued && siblings(prev.numbers, s.numbers)));
    const beforeNext = !!next && (follows(s.numbers, next.numbers) || (!next.glued && !s.glued && siblings(s.numbers, next.numbers)));
    if (afterPrev || (!s.glued && beforeNext)) kept.push(s);
  }
  return kept;
}
