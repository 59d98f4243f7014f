// Gaps, duplicates, items out of order and lists that start at the wrong number.
import type { DocumentModel, Marker, MarkerList, OutlineNode } from '../model/types.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, problem, q, renumberEdits, renumberTitle, shown, shownAs } from './helpers.js';
import { numeralLike } from '../syntax/markerText.js';
import type { Range, TextEdit } from '../types.js';
import { isCjk, isCnNumeralCode } from '../syntax/numerals.js';
import { follows } from '../syntax/decimalSections.js';
import { sameStyleLevels } from '../model/twoLevels.js';
import { formOf } from '../model/inlineItems.js';
import { oddRestarts } from '../model/oddItems.js';
import { isHeadingLike } from '../model/layout.js';

const ID = 'numbering-sequence';

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('同级编号应连续：不跳号、不重号、不倒序，从1开始', 'Sibling items are numbered 1, 2, 3… with no gap, duplicate or reversal'),
    tags: ['numbering'],
    defaultSeverity: 'error',
    fixable: true,
    suggests: true,
    docs: {
      zh: '同一层级、同一列表中的序号必须依次递增。跳号（三、之后是五、）、重号、倒序，或列表不从第一项开始（第一项就是“3、”），都说明有条目被删除、合并或复制时编号没有跟着改。修复只改动必要的序号（“一、一、三、四、”只把第二个“一、”改为“二、”）。只有列表的读法确定无疑时才自动修复：列表从第一项开始（或前两项只是互换），中间没有像标题的行，也没有从别处接续编号；否则（例如列表从“3、”开始、后面是“4、5、”，可能是节选或接着上文编号）只给出修改建议，由作者确认。一个列表紧接上一节同级列表继续编号（“（一）”下是1—5，“（二）”下是6—10）时不报告。列表的第一项紧接在上一行的冒号之后（“征文要求：(1)文体不限”），下一行从“(2)”起写，也不报告。“1.1”“1.2.1”这类章节号自成一套，同级之间跳号（“1.3.1”之后是“1.3.3”）也报告。一行之内连写的几项（备注：1、……；2、……；4、……）已连成一串时，其中的跳号也报告，不自动修复。',
      en: 'Numbers within one list must increase by one. A gap (三、 followed by 五、), a duplicate, a reversal or a list whose first item is 3、 means an item was deleted, merged or copied without renumbering. The fix changes only the numbers that must change (in 一、一、三、四、 only the second 一、 becomes 二、). It is applied automatically only when the reading of the list is certain: it starts at its first item (or its first two items are merely swapped), no line between its items reads as a heading, and its numbering is not carried on from elsewhere; otherwise (a list starting at 3、 followed by 4、5、 may be an excerpt or continue earlier numbering) the renumbering is a suggestion for the writer to confirm. A list that continues the numbering of the same-level list in the previous section (1–5 under （一）, 6–10 under （二）) is not reported, nor is a list whose first item follows the colon at the end of the line above (征文要求：(1)文体不限, then (2) on the next line). Decimal section numbers (1.1, 1.2.1) are a structure of their own: a gap between siblings (1.3.1 then 1.3.3) is reported too. Items written one after another inside a line (备注：1、…；2、…；4、…) are checked once they form a run, without an automatic fix.',
      wrong: '一、总体要求\n二、工作目标\n四、主要任务',
      right: '一、总体要求\n二、工作目标\n三、主要任务',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const lastEndUnder = new Map<OutlineNode, Map<string, number>>();
    const twoLevels = sameStyleLevels(model).lists;
    // 一、甲 一、乙 三、丙 四、丁: the list that seems to restart at the second 一、 goes on from the first one
    const odd = oddRestarts(model);
    const absorbed = new Set(odd.values());
    const startOf = new Map<MarkerList, number>();
    for (const list of model.lists) {
      if (twoLevels.has(list)) continue; // one style on two levels: heading-hierarchy says so
      const continued = list.items[0]!.value !== 1 && startsInlineAbove(model, list.items[0]!);
      const start = continued ? list.items[0]!.value : expectedStart(list, lastEndUnder);
      const before = odd.get(list);
      if (absorbed.has(list)) startOf.set(list, start); // checked together with the list after it
      else if (before) {
        const whole: MarkerList = { family: list.family, parent: list.parent, items: [...before.items, ...list.items] };
        const wholeStart = startOf.get(before) ?? 1;
        checkList(model, whole, wholeStart, wholeStart !== 1, reports);
      } else checkList(model, list, start, continued || start !== 1, reports);
      remember(list, lastEndUnder);
    }
    checkSections(model, reports);
    checkInlineItems(model, reports);
    return reports;
  },
};

/** 1 unless the list continues the numbering of the same family under the previous sibling section. */
function expectedStart(list: MarkerList, lastEndUnder: Map<OutlineNode, Map<string, number>>): number {
  const first = list.items[0]!.value;
  const grand = list.parent.parent;
  if (first === 1 || !grand || list.restartOf) return 1;
  const last = lastEndUnder.get(grand)?.get(list.family);
  return last !== undefined && last + 1 === first ? first : 1;
}

/**
 * 六、征文要求：(1)文体不限 / (2)征文必须为原创 — the list's first item sits on the line above, right after
 * the colon that introduces it: the list starts at (2) on its own lines and is in order.
 */
function startsInlineAbove(model: DocumentModel, first: Marker): boolean {
  if (first.value < 2) return false;
  let i = first.line - 1;
  while (i >= 0 && model.lines[i]!.blank) i--;
  if (i < 0) return false;
  const numeral = numeralLike(first, first.value - 1);
  if (numeral === undefined) return false;
  const before = `${first.open}${numeral}${first.close}${first.open ? '' : first.separator.trim()}`;
  const text = model.lines[i]!.text;
  for (let at = text.indexOf(before); at > 0; at = text.indexOf(before, at + 1)) {
    let j = at - 1;
    while (j > 0 && (text[j] === ' ' || text[j] === '\u3000')) j--;
    if (text[j] === '：' || text[j] === ':') return true;
  }
  return false;
}

/**
 * Remembers where a list ended, keyed by the nodes a later list would see as its
 * grandparent: the list's own grandparent (a sibling section continues it) and
 * its parent (a list nested one level deeper continues it — an inversion such as
 * 1、…（一）…2、, which heading-hierarchy reports; renumbering would hide it).
 */
function remember(list: MarkerList, lastEndUnder: Map<OutlineNode, Map<string, number>>): void {
  const end = list.items[list.items.length - 1]!.value;
  rememberUnder(list.parent, list.family, end, lastEndUnder);
  if (list.parent.parent) rememberUnder(list.parent.parent, list.family, end, lastEndUnder);
}

function rememberUnder(key: OutlineNode, family: string, end: number, lastEndUnder: Map<OutlineNode, Map<string, number>>): void {
  let byFamily = lastEndUnder.get(key);
  if (!byFamily) lastEndUnder.set(key, (byFamily = new Map()));
  byFamily.set(family, end);
}

/** `continued`: the list's first number comes from elsewhere (an earlier section, the line above), so its start is a reading, not a fact. */
function checkList(model: DocumentModel, list: MarkerList, start: number, continued: boolean, reports: RuleReport[]): void {
  const items = list.items;
  const first = items[0]!;
  // most lists are in order: check before building anything (the renumbering fix, messages, links)
  let inOrder = first.value === start;
  for (let i = 1; i < items.length && inOrder; i++) inOrder = items[i]!.value === items[i - 1]!.value + 1;
  if (inOrder) return;
  // the fewest changes that put the list in order: each item that is not where its position says
  const edits = renumberEdits(items, start);
  const renumber = edits && edits.length ? { edits, title: renumberTitle(items, start, edits) } : undefined;
  const certain = renumber && isCertain(model, items, start, continued, edits!.length);
  const fix = certain ? renumber : undefined;
  const suggestions = renumber && !certain ? [renumber] : undefined;
  const runIn = first.value === start + 1 ? runInPredecessor(model, list) : undefined;
  if (runIn) {
    const message = msg(
      `${q(runIn.text)}与第${runIn.range.start.line + 1}行前面的文字连在一起，应另起一行`,
      `${runIn.text} is run into the text before it on line ${runIn.range.start.line + 1}: start it on a line of its own`,
    );
    reports.push(problem(runIn.range, message, undefined, [{ range: markerRange(first), message: NEXT_ITEM }]));
  } else if (first.value !== start) {
    const message = msg(`本列表从${q(shown(first))}开始编号，应从${startShown(first, start)}开始`, `List starts at ${shown(first)}; it should start at item ${start}`);
    reports.push(problem(markerRange(first), message, fix, undefined, suggestions));
  } else if (edits && edits.length === 1 && oddBetween(items, edits[0]!)) {
    // one odd item (一、 一、 三、 四、): said once, at that item, not as a duplicate and then a gap
    const at = items.findIndex((m) => m.line === edits[0]!.range.start.line);
    const m = items[at]!;
    const prev = items[at - 1];
    const next = items[at + 1];
    const want = shownAs(m, edits[0]!.newText);
    const around = prev && next ? msg(`，前一项是${q(shown(prev))}，后一项是${q(shown(next))}`, ` (between ${shown(prev)} and ${shown(next)})`) : prev ? msg(`，前一项是${q(shown(prev))}`, ` (after ${shown(prev)})`) : msg('', '');
    const message = msg(`序号${q(shown(m))}有误，应为${q(want)}${around.zh}`, `Wrong number: ${shown(m)} should be ${want}${around.en}`);
    const related = prev ? [{ range: markerRange(prev), message: PREVIOUS_ITEM }] : undefined;
    reports.push(problem(markerRange(m), message, fix, related, suggestions));
    return;
  }
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1]!;
    const m = items[i]!;
    if (m.value === prev.value + 1) continue; // in sequence: build nothing (the related entry was 5% of all allocation)
    const related = [{ range: markerRange(prev), message: PREVIOUS_ITEM }];
    if (m.value === prev.value) {
      reports.push(problem(markerRange(m), msg(`序号${q(shown(m))}重复`, `Duplicate number ${shown(m)}`), fix, related, suggestions));
    } else if (m.value < prev.value) {
      const message = msg(`编号倒序：${q(shown(m))}排在${q(shown(prev))}之后`, `Out of order: ${shown(m)} comes after ${shown(prev)}`);
      reports.push(problem(markerRange(m), message, fix, related, suggestions));
    } else {
      const missing = m.value - prev.value - 1;
      const message = msg(`编号不连续：${q(shown(prev))}之后是${q(shown(m))}，中间缺少${missing}项`, `Gap in numbering: ${shown(prev)} is followed by ${shown(m)}, ${missing} missing`);
      reports.push(problem(markerRange(m), message, fix, related, suggestions));
    }
  }
}

/** The one item the edit changes sits between neighbours that already agree (一、 一、 三、): an odd item, not a gap or a duplicate at the end. */
function oddBetween(items: Marker[], edit: TextEdit): boolean {
  const at = items.findIndex((m) => m.line === edit.range.start.line);
  const prev = items[at - 1];
  const next = items[at + 1];
  return !!next && (prev ? next.value === prev.value + 2 : true);
}

/**
 * A renumbering is certain (a fix, applied in bulk) only when the reading of the list is:
 * - its start is not taken from another section or the line above, and the list itself confirms it: a
 *   wrong first number is certain only when the second item already stands where the start puts it
 *   (2) then （2）, or the first two items are swapped (二、 一、 三、); a list 3、 4、 5、 may be an excerpt or
 *   continue numbering from elsewhere;
 * - it never drops back (a drop is a restart or another text, as in a compilation) except for two
 *   neighbours swapped or odd items, each between neighbours that agree (1、2、8、4、);
 * - no line between its items reads as a heading (the "list" may be several).
 * Otherwise the renumbering is a suggestion.
 */
function isCertain(model: DocumentModel, items: Marker[], start: number, continued: boolean, changes: number): boolean {
  if (continued) return false;
  const swapped = (j: number) => items[j + 1] !== undefined && items[j]!.value === start + j + 1 && items[j + 1]!.value === start + j;
  if (items[0]!.value !== start && !(items.length > 1 && (items[1]!.value === start + 1 || swapped(0)))) return false;
  // 1、2、8、4、: the 8、 is one odd item between neighbours that agree; a list may hold several such
  const odd = (j: number) => j > 0 && items[j + 1] !== undefined && items[j + 1]!.value === items[j - 1]!.value + 2;
  if (changes > 1) for (let i = 1; i < items.length; i++) if (items[i]!.value < items[i - 1]!.value && !swapped(i - 1) && !odd(i - 1)) return false;
  const from = items[0]!.line;
  const to = items[items.length - 1]!.line;
  for (let i = from + 1; i < to; i++) {
    const line = model.lines[i]!;
    if (line.blank || model.markerAt[i] || line.opaque) continue;
    if (isHeadingLike(line) && !endsWithColon(line.text)) return false;
  }
  return true;
}

function endsWithColon(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('：') || t.endsWith(':');
}

const PREVIOUS_ITEM = msg('上一项', 'previous item');

/** Where a list should start, for a message: “1、”, or 第N项 when the numeral cannot be written. */
function startShown(first: Marker, start: number): string {
  const numeral = numeralLike(first, start);
  return numeral === undefined ? `第${start}项` : q(shownAs(first, numeral));
}

/**
 * Items inside a line (备注：1、…；2、…；4、…): the run read by the model keeps an item one number too far on
 * only when the run already stands (two items in a row), so a gap reported here is a confident one. No fix:
 * whether an item was lost or misnumbered only the writer knows.
 */
function checkInlineItems(model: DocumentModel, reports: RuleReport[]): void {
  if (model.inlineItems.length === 0) return;
  let line = -1;
  const last = new Map<string, Marker>();
  for (const m of model.inlineItems) {
    if (m.line !== line) {
      line = m.line;
      last.clear();
      const lead = model.markerAt[line];
      if (lead) last.set(formOf(lead), lead);
    }
    const form = formOf(m);
    const prev = last.get(form);
    last.set(form, m);
    if (!prev || m.value !== prev.value + 2) continue;
    const message = msg(`编号不连续：${q(shown(prev))}之后是${q(shown(m))}，中间缺少1项`, `Gap in numbering: ${shown(prev)} is followed by ${shown(m)}, 1 missing`);
    reports.push(problem(markerRange(m), message, undefined, [{ range: markerRange(prev), message: PREVIOUS_ITEM }]));
  }
}

/**
 * Decimal sections (1.1 / 1.2 / 1.2.1) number a structure of their own: a gap between siblings (1.1 → 1.3) is
 * reported. Any other break, such as a table of contents followed by the body starting again at 1.1, is left alone.
 */
function checkSections(model: DocumentModel, reports: RuleReport[]): void {
  const secs = model.sections;
  for (let k = 1; k < secs.length; k++) {
    const a = secs[k - 1]!.numbers;
    const b = secs[k]!.numbers;
    if (a.length !== b.length || follows(a, b) || !sameParent(a, b)) continue;
    const missing = b[b.length - 1]! - a[a.length - 1]! - 1;
    if (missing < 1) continue;
    const s = secs[k]!;
    const range = { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
    const shownA = a.join('.');
    const shownB = b.join('.');
    reports.push(problem(range, msg(
      `章节号不连续：${q(shownA)}之后是${q(shownB)}，中间缺少${missing}节`,
      `Gap in section numbers: ${shownA} is followed by ${shownB}, ${missing} missing`,
    ), undefined, [{ range: { start: { line: secs[k - 1]!.line, character: secs[k - 1]!.start }, end: { line: secs[k - 1]!.line, character: secs[k - 1]!.end } }, message: PREVIOUS_ITEM }]));
  }
}

function sameParent(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length - 1; i++) if (a[i] !== b[i]) return false;
  return true;
}
const NEXT_ITEM = msg('下一项', 'next item');

const HEADING_MAX = 30;
/** How far back a late list looks for its run-in first item: a title line sits just above the lists it heads. */
const RUN_IN_LOOKBACK = 40;
const SENTENCE_MARKS = '。；;！!？?，,';

/**
 * …建设方案模板一、背景分析与行业趋势研判 — a docx or PDF preview joined the first heading to the title line, so the
 * list seems to start at 二、. Item N−1 is found run into an earlier line of the section: written the way the list
 * writes its markers, straight after other text, and followed by heading text to the end of that line.
 */
function runInPredecessor(model: DocumentModel, list: MarkerList): { range: Range; text: string } | undefined {
  const first = list.items[0]!;
  const numeral = numeralLike(first, first.value - 1);
  if (numeral === undefined || first.glyph) return undefined;
  const want = shownAs(first, numeral);
  if (want.length < 2) return undefined;
  const stop = Math.max(first.line - RUN_IN_LOOKBACK, list.parent.kind === 'document' ? -1 : list.parent.line);
  for (let i = first.line - 1; i > stop; i--) {
    const line = model.lines[i]!;
    if (line.blank || model.markerAt[i]) continue;
    const at = line.text.lastIndexOf(want);
    if (at <= line.contentStart) continue;
    const after = line.text.slice(at + want.length).trim();
    const next = after.charCodeAt(0);
    if (!after || !isCjk(next) || isCnNumeralCode(next) || [...after].length > HEADING_MAX) continue;
    if ([...after].some((ch) => SENTENCE_MARKS.includes(ch))) continue;
    return { range: { start: { line: i, character: at }, end: { line: i, character: at + want.length } }, text: want };
  }
  return undefined;
}
