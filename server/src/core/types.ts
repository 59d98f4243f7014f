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

/** A fix is a set of non-overlapping edits that must be applied together. */
export interface Fix {
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
}

export function localize(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}
