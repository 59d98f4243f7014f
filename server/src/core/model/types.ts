// The document model: built once per document version by parseDocument(),
// then read by every rule and every editor feature.
import type { TimeExpression } from '../time/types.js';
import type { DecimalSection } from './sections.js';

/** One physical line. Columns are UTF-16 offsets into `text`. */
export interface Line {
  index: number;
  /** line text without its terminator */
  text: string;
  /** '\n', '\r\n', '\r' or '' for the last line */
  eol: string;
  /** column where the content begins after indentation and Markdown wrapping (#, -, *, >, spaces, U+3000, NBSP) */
  contentStart: number;
  /** the Markdown heading depth when the line is an ATX heading, else 0 */
  headingDepth: number;
  /** true for lines inside fenced code blocks, HTML comments or table rows: never structure */
  opaque: boolean;
  blank: boolean;
}

/**
 * Marker families in their default level order. `cn` 一、, `cn-paren` （一）,
 * `arabic` 1. / 1、 / 1） / ⒈, `arabic-paren` （1） / (1) / ⑴, `circled` ①.
 */
export type MarkerFamily = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';
export const MARKER_FAMILIES: readonly MarkerFamily[] = ['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled'];

/** An ordinal marker at the start of a line's content. */
export interface Marker {
  family: MarkerFamily;
  value: number;
  line: number;
  /** column of the first marker character */
  start: number;
  /** column just past the marker, its separator and any spaces that follow */
  end: number;
  /** the numeral as written: 三, 3, ３ */
  numeral: string;
  /** opening bracket as written ('' when none): （ or ( */
  open: string;
  /** closing bracket as written ('' when none): ） or ) */
  close: string;
  /** separator as written after the numeral or bracket: 、 . ． ， , ' ' '' [ } … */
  separator: string;
  /** glyph markers that carry their own number: ① ⑴ ⒈ */
  glyph: boolean;
  /** separator is a typing slip such as `3[` or `5}` */
  broken: boolean;
  /** level in the profile's order (0 = highest) */
  level: number;
  /** column where the item's own text begins */
  textStart: number;
  /** heading text of the item up to the first sentence break (for outline names) */
  title: string;
}

export type ArticleKind = 'pian' | 'zhang' | 'jie' | 'tiao' | 'fujian';

/** 篇一 / 第一篇, 第一章, 第一节, 第一条, 附件1 */
export interface Article {
  kind: ArticleKind;
  value: number;
  line: number;
  start: number;
  end: number;
  raw: string;
  /** 'prefix' for 第一章 / 附件1, 'suffix' for 篇一 written after a title */
  form: 'prefix' | 'suffix';
  title: string;
}

/** A time expression heading a section or an item. */
export interface TimeSection {
  line: number;
  start: number;
  end: number;
  expr: TimeExpression;
  /** true when the line is only the time heading (三月份：), false when it begins an item */
  standalone: boolean;
  /** the marker the time expression follows, when it begins a numbered item */
  marker?: Marker;
}

/** 一是 / 第一， / 首先 inside running text */
export interface InlineOrdinal {
  line: number;
  start: number;
  end: number;
  value: number;
  /** 'shi' 一是, 'di' 第一，, 'sequence' 首先/其次/最后 (value 1, 2, 99) */
  style: 'shi' | 'di' | 'sequence';
  raw: string;
}

export type NodeKind = 'document' | 'heading' | 'article' | 'time' | 'marker';

/** Outline tree: sections close at endLine (inclusive). */
export interface OutlineNode {
  kind: NodeKind;
  line: number;
  endLine: number;
  title: string;
  children: OutlineNode[];
  parent: OutlineNode | null;
  marker?: Marker;
  article?: Article;
  heading?: { depth: number; text: string };
  time?: TimeSection;
}

/** Items of one family that sit side by side under one parent: the unit numbering rules check. */
export interface MarkerList {
  family: MarkerFamily;
  parent: OutlineNode;
  items: Marker[];
  /** the list just before this one under the same parent with nothing between: this one restarted its numbering */
  restartOf?: MarkerList;
}

export interface DocumentModel {
  text: string;
  /** document started with U+FEFF; `text` and all columns exclude it */
  bom: boolean;
  lines: Line[];
  markers: Marker[];
  /** marker by line index, for O(1) lookups */
  markerAt: (Marker | undefined)[];
  articles: Article[];
  timeSections: TimeSection[];
  inlineOrdinals: InlineOrdinal[];
  /** bracketed items inside a line's text that form a run ((一)…(二)… of a TOC flattened onto one line); read for their punctuation only */
  inlineItems: Marker[];
  /** decimal section numbers at line starts (1.1 / 1.2.3) that form runs; see sections.ts */
  sections: DecimalSection[];
  root: OutlineNode;
  lists: MarkerList[];
  /** year from the title (`2023年…计划`), if any */
  year?: number;
  placeholders: Placeholder[];
  /** line ranges where inline comments switch rules off */
  suppressions: Suppression[];
}

/** Unfilled template text: 20xx/20**, XX/××/○○/某某/**** for names, □ or U+FFFD for lost characters, 【…】 slots, a blank figure before its unit. */
export interface Placeholder {
  line: number;
  start: number;
  end: number;
  kind: 'year' | 'name' | 'lost-char' | 'slot' | 'figure';
  raw: string;
}

/** <!-- plandoc-disable … --> and friends: rules (or all, when empty) are off on lines from..to inclusive. */
export interface Suppression {
  rules: string[];
  from: number;
  to: number;
}
