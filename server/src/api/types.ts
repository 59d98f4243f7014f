// The public types of the Node API (`import { lint } from 'plandoc-lint'`). Self-contained on purpose: the
// build emits dist/api/*.d.ts from server/src/api alone, so nothing here may import from the engine.
// index.ts returns the engine's and the CLI's own JSON shapes as these types, so the type check fails when they part.

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh' | 'en';
export type ProfileName = 'common' | 'gbt9704';
/** "warning", or ["warning", { option: value }] as in .plandocrc.json */
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>?];

/** A config object of the .plandocrc.json shape. */
export interface UserConfig {
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  overrides?: { files: string | string[]; rules?: Record<string, RuleSetting>; profile?: ProfileName }[];
  ignores?: string[];
  levels?: ('cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled')[];
}

export interface Options {
  /** common (default) or gbt9704; wins over the config, as `plandoc lint --profile` does */
  profile?: ProfileName;
  /** rule settings over the config, as `plandoc lint --rule` does: { "single-item-list": "off" } */
  rules?: Record<string, RuleSetting>;
  /** language of the messages: zh (default) or en */
  locale?: Locale;
  /**
   * The document's file name. With it, the nearest .plandocrc.json / .plandocrc.jsonc / package.json
   * "plandoc" above that file applies (as in the CLI and the editor), and `overrides` are matched against it.
   * The file itself is not read: the text is what you pass.
   */
  filePath?: string;
  /**
   * A config object used instead of looking for a config file, a path to a config file, or false for none.
   * Without filePath (and without this), no config file is read.
   */
  config?: UserConfig | string | false;
  /** the folder an inline config object's `overrides` and `ignores` globs are relative to (default: process.cwd()) */
  cwd?: string;
}

/** One problem, exactly as in `plandoc lint --format json`: 1-based lines and columns in UTF-16 code units. */
export interface LintProblem {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** `fix()` (or `plandoc lint --fix`) repairs it */
  fixable: boolean;
  /** the certain fix `fix()` applies, when there is one */
  fix?: { edits: LintEdit[] };
  /** edits for the writer to confirm one by one; `fix()` never applies them (docs/fixes.md) */
  suggestions?: { title: string; edits: LintEdit[] }[];
}

/** An edit in 1-based lines and columns (UTF-16 code units); the end is exclusive. */
export interface LintEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface LintResult {
  problems: LintProblem[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** the config file that applied, if any */
  configFile?: string;
}

/** A line that a fix rewrote. */
export interface FixChange {
  /** 1-based */
  line: number;
  before: string;
  after: string;
}

export interface FixResult {
  /** the fixed text (the input unchanged when nothing was fixable) */
  output: string;
  /** how many fixes were applied */
  applied: number;
  changes: FixChange[];
  /** a unified diff of input → output ('' when nothing changed) */
  diff: string;
  /** what is left after fixing */
  problems: LintProblem[];
}

/** 'document' is the engine's root, never a node of the outline returned */
export type OutlineKind = 'document' | 'marker' | 'article' | 'heading' | 'time';

/** One node of the outline, as in `plandoc outline --format json`. */
export interface OutlineNode {
  kind: OutlineKind;
  /** the marker, article number or heading prefix as written: 一、 （三） 第二条 ## */
  label: string;
  title: string;
  /** 1-based */
  line: number;
  endLine: number;
  children: OutlineNode[];
}

/** Months a plan covers, as in `plandoc timeline --format json`. */
export interface Timeline {
  year: number | null;
  scopes: {
    kind: 'document' | 'pian' | 'zhang';
    title: string;
    line: number;
    endLine: number;
    schoolYear: boolean;
    months: { month: number; nextYear: boolean; label: string; sections: number; missing: boolean; overlap: boolean }[];
    sections: { line: number; column: number; text: string; kind: string; title: string; months: string[] }[];
    missing: string[];
    overlaps: string[];
  }[];
}

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** the rule's options with their defaults and descriptions */
  options: { name: string; default: unknown; description: string }[];
  /** its page in the documentation */
  docs: string;
}
