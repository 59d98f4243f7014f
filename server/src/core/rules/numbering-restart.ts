// A list that starts again at 1 in the same section, with no heading between.
import type { Rule, RuleReport } from './types.js';
import { markerEnd, markerRange, msg, problem, q, shown } from './helpers.js';
import type { DocumentModel, Marker, MarkerList } from '../model/types.js';
import { isHeadingLike, tableHeaderAbove } from '../model/layout.js';
import { sameStyleLevels } from '../model/twoLevels.js';
import { oddRestarts } from '../model/oddItems.js';

const ID = 'numbering-restart';

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('同一节内编号无故从1重新开始', 'Numbering restarts at 1 within one section'),
    tags: ['numbering'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '同一节中，同一种写法的编号在没有任何标题分隔的情况下又从1开始，通常是丢了一个小标题或月份标题，或者两个列表被误合并。在每个篇、章、月份或上级条目下重新编号是正常的，不报告。括号或带圈写法不同的新列表不算重新编号。一段以冒号结尾的引导语（……应当出具下列材料：）之后重新编号是新的列表，也不报告。两个列表之间若有一行读来像标题（字数不多、没有句读，如“三月园务行政”、汇编中下一份文件的标题、表格的行名），或文档是转成文字的表格（有表头行，每行各栏各自编号），重新编号都有来由，同样不报告。Markdown有序列表每项都写“1.”（渲染时自动编号），这种连续的“1.”也不报告。没有自动修复：应补上标题还是续编号，需要作者判断。',
      en: 'Within one section, numbering in the same style starts again at 1 with no heading in between: usually a lost sub-heading or month heading, or two lists merged by mistake. Numbering that restarts under each 篇, chapter, month or parent item is normal and not reported. A new list in a different bracket or glyph style is not a restart. A new list introduced by a paragraph ending in a colon (…shall submit the following:) is not reported either. Nor is a restart after a line that reads as a heading (short, without sentence punctuation: 三月园务行政, the title of the next document in a compilation, the label of a table row), nor one inside a table flattened to text (a header row, then rows whose cells each number their own list). Markdown ordered lists written with every item as 1. (the renderer numbers them) are not restarts either. No automatic fix: whether a heading is missing or the numbering should continue is the writer\'s call.',
      wrong: '三月份：\n1、签定责任书。\n2、妇女节活动。\n1、年轻女工座谈会。',
      right: '三月份：\n1、签定责任书。\n2、妇女节活动。\n四月份：\n1、年轻女工座谈会。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const twoLevels = sameStyleLevels(model).lists;
    // 一、甲 一、乙 三、丙: one odd item of one list, numbering-sequence's to report
    const odd = oddRestarts(model);
    for (const list of model.lists) {
      const before = list.restartOf;
      if (!before || twoLevels.has(list) || odd.has(list)) continue;
      const prev = before.items[before.items.length - 1]!;
      const first = list.items[0]!;
      if (!sameStyle(prev, first) || isLazyNumbering(before, list) || hasLeadIn(model, first.line) || explainedByLayout(model, prev.line, first.line)) continue;
      const message = msg(`编号在同一节内又从${q(shown(first))}开始，上一项是${q(shown(prev))}，中间没有标题`, `Numbering restarts at ${shown(first)} after ${shown(prev)} with no heading between`);
      reports.push(problem(markerRange(first), message, undefined, [{ range: markerRange(prev), message: LAST_OF_PREVIOUS }]));
    }
    return reports;
  },
};

const LAST_OF_PREVIOUS = msg('上一个列表的最后一项', 'last item of the previous list');

/**
 * A paragraph ending in a colon right before the new list introduces it
 * (…应当出具下列证件和证明材料：): a second list in one article is normal.
 */
function hasLeadIn(model: DocumentModel, line: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    const l = model.lines[i]!;
    if (l.blank) continue;
    if (model.markerAt[i]) return false;
    const t = l.text.trimEnd();
    const last = t[t.length - 1];
    return last === '：' || last === ':';
  }
  return false;
}

/**
 * What the page shows between the two lists explains the new start: a line a reader takes for a heading
 * (三月园务行政, the title of the next document in a compilation, a table's row label), or, in a table
 * flattened to text, a row whose label stands above the items: each cell of the row holds a list of its own
 * (第3週 02-25 ~ 03-02 / 1. 教務… / 1. 學務…).
 */
function explainedByLayout(model: DocumentModel, prevLine: number, line: number): boolean {
  for (let i = prevLine + 1; i < line; i++) {
    if (!model.markerAt[i] && isHeadingLike(model.lines[i]!)) return true;
  }
  if (tableHeaderAbove(model, line) < 0) return false;
  for (let i = line - 1; i >= 0; i--) {
    const l = model.lines[i]!;
    if (l.blank || model.markerAt[i]) continue;
    return isHeadingLike(l);
  }
  return false;
}

/**
 * 1. 下载 / 1. 安装 / 1. 重启 — Markdown's ordered-list syntax (a digit, a period, a space) lets every item be
 * written 1. and numbers them when it renders: one-item lists of 1. in a row are that convention, not restarts.
 */
function isLazyNumbering(before: MarkerList, list: MarkerList): boolean {
  return before.items.length === 1 && list.items.length === 1 && isMarkdownOne(before.items[0]!) && isMarkdownOne(list.items[0]!);
}

function isMarkdownOne(m: Marker): boolean {
  return m.value === 1 && m.numeral === '1' && m.separator === '.' && m.textStart > markerEnd(m);
}

/** Brackets and glyphs tell lists apart; separators do not (a wrong one is marker-punctuation's business). */
function sameStyle(a: Marker, b: Marker): boolean {
  return a.open === b.open && a.close === b.close && a.glyph === b.glyph;
}
