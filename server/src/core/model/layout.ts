// How a page is laid out, as far as it explains numbering that starts again: lines a
// reader takes for headings although they carry no marker, and documents that are
// tables flattened to text (a calendar copied out of Word), whose rows and cells each
// hold lists of their own.
//
//   三月园务行政            heading-like: short, no sentence punctuation
//   医学检验实验室基本标准   heading-like: the title of the next document in a compilation
//   主 要 工 作 |           heading-like: a row label of a flattened table
//   ——坚持人民至上。         heading-like: a dash sub-heading, as 实施意见 write them
//   |                      a cell boundary of a table flattened one cell per line
//   週別 起迄 校園大事 教務   a table's header row: four or more short labels side by side
//   2、加强职工计划生育的教育，过好暑假。   not heading-like: a sentence
//   第二篇 安全生产工作方案 - 百度文库     heading-like: the title, with the site's name it was copied from
//   三月工作安排 https://www.example.cn/a/12.html   heading-like: the title, with the page's address
import type { DocumentModel, Line } from './types.js';

/** Longest line, in characters, that still reads as a heading without a marker. */
const HEADING_MAX = 30;
/** Punctuation that ends or joins clauses: a line with any of it is running text, not a heading. */
const SENTENCE_MARKS = '。；;！!？?，,';
const SENTENCE_CODES = new Set([...SENTENCE_MARKS].map((ch) => ch.charCodeAt(0)));

/** The line's content without indentation, outer spaces and the `|` of a flattened table cell. */
function cellText(line: Line): string {
  let t = line.text.slice(line.contentStart).trim();
  while (t.endsWith('|')) t = t.slice(0, -1).trimEnd();
  while (t.startsWith('|')) t = t.slice(1).trimStart();
  return withoutSiteNoise(t);
}

/** A page address, or the name of the site a page was copied from after a dash, bar or underscore. */
const SITE_NOISE = /(?:\s*(?:https?:\/\/|www\.)[\x21-\x7e]+|\s*[-_|｜—–]{1,2}\s*[\p{Script=Han}A-Za-z0-9]{1,12}(?:网|文库|文档|范文|在线|资料|新闻|官网|首页))\s*$/u;

/** The last characters of the site words SITE_NOISE names (网 文库 文档 范文 在线 资料 新闻 官网 首页). */
const SITE_WORD_ENDS = '网库档文线料闻页';

/** The title without what a browser or a site added to it: a heading copied from a web page keeps reading as one. */
function withoutSiteNoise(t: string): string {
  // the last character by lookup: a regex ending in $ tried every position of a long line
  if (t.length < 6 || !(t.includes('/') || t.includes('www') || SITE_WORD_ENDS.includes(t[t.length - 1]!))) return t;
  const cut = t.replace(SITE_NOISE, '');
  return cut.length ? cut : t;
}

/** A table row or a lone cell boundary (`|`, `| ||`): the layout of a table, never running text. */
export function isTableLine(line: Line): boolean {
  if (line.blank) return false;
  const t = line.text.slice(line.contentStart).trim();
  return t.startsWith('|') || t.endsWith('|') || t.includes('\t');
}

/** Verdicts by line: a Line is never changed once split, and rules ask again for the lines between every two lists. */
const headingLike = new WeakMap<Line, boolean>();

/** A line without a marker that a reader takes for a heading: short and free of sentence punctuation, or a table line. */
export function isHeadingLike(line: Line): boolean {
  if (line.blank) return false;
  let known = headingLike.get(line);
  if (known === undefined) headingLike.set(line, (known = readsAsHeading(line)));
  return known;
}

function readsAsHeading(line: Line): boolean {
  if (isTableLine(line)) return true;
  const t = cellText(line);
  // ——坚持党的领导。 a dash sub-heading of an 实施意见, whatever its length and punctuation
  if (t.startsWith('——')) return true;
  if (!t || longerThan(t, HEADING_MAX)) return false;
  for (let i = 0; i < t.length; i++) if (SENTENCE_CODES.has(t.charCodeAt(i))) return false;
  return true;
}

/** More than `max` code points (as [...t].length counts them), without spreading a long line into an array. */
function longerThan(t: string, max: number): boolean {
  if (t.length <= max) return false;
  if (t.length > 2 * max) return true; // a code point is at most two code units
  let n = 0;
  for (let i = 0; i < t.length; i++, n++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n > max;
}

const LABEL = /^[\p{L}\p{M}]{2,8}$/u;
/** Fewest labels side by side that make a header row. */
const HEADER_LABELS = 4;

/** 週別 起迄 校園大事 教務 學務: four or more short labels separated by spaces or tabs, and nothing else. */
export function isHeaderRow(line: Line): boolean {
  if (line.blank || line.headingDepth) return false;
  const t = line.text.slice(line.contentStart).trim();
  if (t.length > 60) return false;
  if (t.indexOf(' ') < 0 && t.indexOf('\t') < 0 && t.indexOf('\u3000') < 0) return false; // one cell: no split
  const cells = t.split(/[ \t\u3000]+/);
  return cells.length >= HEADER_LABELS && cells.every((c) => LABEL.test(c));
}

const firstHeader = new WeakMap<DocumentModel, number>();

/** Index of the first header row of a flattened table at or above `line`, or -1 (the document is read once: rules ask per restart). */
export function tableHeaderAbove(model: DocumentModel, line: number): number {
  let first = firstHeader.get(model);
  if (first === undefined) {
    first = model.lines.findIndex((l, i) => !model.markerAt[i] && isHeaderRow(l));
    firstHeader.set(model, first);
  }
  return first >= 0 && first < line ? first : -1;
}
