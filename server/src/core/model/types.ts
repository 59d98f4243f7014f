// The document model: built once per document version by parseDocument(),
// then read by every rule and every editor feature.
import type { TimeExpression } from '../syntax/time/types.js';
import type { DecimalSection } from '../syntax/decimalSections.js';
import type { Line } from '../syntax/lines.js';
import type { MarkerFamily, MarkerToken } from '../syntax/markers.js';
import type { Article } from '../syntax/articles.js';

export type { Line } from '../syntax/lines.js';
export type { MarkerFamily, MarkerToken } from '../syntax/markers.js';
export { MARKER_FAMILIES } from '../syntax/markers.js';
export type { Article, ArticleKind } from '../syntax/articles.js';

/** An ordinal marker at the start of a line's content, placed in the document. */
export interface Marker extends MarkerToken {
  line: number;
  /** level in the profile's order (0 = highest) */
  level: number;
  /** heading text of the item up to the first sentence break (for outline names) */
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
