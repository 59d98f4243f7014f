// A rule is one file exporting a Rule: metadata (the source of docs and the config schema) and check().
import type { DocumentModel } from '../model/types.js';
import type { Localized, Problem, Severity } from '../types.js';
import type { ProfileName } from '../config/types.js';

export interface RuleOptionSpec {
  /** JSON-schema fragment for the option value */
  schema: Record<string, unknown>;
  description: Localized;
  default: unknown;
}

export interface RuleMeta {
  id: string;
  description: Localized;
  /** category used in docs and the rules table */
  tags: string[];
  defaultSeverity: Severity;
  /** some problems carry a certain fix, applied by --fix, Fix All and on save */
  fixable: boolean;
  /** some problems carry suggestions: edits offered one at a time, never applied in bulk */
  suggests?: boolean;
  options?: Record<string, RuleOptionSpec>;
  /** Markdown paragraphs for docs/rules/<id>.md: why, examples of wrong and right */
  docs: { zh: string; en: string; wrong: string; right: string };
}

export interface RuleContext {
  model: DocumentModel;
  profile: ProfileName;
  /** the rule's options merged over its defaults */
  options: Record<string, unknown>;
  severity: Severity;
}

/**
 * What check() reports: the runner sets severity and rule id. A report made by problem() (helpers.ts)
 * carries them already, with every Problem field, so the runner's writes keep its shape.
 */
export type RuleReport = Omit<Problem, 'ruleId' | 'severity'> & Partial<Pick<Problem, 'ruleId' | 'severity'>>;

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): RuleReport[];
}
