// What the diagnostics of a text must be, computed in the test process straight from the core.
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lintText, defaultConfig } from '../../server/src/core/linter.js';
import type { ResolvedConfig } from '../../server/src/core/config/types.js';
import { localize, type Locale } from '../../server/src/core/types.js';

export interface Simple {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

export function simplify(d: Diagnostic): Simple {
  return {
    rule: String(d.code), severity: SEVERITY[d.severity ?? 1]!,
    line: d.range.start.line, column: d.range.start.character, endLine: d.range.end.line, endColumn: d.range.end.character,
    message: d.message,
  };
}

/** The diagnostics a fresh parse of `text` gives (positions in the editor's text, BOM counted). */
export function freshDiagnostics(text: string, locale: Locale = 'zh', config: ResolvedConfig = defaultConfig()): Simple[] {
  const { model, problems } = lintText(text, config);
  const shift = (line: number, c: number) => (model.bom && line === 0 ? c + 1 : c);
  return problems.map((p) => ({
    rule: p.ruleId, severity: p.severity,
    line: p.range.start.line, column: shift(p.range.start.line, p.range.start.character),
    endLine: p.range.end.line, endColumn: shift(p.range.end.line, p.range.end.character),
    message: localize(p.message, locale),
  }));
}

/** Every diagnostic lies inside the document: lines exist and columns are within their line. */
export function outsideDocument(diagnostics: Diagnostic[], text: string): Diagnostic[] {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  return diagnostics.filter((d) => !inside(d.range.start) || !inside(d.range.end) ||
    d.range.start.line > d.range.end.line || (d.range.start.line === d.range.end.line && d.range.start.character > d.range.end.character));
}
