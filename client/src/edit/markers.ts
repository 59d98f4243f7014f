// Ordinal markers as the editor commands see them: recognise the marker that
// begins a line, and write a marker of a given family, style and value.
// Pure (no vscode) so the edit logic is unit-testable; recognition is the core's
// own (server/src/core is free of vscode and LSP imports, and small).

import type { MarkerFamily } from '../../../server/src/core/model/types.js';
import { matchMarker } from '../../../server/src/core/syntax/markers.js';
import { findContentStart } from '../../../server/src/core/syntax/lines.js';
import { parseCnNumeral, toCircled, toCnNumeral, toFullwidthDigits } from '../../../server/src/core/syntax/numerals.js';

export type Family = MarkerFamily;

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

const PAREN_DIGIT_1_20 = 0x2474; // ⑴
const PERIOD_DIGIT_1_20 = 0x2488; // ⒈

// Numerals and marker recognition come from the core, so what the editor commands
// take for a marker is exactly what the language server's rules check.
export const toCn = toCnNumeral;
export const parseCn = parseCnNumeral;

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
      const digits = style.fullwidth ? toFullwidthDigits(String(value)) : String(value);
      return digits + (style.glyph ? '.' : style.separator);
    }
    case 'arabic-paren': {
      if (style.glyph && value >= 1 && value <= 20) return String.fromCharCode(PAREN_DIGIT_1_20 + value - 1) + style.separator;
      const digits = style.fullwidth ? toFullwidthDigits(String(value)) : String(value);
      return (style.glyph ? '（' : style.open) + digits + (style.glyph ? '）' : style.close) + style.separator;
    }
    case 'circled':
      return (toCircled(value) ?? `（${value}）`) + style.separator;
  }
}

/**
 * The marker that begins `line`, or null. Accepts what writers type while a
 * list grows: a marker may be followed by nothing yet (`（三）` on its own).
 */
export function parseLineMarker(line: string): LineMarker | null {
  const { contentStart: start } = findContentStart(line);
  const m = matchMarker(line, start);
  if (!m) return null;
  // 一 指导思想: the space stands where 、 belongs; keep it as the gap, as written
  const separator = m.separator === ' ' ? '' : m.separator;
  const markerEnd = start + m.open.length + m.numeral.length + m.close.length + separator.length;
  const fullwidth = (m.family === 'arabic' || m.family === 'arabic-paren') && !m.glyph && /[０-９]/.test(m.numeral);
  return {
    family: m.family, value: m.value, open: m.open, close: m.close, separator, fullwidth, glyph: m.glyph,
    gap: line.slice(markerEnd, m.textStart), prefix: line.slice(0, start), start, textStart: m.textStart,
  };
}

/** The style of `marker` (its value and position dropped). */
export function styleOf(marker: LineMarker): MarkerStyle {
  const { family, open, close, separator, fullwidth, glyph, gap } = marker;
  return { family, open, close, separator, fullwidth, glyph, gap };
}
