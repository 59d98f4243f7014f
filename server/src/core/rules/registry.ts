// The explicit list of rules. Order is the order of the rules table and of the docs.
import type { Rule } from './types.js';
import { rule as numberingSequence } from './numbering-sequence.js';
import { rule as numberingRestart } from './numbering-restart.js';
import { rule as markerPunctuation } from './marker-punctuation.js';

export const rules: readonly Rule[] = [
  numberingSequence,
  numberingRestart,
  markerPunctuation,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
