// Runs the time rules (month-*, week-sequence) over a document through the real parser, the way the
// linter runs them, but without the other rules: fixtures here are about time sections only.
import { parseDocument } from '../../server/src/core/model/parse.js';
import { applyFixes } from '../../server/src/core/linter.js';
import type { Problem } from '../../server/src/core/types.js';
import type { Rule } from '../../server/src/core/rules/types.js';
import { rule as monthOrder } from '../../server/src/core/rules/month-order.js';
import { rule as monthOverlap } from '../../server/src/core/rules/month-overlap.js';
import { rule as monthGap } from '../../server/src/core/rules/month-gap.js';
import { rule as monthInvalid } from '../../server/src/core/rules/month-invalid.js';
import { rule as monthStyle } from '../../server/src/core/rules/month-style.js';
import { rule as weekSequence } from '../../server/src/core/rules/week-sequence.js';

export const timeRules: Rule[] = [monthOrder, monthOverlap, monthGap, monthInvalid, monthStyle, weekSequence];

export type RuleOptions = Record<string, Record<string, unknown>>;

export function lintTime(text: string, options: RuleOptions = {}): Problem[] {
  const model = parseDocument(text);
  const problems: Problem[] = [];
  for (const rule of timeRules) {
    const id = rule.meta.id;
    const defaults = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]));
    const reports = rule.check({ model, profile: 'common', options: { ...defaults, ...options[id] }, severity: rule.meta.defaultSeverity });
    for (const r of reports) problems.push({ ...r, ruleId: id, severity: rule.meta.defaultSeverity });
  }
  return problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** `line:rule-id` (1-based lines), sorted: the fixture's way of writing expectations. */
export function summary(problems: Problem[]): string[] {
  return problems.map((p) => `${p.range.start.line + 1}:${p.ruleId}`).sort();
}

/** Applies fixes until stable, re-linting in between, as fixText does. */
export function fixTime(text: string, options: RuleOptions = {}): { output: string; problems: Problem[] } {
  let output = text;
  let problems = lintTime(output, options);
  for (let pass = 0; pass < 10; pass++) {
    const r = applyFixes(output, problems);
    if (r.applied === 0 || r.output === output) break;
    output = r.output;
    problems = lintTime(output, options);
  }
  return { output, problems };
}

/** Fixture text with `{rule-id}` tokens at line ends → text + expectations (the core fixtures' own reader). */
export { stripExpectations } from '../core/fixture-harness.js';
