// One family, one style: 1. or 1、 throughout; （1） or 1） throughout.
import type { Marker, MarkerFamily } from '../model/types.js';
import type { TextEdit } from '../types.js';
import type { ProfileName } from '../config/types.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, separatorRange, shown } from './helpers.js';

/** A style is what tells writings of one family apart; width and wrong punctuation belong to other rules. */
type Style = 'dot' | 'comma' | 'glyph' | 'both' | 'close';

const STYLE_NAME: Record<Style, { zh: string; en: string }> = {
  dot: { zh: '1.', en: '1.' },
  comma: { zh: '1、', en: '1、' },
  glyph: { zh: '带点或带括号的数字符号（⒈ ⑴）', en: 'a numbered glyph (⒈ ⑴)' },
  both: { zh: '（1）', en: '（1）' },
  close: { zh: '1）', en: '1）' },
};

export const rule: Rule = {
  meta: {
    id: 'marker-consistency',
    description: msg('同一层级的序号写法全文统一：1. 与 1、，（1） 与 1）', 'One level, one marker style throughout: 1. or 1、, （1） or 1）'),
    tags: ['marker'],
    defaultSeverity: 'warning',
    fixable: true,
    docs: {
      zh: '同一层级的序号应当全文使用同一种写法：阿拉伯数字序号要么都写 1.，要么都写 1、；带括号的阿拉伯数字要么都写（1），要么都写 1）。以全文（汇编多篇范文时为每一篇，附件各自单独计算）多数的写法为准，数量相同时以先出现的为准，报告其余的序号。只差分隔符或左括号时可以自动修复。全角半角的差别由 marker-width 检查，错误的标点由 marker-punctuation 检查。',
      en: 'A level uses one marker style throughout the document: Arabic numerals are all 1. or all 1、; bracketed Arabic numerals are all （1） or all 1）. The style most markers use (in a compilation within each 篇, in each attachment on its own) wins, the first seen on a tie; the other markers are reported. A marker that differs only in its separator or its opening bracket is fixed automatically. Width is marker-width\'s business, wrong punctuation marker-punctuation\'s.',
      wrong: '1.提高认识\n2、完善体系\n（1）建立台帐\n2）加强考核',
      right: '1.提高认识\n2.完善体系\n（1）建立台帐\n（2）加强考核',
    },
  },
  check({ model, profile }) {
    const reports: RuleReport[] = [];
    // a compilation of texts (篇一…篇八) or a text with attachments is several documents: each keeps its own style
    const pianLines = model.articles.filter((a) => a.kind === 'pian' || a.kind === 'fujian').map((a) => a.line);
    let scope: Marker[] = [];
    let next = 0;
    for (const m of model.markers) {
      while (next < pianLines.length && pianLines[next]! < m.line) {
        checkScope(scope, profile, reports);
        scope = [];
        next++;
      }
      scope.push(m);
    }
    checkScope(scope, profile, reports);
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

function checkScope(markers: Marker[], profile: ProfileName, reports: RuleReport[]): void {
  const byFamily = new Map<MarkerFamily, { marker: Marker; style: Style }[]>();
  for (const m of markers) {
    const style = styleOf(m, profile);
    if (!style) continue;
    let entries = byFamily.get(m.family);
    if (!entries) byFamily.set(m.family, (entries = []));
    entries.push({ marker: m, style });
  }
  for (const entries of byFamily.values()) {
    const dominant = dominantStyle(entries);
    const model = entries.find((e) => e.style === dominant)!.marker;
    for (const { marker, style } of entries) {
      if (style === dominant) continue;
      const edits = fixFor(marker, style, dominant, model);
      reports.push({
        range: markerRange(marker),
        message: msg(
          `序号 ${shown(marker)} 与同级序号的主要写法“${STYLE_NAME[dominant].zh}”不一致（见第 ${model.line + 1} 行）`,
          `${shown(marker)} differs from the prevailing style of its level, ${STYLE_NAME[dominant].en} (see line ${model.line + 1})`,
        ),
        fix: edits ? { edits } : undefined,
        related: [{ range: markerRange(model), message: msg('同级序号的主要写法', 'the prevailing style of this level') }],
      });
    }
  }
}

function dominantStyle(entries: { style: Style }[]): Style {
  // Map keeps insertion order, so on a tie the style seen first wins
  const counts = new Map<Style, number>();
  for (const { style } of entries) counts.set(style, (counts.get(style) ?? 0) + 1);
  let best: Style = entries[0]!.style;
  for (const [style, n] of counts) if (n > counts.get(best)!) best = style;
  return best;
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
