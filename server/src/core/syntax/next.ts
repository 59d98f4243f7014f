// What comes next in a plan: the marker that continues a list, the numeral after a numeral, the time heading after a
// time heading. Used by completion (and by anything that writes the next item).
//
//   nextMarker(（二）) → （三）     nextMarker(（二）、) → （三）     nextMarker(3[) → 4.
//   bumpNumeral('第三周') → 第四周   bumpNumeral('１２') → １３      bumpNumeral('第1周', 2) → 第3周
//   nextTimeExpression(三月份) → 四月份   (一至二月) → 三至四月   (第一季度) → 第二季度   (上半年) → 下半年
import type { MarkerToken } from './markers.js';
import type { TimeExpression } from './time/types.js';
import { markerWithValue, standardMarker } from './markerText.js';
import { CN_ORDINAL_CLASS, parseCnNumeral, toAsciiDigits, toCnNumeral, toFullwidthDigits } from './numerals.js';
import { renderInStyle } from './time/format.js';

/** A run of one script's numerals: 12, １２ or 十二 (〇 of 二〇 included). */
const NUMERAL_RUN = new RegExp(`[0-9]+|[０-９]+|[〇${CN_ORDINAL_CLASS}]+`, 'u');

/**
 * The marker that continues `marker`'s list, in the writer's own style minus its slips: a bracketed marker
 * loses a stray separator (（二）、 → （三）), a broken one (3[) takes the standard form.
 */
export function nextMarker(marker: MarkerToken): string {
  const value = marker.value + 1;
  if (marker.broken) return standardMarker(marker.family, value);
  if (marker.close && marker.separator && !marker.glyph) return markerWithValue({ ...marker, separator: '' }, value);
  return markerWithValue(marker, value);
}

/** The first numeral in `raw` (Arabic, full-width or Chinese) replaced by its successor in the same script. */
export function bumpNumeral(raw: string, by = 1): string | undefined {
  const match = NUMERAL_RUN.exec(raw);
  if (!match) return undefined;
  const text = match[0];
  let next: string;
  if (/^[0-9]+$/.test(text)) next = String(Number(text) + by);
  else if (/^[０-９]+$/u.test(text)) {
    next = toFullwidthDigits(String(Number(toAsciiDigits(text)) + by));
  } else {
    const value = parseCnNumeral(text);
    if (!Number.isFinite(value)) return undefined;
    next = toCnNumeral(value + by);
  }
  return raw.slice(0, match.index) + next + raw.slice(match.index + text.length);
}

/** The time expression that follows `expr` in a plan: the next month, the next range of equal length, the next quarter … */
export function nextTimeExpression(expr: TimeExpression): string | undefined {
  if (expr.invalid) return undefined;
  switch (expr.kind) {
    case 'month': {
      if (expr.fromMonth === undefined || expr.fromMonth >= 12 || expr.year !== undefined || expr.nextYear) return undefined;
      return renderInStyle({ ...expr, fromMonth: expr.fromMonth + 1 }, {});
    }
    case 'month-range': {
      if (expr.fromMonth === undefined || expr.toMonth === undefined || expr.toNextYear || expr.nextYear || expr.year !== undefined) return undefined;
      const span = expr.toMonth - expr.fromMonth;
      const from = expr.toMonth + 1;
      if (span < 0 || from + span > 12) return undefined;
      return renderInStyle({ ...expr, fromMonth: from, toMonth: from + span }, {});
    }
    case 'quarter':
      return expr.ordinal !== undefined && expr.ordinal < 4 ? bumpNumeral(expr.raw) : undefined;
    case 'half':
      return expr.raw.includes('上') ? expr.raw.replace('上', '下') : undefined;
    case 'week':
      return bumpNumeral(expr.raw);
    case 'week-range': {
      if (expr.ordinal === undefined || expr.toOrdinal === undefined) return undefined;
      const span = expr.toOrdinal - expr.ordinal + 1;
      const first = bumpNumeral(expr.raw, span);
      if (!first) return undefined;
      // bump the second numeral too: it sits after the first one
      const match = NUMERAL_RUN.exec(first)!;
      const rest = first.slice(match.index + match[0].length);
      const bumpedRest = bumpNumeral(rest, span);
      return bumpedRest ? first.slice(0, match.index + match[0].length) + bumpedRest : undefined;
    }
    default:
      return undefined;
  }
}
