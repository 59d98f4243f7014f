// Shared vocabulary of the core engine. Everything here is plain data so the LSP
// layer and the CLI can translate it without the core knowing about either.

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh' | 'en';

/** Text in both UI languages; adapters pick one by locale. */
export interface Localized {
  zh: string;
  en: string;
}

/** 0-based line, 0-based UTF-16 column — the same units LSP uses. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * A fix is a set of non-overlapping edits that must be applied together. It is certain (docs/fixes.md):
 * --fix, Fix All, fix-on-save and formatting apply it without asking.
 */
export interface Fix {
  edits: TextEdit[];
  /** what the edit does, for a quick-fix menu (改为“二、”); absent when the problem's message says it */
  title?: Localized;
}

/**
 * An edit that is probably right but not certain (a list that may continue numbering from elsewhere, a
 * rewording): offered one at a time in the editor and listed by the CLI, never applied in bulk.
 */
export interface Suggestion {
  /** the whole result, so the writer can judge it from the menu: 将本列表重新编号为“1、”至“5、” */
  title: Localized;
  edits: TextEdit[];
}

export interface RelatedInfo {
  range: Range;
  message: Localized;
}

export interface Problem {
  ruleId: string;
  severity: Severity;
  range: Range;
  message: Localized;
  fix?: Fix;
  related?: RelatedInfo[];
  suggestions?: Suggestion[];
}

export function localize(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}
