// 一是/二是/三是, 第一，第二，… and 首先/其次 in running text: gaps and duplicates.
import type { DocumentModel, InlineOrdinal } from '../model/types.js';
import type { Range } from '../types.js';
import type { Rule, RuleReport } from './types.js';
import { msg } from './helpers.js';

/** More non-blank lines than this without an ordinal end a run: the next ordinal starts a new one. */
const MAX_LINES_WITHOUT_ORDINAL = 2;
const FIRST = 1;
const SECOND = 2;

export const rule: Rule = {
  meta: {
    id: 'inline-sequence',
    description: msg('段落中的“一是、二是”“第一，第二，”“首先、其次”要连续', 'Ordinals in running text (一是/二是, 第一，第二，, 首先/其次) run without gaps or duplicates'),
    tags: ['numbering'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '段落里的“一是……二是……三是……”“第一，……第二，……”和“首先……其次……”也是编号，同样不能跳号、重号：一是之后直接是三是，或两个二是，通常是删改时漏改。一串序数可以跨越相邻的几个段落；遇到序号、条款、时间标题，或连续两行以上没有序数，或者又从“一是”开始，就算新的一串。“其次”前面没有“首先”也会报告。“再次”“最后”常作普通词语使用，不参与检查。没有自动修复：改正文中的序数需要作者确认上下文。',
      en: 'Ordinals in running text — 一是…二是…三是…, 第一，…第二，… and 首先…其次… — are numbering too and must not skip or repeat: 一是 followed by 三是, or two 二是, usually means an edit missed them. A run may span adjacent paragraphs; a marker, an article or a time heading, more than two lines without an ordinal, or a new 一是 starts a new run. A 其次 with no 首先 before it is reported too. 再次 and 最后 are common words and not checked. No automatic fix: changing ordinals in prose needs the writer to confirm the context.',
      wrong: '一是加强领导；二是落实责任；四是强化考核。',
      right: '一是加强领导；二是落实责任；三是强化考核。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    if (model.inlineOrdinals.length === 0) return reports;
    const breaks = structuralPrefix(model);
    const nonBlank = nonBlankPrefix(model);
    const last = new Map<InlineOrdinal['style'], InlineOrdinal>();
    for (const o of model.inlineOrdinals) {
      if (o.style === 'sequence' && o.value > SECOND) continue; // 再次/最后: ordinary words as often as ordinals
      const prev = last.get(o.style);
      last.set(o.style, o);
      // a 1 starts a new run, except a second 一是 right after the first on one line (一是…；一是…)
      const repeatedFirst = prev && o.value === FIRST && prev.value === FIRST && prev.line === o.line;
      const sameRun = prev && (o.value !== FIRST || repeatedFirst) && !brokenBetween(prev, o, breaks, nonBlank);
      if (!sameRun) {
        if (o.style === 'sequence' && o.value === SECOND) {
          reports.push({ range: rangeOf(o), message: msg(`“${o.raw}”之前没有“首先”`, `“${o.raw}” with no 首先 before it`) });
        }
        continue;
      }
      const related = [{ range: rangeOf(prev), message: msg('上一个序数', 'previous ordinal') }];
      if (o.value === prev.value) {
        reports.push({ range: rangeOf(o), message: msg(`重复的序数“${o.raw}”`, `Duplicate ordinal “${o.raw}”`), related });
      } else if (o.value < prev.value) {
        reports.push({ range: rangeOf(o), message: msg(`序数倒序：“${o.raw}”排在“${prev.raw}”之后`, `Out of order: “${o.raw}” comes after “${prev.raw}”`), related });
      } else if (o.value > prev.value + 1) {
        reports.push({
          range: rangeOf(o),
          message: msg(`序数跳号：“${prev.raw}”之后是“${o.raw}”，缺少 ${o.value - prev.value - 1} 项`, `Gap: “${prev.raw}” is followed by “${o.raw}”, ${o.value - prev.value - 1} missing`),
          related,
        });
      }
    }
    return reports;
  },
};

function rangeOf(o: InlineOrdinal): Range {
  return { start: { line: o.line, character: o.start }, end: { line: o.line, character: o.end } };
}

/** breaks[i] = number of structural lines (markers, articles, time headings, Markdown headings) before line i. */
function structuralPrefix(model: DocumentModel): Int32Array {
  const structural = new Uint8Array(model.lines.length);
  for (const m of model.markers) structural[m.line] = 1;
  for (const a of model.articles) structural[a.line] = 1;
  for (const t of model.timeSections) structural[t.line] = 1;
  for (const l of model.lines) if (l.headingDepth) structural[l.index] = 1;
  return prefix(structural);
}

function nonBlankPrefix(model: DocumentModel): Int32Array {
  const nonBlank = new Uint8Array(model.lines.length);
  for (const l of model.lines) if (!l.blank) nonBlank[l.index] = 1;
  return prefix(nonBlank);
}

function prefix(flags: Uint8Array): Int32Array {
  const out = new Int32Array(flags.length + 1);
  for (let i = 0; i < flags.length; i++) out[i + 1] = out[i]! + flags[i]!;
  return out;
}

/** A structural line after prev's line up to o's line (inclusive), or too many lines of plain text between. */
function brokenBetween(prev: InlineOrdinal, o: InlineOrdinal, breaks: Int32Array, nonBlank: Int32Array): boolean {
  if (o.line === prev.line) return false;
  if (breaks[o.line + 1]! - breaks[prev.line + 1]! > 0) return true;
  return nonBlank[o.line]! - nonBlank[prev.line + 1]! > MAX_LINES_WITHOUT_ORDINAL;
}
