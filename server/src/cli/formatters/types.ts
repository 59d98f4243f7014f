// What every output format receives. Formats stream: a header, one chunk per file in order, a footer,
// so a run over many thousands of files never holds the whole report (JUnit, whose header carries the
// counts, is the one that buffers its body).
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
  /** a path as it appears in reports: relative to cwd with forward slashes when inside it */
  display(path: string): string;
}

export interface ReportStream {
  begin(): string;
  /** a linted (not skipped) file, in file order */
  file(result: FileResult): string;
  /** `summary` is the run's summary lines, for the formats that show it */
  end(summary: string[]): string;
}

export type Formatter = (ctx: FormatContext) => ReportStream;
