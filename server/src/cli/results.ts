// What linting one file produces, in a plain serialisable shape (it crosses worker threads and the cache).
import type { Localized, Problem, Severity, TextEdit } from '../core/types.js';

/** A problem with 1-based line and column (UTF-16 code units), as every output format reports it. */
export interface CliProblem {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: Localized;
  fixable: boolean;
  /** the certain fix --fix applies (absent when there is none) */
  fix?: CliFix;
  /** edits offered for the writer to confirm, never applied by --fix */
  suggestions?: CliSuggestion[];
}

/** An edit in the report's 1-based lines and columns (UTF-16 code units); the end is exclusive. */
export interface CliEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface CliFix {
  edits: CliEdit[];
}

export interface CliSuggestion {
  title: Localized;
  edits: CliEdit[];
}

export type FileStatus = 'linted' | 'skipped-binary' | 'skipped-size' | 'failed';

export interface FileResult {
  /** absolute path (or the --stdin-filename / <stdin>) */
  path: string;
  status: FileStatus;
  problems: CliProblem[];
  /** fixes written (--fix) or that would be written (--fix-dry-run) */
  fixesApplied: number;
  /** unified diff for --fix-dry-run */
  diff?: string;
  /** --stdin --fix: the fixed document (already encoded like the input) */
  fixedOutput?: Uint8Array;
  /** size in bytes when skipped for size */
  size?: number;
  /** an I/O failure (read or write): reported and turns the exit code into 2 */
  error?: { code: string; message: Localized };
  /** the file could not be written back without changing bytes outside the fixes */
  notRoundTrip?: boolean;
  /** something said about the file that is no failure (a fix not written through a link out of the tree) */
  notice?: { code: string; message: Localized };
}

/**
 * The reports of one list share one renumbering fix (and suggestion) object: converted once each, so a list of
 * 100,000 items whose 1,000 listed problems share a fix of 100,000 edits holds 100,000 edits, not 100 million
 * (a 4 MB --stdin of such a list ran V8 out of memory). Structured clone to and from workers keeps the sharing.
 */
const cliFixes = new WeakMap<object, CliFix>();
const cliSuggestions = new WeakMap<object, CliSuggestion>();

function cliFixOf(fix: NonNullable<Problem['fix']>): CliFix {
  let known = cliFixes.get(fix);
  if (!known) cliFixes.set(fix, (known = { edits: fix.edits.map(toCliEdit) }));
  return known;
}

function cliSuggestionOf(s: NonNullable<Problem['suggestions']>[number]): CliSuggestion {
  let known = cliSuggestions.get(s);
  if (!known) cliSuggestions.set(s, (known = { title: s.title, edits: s.edits.map(toCliEdit) }));
  return known;
}

export function toCliProblem(p: Problem): CliProblem {
  return {
    rule: p.ruleId,
    severity: p.severity,
    line: p.range.start.line + 1,
    column: p.range.start.character + 1,
    endLine: p.range.end.line + 1,
    endColumn: p.range.end.character + 1,
    message: p.message,
    fixable: !!p.fix && p.fix.edits.length > 0,
    ...(p.fix && p.fix.edits.length ? { fix: cliFixOf(p.fix) } : {}),
    ...(p.suggestions?.length ? { suggestions: p.suggestions.map(cliSuggestionOf) } : {}),
  };
}

function toCliEdit(e: TextEdit): CliEdit {
  return { line: e.range.start.line + 1, column: e.range.start.character + 1, endLine: e.range.end.line + 1, endColumn: e.range.end.character + 1, text: e.newText };
}

export interface Totals {
  files: number;
  filesWithProblems: number;
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  fixed: number;
  /** files --fix wrote (or --fix-dry-run would write) */
  filesFixed: number;
  /** problems with suggestions and no fix: for the writer to review in the editor */
  withSuggestions: number;
  skipped: number;
  failed: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t = emptyTotals();
  for (const r of results) addToTotals(t, r);
  return t;
}

export function emptyTotals(): Totals {
  return { files: 0, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, fixed: 0, filesFixed: 0, withSuggestions: 0, skipped: 0, failed: 0 };
}

/** Adds one file to running totals (streaming runs keep no result list). */
export function addToTotals(t: Totals, r: FileResult): void {
  if (r.status === 'skipped-binary' || r.status === 'skipped-size') t.skipped++;
  else t.files++;
  if (r.status === 'failed' || r.error) t.failed++;
  if (r.problems.length) t.filesWithProblems++;
  t.fixed += r.fixesApplied;
  if (r.fixesApplied) t.filesFixed++;
  for (const p of r.problems) {
    if (!p.fixable && p.suggestions?.length) t.withSuggestions++;
    if (p.severity === 'error') {
      t.errors++;
      if (p.fixable) t.fixableErrors++;
    } else if (p.severity === 'warning') {
      t.warnings++;
      if (p.fixable) t.fixableWarnings++;
    } else t.infos++;
  }
}
