// 一是/二是/三是, 第一，第二，… and 首先/其次 in running text: gaps and duplicates.
import type { DocumentModel, InlineOrdinal } from '../model/types.js';
import type { Range } from '../types.js';
import type { Rule, RuleReport } from './types.js';
import { msg, problem } from './helpers.js';

const ID = 'inline-sequence';

/** More non-blank lines than this without an ordinal end a run: the next ordinal starts a new one. */
const MAX_LINES_WITHOUT_ORDINAL = 2;
const FIRST = 1;
const SECOND = 2;

export const rule: Rule = {
  meta: {
    id: ID,
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
    // the last ordinal of each style: three variables, not a map (a 10 MB line holds a million ordinals)
    let lastShi: InlineOrdinal | undefined;
    let lastDi: InlineOrdinal | undefined;
    let lastSequence: InlineOrdinal | undefined;
    for (const o of model.inlineOrdinals) {
      if (o.style === 'sequence' && o.value > SECOND) continue; // 再次/最后: ordinary words as often as ordinals
      let prev: InlineOrdinal | undefined;
      if (o.style === 'shi') (prev = lastShi), (lastShi = o);
      else if (o.style === 'di') (prev = lastDi), (lastDi = o);
      else (prev = lastSequence), (lastSequence = o);
      // a 1 starts a new run, except a second 一是 right after the first on one line (一是…；一是…)
      const repeatedFirst = prev && o.value === FIRST && prev.value === FIRST && prev.line === o.line;
      const sameRun = prev !== undefined && (o.value !== FIRST || repeatedFirst) && !brokenBetween(prev, o, model);
      if (!prev || !sameRun) {
        if (o.style === 'sequence' && o.value === SECOND) {
          reports.push(problem(rangeOf(o), msg(`“${o.raw}”之前没有“首先”`, `“${o.raw}” with no 首先 before it`)));
        }
        continue;
      }
      if (o.value === prev.value + 1) continue; // in sequence: build nothing
      const related = [{ range: rangeOf(prev), message: PREVIOUS }];
      if (o.value === prev.value) {
        reports.push(problem(rangeOf(o), msg(`重复的序数“${o.raw}”`, `Duplicate ordinal “${o.raw}”`), undefined, related));
      } else if (o.value < prev.value) {
        reports.push(problem(rangeOf(o), msg(`序数倒序：“${o.raw}”排在“${prev.raw}”之后`, `Out of order: “${o.raw}” comes after “${prev.raw}”`), undefined, related));
      } else {
        const missing = o.value - prev.value - 1;
        const message = msg(`序数不连续：“${prev.raw}”之后是“${o.raw}”，中间缺少${missing}项`, `Gap: “${prev.raw}” is followed by “${o.raw}”, ${missing} missing`);
        reports.push(problem(rangeOf(o), message, undefined, related));
      }
    }
    return reports;
  },
};

const PREVIOUS = msg('上一个序数', 'previous ordinal');

function rangeOf(o: InlineOrdinal): Range {
  return { start: { line: o.line, character: o.start }, end: { line: o.line, character: o.end } };
}

/**
 * A structural line (marker, article, time heading, Markdown heading) after prev's line up to o's line
 * (inclusive), or more than MAX_LINES_WITHOUT_ORDINAL non-blank lines of plain text between them.
 * Looks only at the lines between: a structural line is non-blank, so the walk stops within a few of them.
 */
function brokenBetween(prev: InlineOrdinal, o: InlineOrdinal, model: DocumentModel): boolean {
  if (o.line === prev.line) return false;
  if (anyOnLines(model.articles, prev.line, o.line) || anyOnLines(model.timeSections, prev.line, o.line)) return true;
  let plain = 0;
  for (let i = prev.line + 1; i <= o.line; i++) {
    const line = model.lines[i]!;
    if (model.markerAt[i] || line.headingDepth) return true;
    if (i < o.line && !line.blank && ++plain > MAX_LINES_WITHOUT_ORDINAL) return true;
  }
  return false;
}

/** Whether an item of a list sorted by line sits on a line after `after`, up to `upTo` (binary search). */
function anyOnLines(items: readonly { line: number }[], after: number, upTo: number): boolean {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.line <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < items.length && items[lo]!.line <= upTo;
}
