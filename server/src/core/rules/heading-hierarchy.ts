// Levels used in order: no higher-level list inside a lower-level item (GB/T 15834 B.3.8); strict profile: no skipped level.
import type { DocumentModel, Marker, MarkerFamily, MarkerList, OutlineNode } from '../model/types.js';
import { sameStyleLevels } from '../model/twoLevels.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, problem, q, shown } from './helpers.js';

const ID = 'heading-hierarchy';

/** Articles whose items are their own structure: a 条 holds （一） items, so lists under 章/节/条 are not a document's first list. */
const ARTICLE_PARENTS = new Set(['zhang', 'jie', 'tiao']);

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('序号层级依次使用：一、>（一）> 1. >（1）> ①，不倒置、不越级', 'Marker levels in order 一、 > （一） > 1. > （1） > ①: no inversion, no skipped level'),
    tags: ['hierarchy', 'gb/t 9704', 'gb/t 15834'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: 'GB/T 9704—2012第7.3.3条规定结构层次序数依次用“一、”“（一）”“1.”“（1）”；GB/T 15834—2011附录B.3.8指出层级不可倒置。两种配置都报告倒置：在较低层级的条目（如“1、”）之中出现较高层级的列表（（一）（二）），之后低层级又接着编号（2、）。“gbt9704”配置还报告越级（“一、”之下直接用“1.”）以及全文第一个列表就从低层级开始（没有“一、”就用“（一）”或“1.”）；“common”配置接受这两种常见写法。同一种序号用了两个层级（“一、指导思想”之下又是“一、二、三、”，随后“二、工作目标”接着编号）时，报告这一处，而不按重新编号或倒序报告。章、节、条之下的列表不算全文第一个列表。',
      en: 'GB/T 9704-2012 §7.3.3 orders the levels 一、, （一）, 1., （1）; GB/T 15834-2011 B.3.8 forbids inverting them. Both profiles report an inversion: a higher-level list (（一）（二）) inside a lower-level item (1、) whose numbering then continues (2、). The gbt9704 profile also reports a skipped level (1. straight under 一、) and a document whose first list starts at a low level (（一） or 1. with no 一、 above); the common profile accepts both as widespread practice. One style used for two levels (一、指导思想 holding its own 一、二、三、, then 二、工作目标) is reported once, as such, instead of as restarts and disorder. Lists under 章, 节 and 条 are not a document\'s first list.',
      wrong: '1、加强领导\n（一）成立领导小组\n（二）明确职责\n2、落实责任',
      right: '一、加强领导\n（一）成立领导小组\n（二）明确职责\n二、落实责任',
    },
  },
  check({ model, profile }) {
    const reports: RuleReport[] = [];
    findInversions(model.lists, reports);
    findSameStyleLevels(model, reports);
    if (profile === 'gbt9704') {
      findSkippedLevels(model.lists, reports);
      findLowFirstLists(model.lists, reports);
    }
    return reports.sort((a, b) => a.range.start.line - b.range.start.line);
  },
};

/**
 * 1、 … （一）（二） … 2、: the outline nests 2、 under （二）, a sibling that came
 * after 1、. A list that continues the numbering of the previous list of its
 * family, while that list's parent is a strict ancestor of it, jumped over a
 * higher-level list opened inside the lower-level item.
 */
function findInversions(lists: MarkerList[], reports: RuleReport[]): void {
  const previous = new Map<MarkerFamily, MarkerList>();
  for (const list of lists) {
    const before = previous.get(list.family);
    previous.set(list.family, list);
    if (!before || list.restartOf) continue;
    const last = before.items[before.items.length - 1]!;
    const first = list.items[0]!;
    if (first.value !== last.value + 1 || !isStrictAncestor(before.parent, list.parent)) continue;
    const intruder = firstHigherSiblingAfter(before.parent, last.line, last.level);
    if (!intruder?.marker) continue;
    const higher = intruder.marker;
    const message = msg(
      `层级倒置：较高层级的${q(shown(higher))}出现在较低层级的条目${q(shown(last))}之中，其后${q(shown(first))}又接着编号`,
      `Inverted levels: the higher-level ${shown(higher)} sits inside the lower-level item ${shown(last)}, whose list continues at ${shown(first)}`,
    );
    reports.push(problem(markerRange(higher), message, undefined, [
      { range: markerRange(last), message: msg('较低层级的条目', 'the lower-level item') },
      { range: markerRange(first), message: msg('低层级列表在此接着编号', 'the lower-level list continues here') },
    ]));
  }
}

/** 一、指导思想 / 一、坚持立德树人 / 二、… / 二、工作目标: one style on two levels, reported once at the first lower item. */
function findSameStyleLevels(model: DocumentModel, reports: RuleReport[]): void {
  for (const run of sameStyleLevels(model).runs) {
    const { firstSub, parentItem } = run;
    const lower = LOWER_STYLE[firstSub.family];
    const advice = lower ? msg(`，下一层应改用${q(lower)}这类序号`, `; write the lower level as ${lower}`) : msg('', '');
    const sub = labelled(firstSub);
    const parent = labelled(parentItem);
    const message = msg(
      `同一种序号用了两个层级：“${sub}”起的列表位于“${parent}”之下${advice.zh}`,
      `One marker style is used for two levels: the list from “${sub}” sits under “${parent}”${advice.en}`,
    );
    reports.push(problem(markerRange(firstSub), message, undefined, [{ range: markerRange(parentItem), message: msg('上一层的条目', 'the item of the level above') }]));
  }
}

/** 一、指导思想 — the marker and the start of its heading, for messages. */
function labelled(m: Marker): string {
  // the heading up to its first space: a message quotes no Western spaces
  const head = m.title.split(/[\s\u3000]/)[0]!;
  const title = head.length > 12 ? head.slice(0, 12) + '…' : head;
  return `${shown(m)}${title}`;
}

const LOWER_STYLE: Partial<Record<MarkerFamily, string>> = { cn: '（一）', 'cn-paren': '1.', arabic: '（1）', 'arabic-paren': '①' };

function isStrictAncestor(ancestor: OutlineNode, node: OutlineNode): boolean {
  for (let n = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

function firstHigherSiblingAfter(parent: OutlineNode, line: number, level: number): OutlineNode | undefined {
  for (const child of parent.children) {
    if (child.line <= line) continue;
    if (child.marker && child.marker.level < level) return child;
    if (!child.marker) return undefined;
  }
  return undefined;
}

function findSkippedLevels(lists: MarkerList[], reports: RuleReport[]): void {
  for (const list of lists) {
    const parent = list.parent.marker;
    const first = list.items[0]!;
    if (!parent || first.level <= parent.level + 1) continue;
    const message = msg(
      `越级：${q(shown(parent))}之下直接使用了${q(shown(first))}，跳过了${first.level - parent.level - 1}个层级`,
      `Skipped level: ${shown(first)} directly under ${shown(parent)} skips ${first.level - parent.level - 1} level(s)`,
    );
    reports.push(problem(markerRange(first), message, undefined, [{ range: markerRange(parent), message: msg('上级条目', 'parent item') }]));
  }
}

/** The first list of the document (of each 篇 in a compilation) should start at the top level. */
function findLowFirstLists(lists: MarkerList[], reports: RuleReport[]): void {
  const seenScopes = new Set<OutlineNode | null>();
  for (const list of lists) {
    if (list.parent.kind === 'marker') continue;
    const scope = documentScope(list.parent);
    if (seenScopes.has(scope)) continue;
    seenScopes.add(scope);
    const article = list.parent.article;
    if (article && ARTICLE_PARENTS.has(article.kind)) continue;
    const first = list.items[0]!;
    if (first.level === 0) continue;
    const message = msg(
      `全文第一个列表从较低层级的${q(shown(first))}开始，结构层次应从“一、”开始`,
      `The document's first list starts at the lower level ${shown(first)}: the structure should start at 一、`,
    );
    reports.push(problem(markerRange(first), message));
  }
}

/** The 篇 (or 附件) a node belongs to, or null for the document itself. */
function documentScope(node: OutlineNode): OutlineNode | null {
  for (let n: OutlineNode | null = node; n; n = n.parent) {
    if (n.article && (n.article.kind === 'pian' || n.article.kind === 'fujian')) return n;
  }
  return null;
}
