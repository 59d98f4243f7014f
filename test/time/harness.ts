// The time rules (month-*, week-sequence) alone, through the real linter: time fixtures and tests are
// about time sections only, so every other rule is off.
import { fixText, lintText } from '../../server/src/core/linter.js';
import { applyRuleSettings, defaultConfig } from '../../server/src/core/config/resolve.js';
import type { ProfileName, ResolvedConfig } from '../../server/src/core/config/types.js';
import type { Problem } from '../../server/src/core/types.js';
import type { Rule } from '../../server/src/core/rules/types.js';
import { ruleById } from '../../server/src/core/rules/registry.js';

export const TIME_RULE_IDS = ['month-order', 'month-overlap', 'month-gap', 'month-invalid', 'month-style', 'week-sequence'] as const;

export const timeRules: Rule[] = TIME_RULE_IDS.map((id) => ruleById(id)!);

export type RuleOptions = Record<string, Record<string, unknown>>;

/** The profile's defaults with only the time rules on, each with `options[id]` over its defaults. */
export function timeConfig(options: RuleOptions = {}, profile: ProfileName = 'common'): ResolvedConfig {
  const config = defaultConfig(profile);
  for (const id of Object.keys(config.rules)) {
    if (!(TIME_RULE_IDS as readonly string[]).includes(id)) config.rules[id]!.severity = 'off';
  }
  for (const [id, opts] of Object.entries(options)) applyRuleSettings(config, { [id]: [config.rules[id]!.severity, opts] });
  return config;
}

export function lintTime(text: string, options: RuleOptions = {}): Problem[] {
  return lintText(text, timeConfig(options)).problems;
}

/** Applies fixes until stable, re-linting in between (fixText). */
export function fixTime(text: string, options: RuleOptions = {}): { output: string; problems: Problem[] } {
  const { output, problems } = fixText(text, timeConfig(options));
  return { output, problems };
}

export { stripExpectations, summary } from '../harness/fixtures.js';
