// One family, one style: 1. or 1、 throughout; （1） or 1） throughout.
import type { Marker, MarkerFamily } from '../model/types.js';
import type { TextEdit } from '../types.js';
import type { ProfileName } from '../config/types.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, problem, q, separatorRange, shown } from './helpers.js';

const ID = 'marker-consistency';

/** A style is what tells writings of one family apart; width and wrong punctuation belong to other rules. */
type Style = 'dot' | 'comma' | 'glyph' | 'both' | 'close';

const STYLE_NAME: Record<Style, { zh: string; en: string }> = {
  dot: { zh: '“1.”', en: '1.' },
  comma: { zh: '“1、”', en: '1、' },
  glyph: { zh: '“⒈”“⑴”这类数字符号', en: 'a numbered glyph (⒈ ⑴)' },
  both: { zh: '“（1）”', en: '（1）' },
  close: { zh: '“1）”', en: '1）' },
};

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('同一层级的序号写法全文统一：“1.”或“1、”，“（1）”或“1）”', 'One level, one marker style throughout: 1. or 1、, （1） or 1）'),
    tags: ['marker'],
    defaultSeverity: 'warning',
    fixable: true,
    docs: {
      zh: '同一层级的序号应当全文使用同一种写法：阿拉伯数字序号要么都写“1.”，要么都写“1、”；带括号的阿拉伯数字要么都写“（1）”，要么都写“1）”。以全文（汇编多篇范文时为每一篇，附件各自单独计算）多数的写法为准，数量相同时以先出现的为准，报告其余的序号；标准写法“1.”和“（1）”即使是少数，也不会被自动改成多数的写法：这时只给出修改建议。只差分隔符或左括号时可以自动修复。全角半角的差别由`marker-width`检查，错误的标点由`marker-punctuation`检查。',
      en: 'A level uses one marker style throughout the document: Arabic numerals are all 1. or all 1、; bracketed Arabic numerals are all （1） or all 1）. The style most markers use (in a compilation within each 篇, in each attachment on its own) wins, the first seen on a tie; the other markers are reported. A marker in the standard style (1. or （1）) is never changed automatically to a non-standard majority: that change is only suggested. A marker that differs only in its separator or its opening bracket is fixed automatically. Width is marker-width\'s business, wrong punctuation marker-punctuation\'s.',
      wrong: '1.提高认识\n2、完善体系\n（1）建立台帐\n2）加强考核',
      right: '1.提高认识\n2.完善体系\n（1）建立台帐\n（2）加强考核',
    },
  },
  check({ model, profile }) {
    const reports: RuleReport[] = [];
    // a compilation of texts (篇一…篇八) or a text with attachments is several documents: each keeps its own style
    const markers = model.markers;
    let from = 0;
    for (const a of model.articles) {
      if (a.kind !== 'pian' && a.kind !== 'fujian') continue;
      let to = from;
      while (to < markers.length && markers[to]!.line <= a.line) to++;
      checkScope(markers, from, to, profile, reports);
      from = to;
    }
    checkScope(markers, from, markers.length, profile, reports);
    return reports;
  },
};

/** gbt9704 leaves 1、 and 1） to marker-punctuation, which requires 1. and （1）: two fixes must never pull apart. */
function styleOf(m: Marker, profile: ProfileName): Style | undefined {
  if (m.family === 'arabic') {
    if (profile === 'gbt9704' && m.separator === '、') return undefined;
    if (m.glyph) return 'glyph';
    if (m.separator === '.' || m.separator === '．') return 'dot';
    if (m.separator === '、') return 'comma';
    return undefined;
  }
  if (m.family === 'arabic-paren') {
    if (profile === 'gbt9704' && !m.open && !m.glyph) return undefined;
    return m.glyph ? 'glyph' : m.open ? 'both' : 'close';
  }
  return undefined;
}

/** The two families that have styles, in the order their reports are made. */
const STYLED: readonly MarkerFamily[] = ['arabic', 'arabic-paren'];
const STYLES: readonly Style[] = ['dot', 'comma', 'glyph', 'both', 'close'];
const PREVAILING = msg('同级序号的主要写法', 'the prevailing style of this level');
/** The forms GB/T 9704 gives the third and fourth levels: 1. and （1）. */
const STANDARD: Partial<Record<MarkerFamily, Style>> = { arabic: 'dot', 'arabic-paren': 'both' };

/**
 * markers[from, to) are one text. Per family: count the styles (no per-marker objects), take the
 * majority (on a tie the style seen first), report the rest against the first marker of that style.
 */
function checkScope(markers: Marker[], from: number, to: number, profile: ProfileName, reports: RuleReport[]): void {
  if (from === to) return;
  for (const family of STYLED) {
    const counts = [0, 0, 0, 0, 0];
    const firstAt = [-1, -1, -1, -1, -1];
    let total = 0;
    for (let i = from; i < to; i++) {
      const m = markers[i]!;
      if (m.family !== family) continue;
      const style = styleOf(m, profile);
      if (!style) continue;
      const k = STYLES.indexOf(style);
      if (counts[k]!++ === 0) firstAt[k] = i;
      total++;
    }
    // the most markers; on a tie the style seen first
    let best = -1;
    for (let k = 0; k < STYLES.length; k++) {
      if (!counts[k]) continue;
      if (best < 0 || counts[k]! > counts[best]! || (counts[k] === counts[best] && firstAt[k]! < firstAt[best]!)) best = k;
    }
    if (best < 0 || counts[best] === total) continue; // no styled marker, or one style throughout
    const dominant = STYLES[best]!;
    const model = markers[firstAt[best]!]!;
    // every report of this family points at the same marker: one link for all of them
    const related = [{ range: markerRange(model), message: PREVAILING }];
    const name = STYLE_NAME[dominant];
    const seeLine = model.line + 1;
    for (let i = from; i < to; i++) {
      const marker = markers[i]!;
      if (marker.family !== family) continue;
      const style = styleOf(marker, profile);
      if (!style || style === dominant) continue;
      const edits = fixFor(marker, style, dominant, model);
      const m = shown(marker);
      reports.push(
        problem(
          markerRange(marker),
          msg(`序号${q(m)}与同级序号的主要写法${name.zh}不一致（见第${seeLine}行）`, `${m} differs from the prevailing style of its level, ${name.en} (see line ${seeLine})`),
          // a fix never moves away from the standard: turning 1. into the majority's 1、 is only suggested
          edits && style !== STANDARD[family] ? { edits } : undefined,
          related,
          edits && style === STANDARD[family] ? [{ title: changeTitle(marker, edits), edits }] : undefined,
        ),
      );
    }
  }
}

function changeTitle(m: Marker, edits: TextEdit[]): { zh: string; en: string } {
  const e = edits[0]!;
  // the marker as it reads after the edit (a separator replaced, an opening bracket added or removed)
  const text = `${m.open}${m.numeral}${m.close}${m.separator}`;
  const offset = e.range.start.character - m.start;
  const length = e.range.end.character - e.range.start.character;
  const after = (text.slice(0, offset) + e.newText + text.slice(offset + length)).trim();
  return msg(`改为“${after}”，与同级多数序号一致，但“${shown(m)}”是标准写法`, `Change to “${after}” (as most markers of this level; “${shown(m)}” is the standard form)`);
}

function fixFor(m: Marker, style: Style, dominant: Style, model: Marker): TextEdit[] | undefined {
  if ((style === 'dot' || style === 'comma') && (dominant === 'dot' || dominant === 'comma')) {
    return [{ range: separatorRange(m), newText: model.separator }];
  }
  const at = { line: m.line, character: m.start };
  if (style === 'close' && dominant === 'both') {
    return [{ range: { start: at, end: at }, newText: m.close === ')' ? '(' : '（' }];
  }
  if (style === 'both' && dominant === 'close') {
    return [{ range: { start: at, end: { line: m.line, character: m.start + m.open.length } }, newText: '' }];
  }
  return undefined;
}
