// Half- and full-width characters in markers: （1） against (1), mismatched pairs （1), １． and 1． — per profile.
import type { Marker } from '../model/types.js';
import type { ProfileName } from '../config/types.js';
import type { Range } from '../types.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, numeralRange, problem, q, separatorRange, shown } from './helpers.js';
import { toAsciiDigits } from '../syntax/numerals.js';

const ID = 'marker-width';

type Width = 'full' | 'half';
const FULL_OPEN = '（';
const FULL_CLOSE = '）';

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('序号中的全角与半角：“（1）”与“(1)”“（1)”“１．”“1．”', 'Full- and half-width characters in markers: （1） vs (1), （1), １．, 1．'),
    tags: ['marker', 'gb/t 15834'],
    defaultSeverity: 'warning',
    fixable: true,
    docs: {
      zh: '中文公文的括号用全角（（一）、（1）），序号数字用半角（“1.”而不是“１．”），阿拉伯数字后的圆点用半角“.”。左右括号一全一半（“（1)”“(1）”）总会报告，并按全文多数的写法修复；全角数字总会报告，修复为半角数字。“common”配置只报告全文中少数的写法（大多数括号是全角，个别是半角时报告这几个半角的），全文统一的写法不报告；“gbt9704”配置要求括号一律全角、圆点一律半角。',
      en: 'Chinese official documents write brackets full-width (（一）, （1）), marker digits half-width (1. rather than １．) and the period after an Arabic numeral half-width. A mismatched pair such as （1) or (1） is always reported and fixed to the width most markers of the document use; full-width digits are always reported and fixed to ASCII digits. The common profile reports only the minority style of the document (when most brackets are full-width, the few half-width ones), never a style used throughout; the gbt9704 profile requires full-width brackets and a half-width period.',
      wrong: '（一）提高认识\n(二)完善体系\n（1)抓规范化管理\n１．签定责任书',
      right: '（一）提高认识\n（二）完善体系\n（1）抓规范化管理\n1.签定责任书',
    },
  },
  check({ model, profile }) {
    const reports: RuleReport[] = [];
    const markers = model.markers;
    // the document's widths, counted in one pass (no filtered copies of the markers)
    const brackets = new WidthCount();
    const periods = new WidthCount();
    for (const m of markers) {
      if (isBracketed(m) && !mismatched(m)) brackets.add(bracketWidthOf(m));
      if (isPeriod(m)) periods.add(widthOf(m.separator));
    }
    const bracketWidth = brackets.preferred(profile, 'full');
    const periodWidth = periods.preferred(profile, 'half');

    // reports in the order brackets, digits, periods, as the sort keeps it for one marker
    for (const m of markers) {
      if (!isBracketed(m)) continue;
      if (mismatched(m)) {
        const message = msg(`序号${q(shown(m))}的左右括号一个是全角、一个是半角`, `The brackets of ${shown(m)} mix full and half width`);
        reports.push(problem(markerRange(m), message, { edits: bracketEdits(m, bracketWidth) }));
      } else if (bracketWidthOf(m) !== bracketWidth) {
        const message = bracketWidth === 'full'
          ? msg(`序号${q(shown(m))}使用了半角括号，${reason(profile)}应改用全角括号`, `${shown(m)} uses half-width brackets; ${reasonEn(profile)} full-width （）`)
          : msg(`序号${q(shown(m))}使用了全角括号，全文其余序号使用半角括号，应改用半角括号`, `${shown(m)} uses full-width brackets; the rest of the document uses half-width ()`);
        reports.push(problem(markerRange(m), message, { edits: bracketEdits(m, bracketWidth) }));
      }
    }
    for (const m of markers) {
      if (m.glyph || !hasFullwidthDigit(m.numeral)) continue;
      const ascii = toAsciiDigits(m.numeral);
      const message = msg(`序号${q(shown(m))}中的数字应为半角数字${q(ascii)}`, `The digits of ${shown(m)} should be ASCII digits: ${ascii}`);
      reports.push(problem(markerRange(m), message, { edits: [{ range: numeralRange(m), newText: ascii }] }));
    }
    for (const m of markers) {
      if (!isPeriod(m) || widthOf(m.separator) === periodWidth) continue;
      const want = periodWidth === 'half' ? '.' : '．';
      const message = periodWidth === 'half'
        ? msg(`序号${q(shown(m))}后的圆点应为半角${q('.')}`, `The period after ${shown(m)} should be the half-width “.”`)
        : msg(`序号${q(shown(m))}后使用了半角圆点，全文其余序号使用全角圆点${q('．')}`, `${shown(m)} uses a half-width “.”; the rest of the document uses the full-width “．”`);
      reports.push(problem(markerRange(m), message, { edits: [{ range: separatorRange(m), newText: want }] }));
    }
    return reports;
  },
};

function isBracketed(m: Marker): boolean {
  return !m.glyph && (m.open !== '' || m.close !== '');
}

function isPeriod(m: Marker): boolean {
  return m.family === 'arabic' && !m.glyph && (m.separator === '.' || m.separator === '．');
}

function hasFullwidthDigit(numeral: string): boolean {
  for (let i = 0; i < numeral.length; i++) {
    const c = numeral.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

/** Full and half widths of a document, and which was seen first (the tie-break). */
class WidthCount {
  full = 0;
  half = 0;
  first: Width | undefined;

  add(w: Width): void {
    if (w === 'full') this.full++;
    else this.half++;
    this.first ??= w;
  }

  /** gbt9704 fixes the width; common follows the majority of the document (ties: the first seen). */
  preferred(profile: ProfileName, standard: Width): Width {
    if (profile === 'gbt9704' || this.first === undefined) return standard;
    return this.full === this.half ? this.first : this.full > this.half ? 'full' : 'half';
  }
}

function widthOf(ch: string): Width {
  return ch.charCodeAt(0) >= 0xff00 ? 'full' : 'half';
}

function mismatched(m: Marker): boolean {
  return m.open !== '' && m.close !== '' && widthOf(m.open) !== widthOf(m.close);
}

function bracketWidthOf(m: Marker): Width {
  return widthOf(m.open || m.close);
}

function bracketEdits(m: Marker, width: Width) {
  const edits: { range: Range; newText: string }[] = [];
  const at = (character: number, len: number): Range => ({ start: { line: m.line, character }, end: { line: m.line, character: character + len } });
  if (m.open && widthOf(m.open) !== width) edits.push({ range: at(m.start, m.open.length), newText: width === 'full' ? FULL_OPEN : '(' });
  if (m.close && widthOf(m.close) !== width) {
    const closeAt = m.start + m.open.length + m.numeral.length;
    edits.push({ range: at(closeAt, m.close.length), newText: width === 'full' ? FULL_CLOSE : ')' });
  }
  return edits;
}

function reason(profile: ProfileName): string {
  return profile === 'gbt9704' ? '按GB/T 9704的规定，' : '全文多数序号使用全角括号，';
}
function reasonEn(profile: ProfileName): string {
  return profile === 'gbt9704' ? 'GB/T 9704 requires' : 'most markers of the document use';
}
