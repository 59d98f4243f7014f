// What every output format receives.
import type { Locale } from '../../core/types.js';
import type { RuleMeta } from '../../core/rules/types.js';
import type { Palette } from '../color.js';
import type { FileResult } from '../results.js';

export interface FormatContext {
  cwd: string;
  locale: Locale;
  colors: Palette;
  version: string;
  /** every registered rule, in registry order */
  rules: readonly RuleMeta[];
  /** the summary lines to end a human-readable report with */
  summary: string[];
  /** a path as it appears in reports: relative to cwd with forward slashes when inside it */
  display(path: string): string;
}

/** Renders the reported (non-skipped) results; returns the whole report text. */
export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;
