// Writing ordinal markers: the same marker with another number, or a family's standard form.
import type { MarkerFamily, MarkerToken as Marker } from './markers.js';
import { toCircled, toCnNumeral, toDigitsLike, toParenGlyph, toPeriodGlyph } from './numerals.js';

/** The marker as written on its line, without the spaces that follow it: 三、 （3） ⑴ 1. */
export function markerSource(lineText: string, marker: Marker): string {
  return lineText.slice(marker.start, marker.end).replace(/[\s\u3000\u00a0]+$/u, '');
}

function glyphFor(marker: Marker, value: number): string | undefined {
  if (marker.family === 'circled') return toCircled(value);
  if (marker.family === 'arabic-paren') return toParenGlyph(value);
  return toPeriodGlyph(value);
}

/** The numeral written in the style of `marker`: 三 → 四, 3 → 4, ３ → ４. */
export function numeralLike(marker: Marker, value: number): string {
  if (marker.family === 'cn' || marker.family === 'cn-paren') return toCnNumeral(value);
  return toDigitsLike(value, marker.numeral);
}

/**
 * `marker` rewritten with another number, keeping its brackets and separator
 * (（二） → （三）, 3、 → 4、). Glyph markers past their glyph range fall back
 * to the family's standard form.
 */
export function markerWithValue(marker: Marker, value: number): string {
  if (marker.glyph) {
    const glyph = glyphFor(marker, value);
    return glyph !== undefined ? glyph + marker.separator.trim() : standardMarker(marker.family, value);
  }
  const separator = marker.separator === ' ' ? '' : marker.separator;
  return marker.open + numeralLike(marker, value) + marker.close + separator;
}

/** The form GB/T 9704 / GB/T 15834 prescribe for each family: 一、 （一） 1. （1） ①. */
export function standardMarker(family: MarkerFamily, value: number): string {
  switch (family) {
    case 'cn':
      return `${toCnNumeral(value)}、`;
    case 'cn-paren':
      return `（${toCnNumeral(value)}）`;
    case 'arabic':
      return `${value}.`;
    case 'arabic-paren':
      return `（${value}）`;
    case 'circled':
      return toCircled(value) ?? `（${value}）`;
  }
}
