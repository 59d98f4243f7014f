// Items inside a line: a table of contents flattened onto one line by a docx or PDF
// preview, a clause that lists its cases in the running text, or a note that numbers
// its points after a colon.
//
//   一、项目背景 4(一)、国家政策背景 4(二)、行业发展趋势 4(三)、区域发展需求 5   → (一) (二) (三)
//   有下列情形之一的：（一）未经批准的；（二）逾期不改的；                        → （一） （二）
//   备注：1、请准时参加；2、着装整齐；3、带好笔记本。                             → 1、 2、 3、
//   1.开展安全教育；2.组织应急演练；3.检查消防设施。                              → 2. 3. (the line's own 1. opens the run)
//   要求：①按时完成；②注重质量。                                                 → ① ②
//   1、开展活动；2、组织学习；4、总结经验。                                       → 1、 2、 4、 (4、 a gap in the run)
//   教师基本功比赛(一)                                                            → nothing: no run
//   （1）班、（2）班                                                              → nothing: class names
//   时间：5.29；地点：3楼                                                         → nothing: numbers, no run
//
// An item counts only inside a run: the same marker form numbered 1, 2, … one after
// another in the line, each after a clause break (a bracket also after a space or a page
// number). So a lone `比赛(一)`, `(试行)` or `：3、` is never an item. The line's own leading
// marker is not one of them, but it may open the run. Once a run stands, an item of its
// form one number too far on, after a clause break, is kept too: it is the run's gap.
import type { MarkerToken } from '../syntax/markers.js';
import { matchMarker, matchMarkerBeforeNumber } from '../syntax/markers.js';
import { CN_NUMERAL_CLASS, CN_ORDINAL_CLASS, isAnyDigit, isSpace } from '../syntax/numerals.js';

/** Characters after which a bracketed item may begin inside a line (besides spaces and a page number's digits). */
const BREAKS = '：:；;。，,、）)';
/** Clause breaks after which an unbracketed item (1、 1. 一、 ①) may begin: never a comma or 、 (3、4月份, 第2、3名). */
const CLAUSE_BREAKS = '：:；;。';
/** Separators an unbracketed inline item may carry: the ones a list item at a line start is written with. */
const PLAIN_SEPARATORS = '、.．';

const NONE: MarkerToken[] = [];

/** The form a run keeps: family, brackets and, for unbracketed numerals, the separator (1、 and 1. are two runs). */
export function formOf(m: MarkerToken): string {
  return m.open || m.close || m.glyph ? `${m.family}${m.open}${m.close}` : `${m.family}${m.separator}`;
}

/**
 * `from`: the column before which no item is sought; `leadStart`: where the line's own marker stands (or its
 * content begins), whose marker may open a run.
 */
export function findInlineItems(text: string, from: number, leadStart = from): MarkerToken[] {
  let found: MarkerToken[] | undefined;
  // one scan for both kinds of start (three scans of every line cost a fifth of the lint)
  CANDIDATE_START.lastIndex = from + 1;
  for (let b = CANDIDATE_START.exec(text); b; b = CANDIDATE_START.exec(text)) {
    const c = b[0].charCodeAt(0);
    const m = c === FULL_OPEN || c === HALF_OPEN ? bracketCandidate(text, b.index) : plainCandidate(text, b.index + b[0].length);
    if (m) (found ??= []).push(m);
  }
  if (!found) return NONE;
  const lead = matchMarker(text, leadStart) ?? matchMarkerBeforeNumber(text, leadStart) ?? undefined;
  if (found.length < 2 && !lead) return NONE;
  return inRuns(text, found, lead);
}

const FULL_OPEN = 0xff08; // （
const HALF_OPEN = 0x28; // (
/**
 * An opening bracket before a numeral (what matchMarker reads inside brackets), or a clause break with spaces
 * before what can begin an unbracketed item. The look-ahead keeps the brackets of running text (（试行）, (见附件))
 * from a call each.
 */
const CANDIDATE_START = new RegExp(`[（(](?=[0-9０-９${CN_NUMERAL_CLASS}])|[：:；;。][ \\t\\u3000]*(?=[0-9０-９${CN_ORDINAL_CLASS}\\u2460-\\u2473])`, 'g');

/** （一） (1) after a clause break, a space or a page number's digits. */
function bracketCandidate(text: string, i: number): MarkerToken | undefined {
  const prev = text.charCodeAt(i - 1);
  if (!(isSpace(prev) || isAnyDigit(prev) || BREAKS.includes(text[i - 1]!))) return undefined;
  const m = matchMarker(text, i);
  return m && (m.family === 'cn-paren' || m.family === 'arabic-paren') ? m : undefined;
}

/** 1、 1. 一、 ① after a clause break: a candidate only, a run decides. */
function plainCandidate(text: string, j: number): MarkerToken | undefined {
  // 1、3月5日学雷锋；2、3月12日植树: a marker before a date, when the run agrees
  const m = matchMarker(text, j) ?? matchMarkerBeforeNumber(text, j);
  if (!m) return undefined;
  if (m.family === 'circled') return m;
  if ((m.family !== 'arabic' && m.family !== 'cn') || m.glyph || m.separator === '' || !PLAIN_SEPARATORS.includes(m.separator)) return undefined;
  return m.family === 'cn' && m.separator !== '、' ? undefined : m;
}

/**
 * Keeps the candidates that take part in a run 1, 2, … of their own form (a run restarts at 1, as a
 * TOC does per chapter); the line's leading marker may stand for the run's first item. An item two
 * numbers on from the run's last one (1、2、4、), after a clause break, is kept as the run's gap.
 */
function inRuns(text: string, candidates: MarkerToken[], lead: MarkerToken | undefined): MarkerToken[] {
  const kept = new Set<MarkerToken>();
  const last = new Map<string, MarkerToken>();
  /** the forms whose run has two items in a row: only they can have a gap */
  const standing = new Set<string>();
  if (lead) last.set(formOf(lead), lead);
  for (const m of candidates) {
    const key = formOf(m);
    const before = last.get(key);
    if (before && m.value === before.value + 1) {
      if (before !== lead) kept.add(before);
      kept.add(m);
      standing.add(key);
      last.set(key, m);
    } else if (before && standing.has(key) && m.value === before.value + 2 && afterClauseBreak(text, m.start)) {
      kept.add(m);
      last.set(key, m);
    } else if (m.value === 1) {
      last.set(key, m);
      standing.delete(key);
    }
  }
  return kept.size ? candidates.filter((m) => kept.has(m)) : NONE;
}

function afterClauseBreak(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && CLAUSE_BREAKS.includes(text[i]!);
}
