// Writing ordinal markers — the only writer, for the server's fixes and the editor's commands alike: a marker in a
// given form with a given number, the same marker with another number, or a family's standard form.
//
//   writeMarker(standardForm('cn-paren'), 3) → （三）    markerWithValue(３、, 4) → ４、    standardMarker('circled', 51) → （51）
import type { MarkerFamily, MarkerToken as Marker } from './markers.js';
import { isFullwidthDigit, toCircled, toCnNumeral, toFullwidthDigits, toParenGlyph, toPeriodGlyph } from './numerals.js';

/** The marker as written on its line, without the spaces that follow it: 三、 （3） ⑴ 1. */
export function markerSource(lineText: string, marker: Marker): string {
  return lineText.slice(marker.start, marker.end).replace(/[\s\u3000\u00a0]+$/u, '');
}

/** How a marker is written, apart from its number: （ ） 、 full-width digits, a glyph such as ① ⑴ ⒈. */
export interface MarkerForm {
  family: MarkerFamily;
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
}

/** The form of a marker as written; a space standing for the separator (一 指导思想) is no separator. */
export function formOf(marker: Marker): MarkerForm {
  const arabic = marker.family === 'arabic' || marker.family === 'arabic-paren';
  return {
    family: marker.family, open: marker.open, close: marker.close, separator: marker.separator === ' ' ? '' : marker.separator,
    fullwidth: arabic && !marker.glyph && marker.numeral.length > 0 && isFullwidthDigit(marker.numeral.charCodeAt(0)), glyph: marker.glyph,
  };
}

/** The form GB/T 9704 / GB/T 15834 prescribe for each family: 一、 （一） 1. （1） ①. */
export function standardForm(family: MarkerFamily): MarkerForm {
  const base = { family, open: '', close: '', separator: '', fullwidth: false, glyph: false };
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

function glyphFor(family: MarkerFamily, value: number): string | undefined {
  if (family === 'circled') return toCircled(value);
  if (family === 'arabic-paren') return toParenGlyph(value);
  return toPeriodGlyph(value);
}

function numeralIn(form: MarkerForm, value: number): string {
  if (form.family === 'cn' || form.family === 'cn-paren') return toCnNumeral(value);
  return form.fullwidth ? toFullwidthDigits(String(value)) : String(value);
}

/** The numeral for `value` written the way `marker` writes its numerals: 三 → 四, 3 → 4, ３ → ４, ③ → ④; undefined for a glyph past its range. */
export function numeralLike(marker: Marker, value: number): string | undefined {
  return marker.glyph ? glyphFor(marker.family, value) : numeralIn(formOf(marker), value);
}

/**
 * The marker for `value` in `form`: the one place markers are written. A glyph past its range (㊿ is the last
 * circled number, ⒇ and ⒛ the last of theirs) takes the family's standard form, and a circled one （51）.
 */
export function writeMarker(form: MarkerForm, value: number): string {
  if (form.glyph) {
    const glyph = glyphFor(form.family, value);
    if (glyph !== undefined) return glyph + form.separator.trim();
    return form.family === 'circled' ? `（${value}）` : writeMarker(standardForm(form.family), value);
  }
  return form.open + numeralIn(form, value) + form.close + form.separator;
}

/** `marker` rewritten with another number, keeping its brackets and separator (（二） → （三）, 3、 → 4、, ３、 → ４、). */
export function markerWithValue(marker: Marker, value: number): string {
  return writeMarker(formOf(marker), value);
}

/** The family's standard marker for `value`: 一、 （一） 1. （1） ①. */
export function standardMarker(family: MarkerFamily, value: number): string {
  return writeMarker(standardForm(family), value);
}
