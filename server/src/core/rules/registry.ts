// The explicit list of rules. Order is the order of the rules table and of the docs.
import type { Rule } from './types.js';
import { rule as numberingSequence } from './numbering-sequence.js';
import { rule as numberingRestart } from './numbering-restart.js';
import { rule as markerPunctuation } from './marker-punctuation.js';
import { rule as markerWidth } from './marker-width.js';
import { rule as markerConsistency } from './marker-consistency.js';
import { rule as headingHierarchy } from './heading-hierarchy.js';
import { rule as singleItemList } from './single-item-list.js';
import { rule as articleSequence } from './article-sequence.js';
import { rule as inlineSequence } from './inline-sequence.js';
import { rule as placeholder } from './placeholder.js';
import { rule as monthOrder } from './month-order.js';
import { rule as monthOverlap } from './month-overlap.js';
import { rule as monthGap } from './month-gap.js';
import { rule as monthInvalid } from './month-invalid.js';
import { rule as monthStyle } from './month-style.js';
import { rule as weekSequence } from './week-sequence.js';

export const rules: readonly Rule[] = [
  numberingSequence,
  numberingRestart,
  markerPunctuation,
  markerWidth,
  markerConsistency,
  headingHierarchy,
  singleItemList,
  articleSequence,
  inlineSequence,
  placeholder,
  monthOrder,
  monthOverlap,
  monthGap,
  monthInvalid,
  monthStyle,
  weekSequence,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
