// Is this plain-text or Markdown document a Chinese plan? The VS Code client
// asks before it syncs a .txt/.md document to the language server, so a plan
// gets diagnostics with no setup and an ordinary note gets none.
// Cheap (a bounded scan with early exit) because it runs on every open and, for documents not yet validated,
// on edits. Markers, articles and month headings are read by the core's own readers (core/syntax), so what
// detection counts is what the language server then checks. See docs/detection.md.
import { matchArticle } from './syntax/articles.js';
import { findContentStart } from './syntax/lines.js';
import { matchMarker, type MarkerFamily, type MarkerToken } from './syntax/markers.js';
import { matchTimeHeading } from './syntax/time/parse.js';

export interface PlanDetection {
  isPlan: boolean;
  /** lines that begin with a marker, article heading or month heading (counted up to the limit) */
  markerLines: number;
  /** true when two markers of one style are consecutive (1 then 2): evidence of a list, not a stray number */
  hasSequence: boolean;
  /** a Chinese plan signal was seen: a Chinese ordinal marker (一、 （一） ①), an article or a month heading */
  chineseStructure: boolean;
  /** one of the first lines is a plan title (…工作计划, …实施方案, …管理制度) */
  planTitle: boolean;
}

/** Lines scanned at most; a plan shows its structure long before this. */
export const DETECT_MAX_LINES = 5000;
/** Marker lines needed to call a document without a plan title a plan. */
export const DETECT_MIN_MARKERS = 3;
/** Non-empty lines at the top of the document searched for a plan title. */
export const TITLE_LINES = 3;

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff“‘《「【]/;

type Style = MarkerFamily | 'article' | 'article-suffix' | 'month';

/** Separators a marker of each family takes in a plan's list (1，is a slip the rules report; 一 活动背景 has its 、 as a space). */
const LIST_SEPARATORS: Partial<Record<Style, string>> = { cn: '、．. ', arabic: '、．.，' };
/** 一、 before these is a date or a count (一月, 一是, 一年), not a list item. */
const NOT_AFTER_CN = '是月日年季周';
/** （3）班 is a class. */
const NOT_AFTER_PAREN = '班级届';

/**
 * The marker that begins `content`, when it begins a list item of a plan: followed by Chinese text (so English
 * `1. Install` lists do not count), with at most two digits or three Chinese numerals.
 */
function listMarker(line: string, from: number): MarkerToken | null {
  const m = matchMarker(line, from);
  if (!m || !HAN.test(line[m.textStart] ?? '')) return null;
  const allowed = LIST_SEPARATORS[m.family];
  if (allowed !== undefined && !m.glyph && (m.separator === '' || !allowed.includes(m.separator))) return null;
  if (m.numeral.length > (m.family === 'cn' || m.family === 'cn-paren' ? 3 : 2)) return null;
  if (m.family === 'cn' && NOT_AFTER_CN.includes(line[m.start + m.numeral.length + m.separator.length] ?? '')) return null;
  if (m.family === 'arabic-paren' && NOT_AFTER_PAREN.includes(line[m.start + m.open.length + m.numeral.length + m.close.length] ?? '')) return null;
  return m;
}

/** The plan structure a line begins with, and its number: a marker, an article (第一条, …篇一) or a month heading (三月份：). */
function structureOf(line: string, from: number): { style: Style; value: number; textStart: number } | null {
  const marker = listMarker(line, from);
  if (marker) return { style: marker.family, value: marker.value, textStart: marker.textStart };
  const article = matchArticle(line, from, 0);
  if (article && article.kind !== 'fujian') return { style: article.form === 'suffix' ? 'article-suffix' : 'article', value: article.value, textStart: article.end };
  const time = matchTimeHeading(line, from);
  if (time?.standalone && (time.expr.kind === 'month' || time.expr.kind === 'month-range')) {
    return { style: 'month', value: time.expr.fromMonth ?? NaN, textStart: time.expr.end };
  }
  return null;
}

/** Styles only Chinese plans use; Arabic 1、 1. （1） also number shopping lists and README install steps. */
const CHINESE_STYLES = new Set<Style>(['cn', 'cn-paren', 'circled', 'article', 'article-suffix', 'month']);

/** A short line ending in a kind of plan document, optionally with （试行）/（草案）. */
const PLAN_TITLE = /(?:计划|方案|安排|规划|要点|制度|办法|细则|规定|条例|章程|预案|守则|总结|行事历|校历|实施意见|工作意见)(?:[（(][^）)]{1,6}[）)])?[ \t。]*$/;
const TITLE_MAX_LENGTH = 60;
/** Words that head the parts of a plan (活动目的, 工作目标, 保障措施…): an Arabic-numbered list of them is a plan. */
const PLAN_WORDS = /目的|目标|意义|背景|指导思想|原则|任务|措施|要求|步骤|安排|时间|地点|对象|分工|保障|组织|领导|职责|流程|宣传|总结|计划|方案|进度|考核|经费|预算/;

function decided(d: Omit<PlanDetection, 'isPlan'>): boolean {
  // a plan title makes the first marker enough: list continuation then works from the first item
  if (d.planTitle && d.markerLines >= 1) return true;
  return d.markerLines >= DETECT_MIN_MARKERS && d.hasSequence && d.chineseStructure;
}

/**
 * A document is a plan when, within its first DETECT_MAX_LINES lines, either
 * one of its first lines is a plan title and a marker line follows, or at
 * least DETECT_MIN_MARKERS lines begin with a marker, one style shows two
 * consecutive values, and something Chinese-plan-like is among them (a
 * Chinese ordinal marker, an article, a month heading, or an item named with
 * plan vocabulary such as 活动目的 or 保障措施).
 */
export function detectPlan(text: string): PlanDetection {
  const d = { markerLines: 0, hasSequence: false, chineseStructure: false, planTitle: false };
  const lastValue = new Map<Style, number>();
  let titleLinesLeft = TITLE_LINES;
  let lineStart = 0;
  for (let n = 0; n < DETECT_MAX_LINES && lineStart <= text.length; n++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // long lines are prose; only their start matters
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200)).replace(/\r$/, '');
    lineStart = lineEnd + 1;
    const from = findContentStart(line).contentStart;
    const content = line.slice(from);
    if (content.trim() === '') continue;
    if (titleLinesLeft > 0) {
      titleLinesLeft--;
      if (content.length < TITLE_MAX_LENGTH && PLAN_TITLE.test(content)) d.planTitle = true;
    }
    const found = structureOf(line, from);
    if (found) {
      d.markerLines++;
      if (CHINESE_STYLES.has(found.style) || PLAN_WORDS.test(line.slice(found.textStart, from + 30))) d.chineseStructure = true;
      if (lastValue.get(found.style) === found.value - 1) d.hasSequence = true;
      lastValue.set(found.style, found.value);
    }
    if (decided(d)) return { isPlan: true, ...d };
  }
  return { isPlan: false, ...d };
}

/** Shorthand for detectPlan(text).isPlan. */
export function isPlanText(text: string): boolean {
  return detectPlan(text).isPlan;
}

/** Characters sampled to decide a document's language. */
const LANGUAGE_SAMPLE = 4000;

/**
 * Is the document written in Chinese? Its messages are then Chinese whatever the
 * editor's UI language: a writer of a Chinese plan reads Chinese. Han characters
 * are compared with Latin letters in the first LANGUAGE_SAMPLE characters.
 */
export function isChineseDocument(text: string): boolean {
  let han = 0;
  let latin = 0;
  const end = Math.min(text.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // a Han character carries about as much as a short English word
  return han > 0 && han * 4 >= latin;
}
