// Problems → LSP diagnostics: code = rule id, a link to the rule's page, source "plandoc".
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Problem, Locale, Severity } from '../core/types.js';
import { localize } from '../core/types.js';
import { ruleDocUrl } from '../core/docs/url.js';
import type { Analysis } from './analysis.js';
import { toLspRange } from './positions.js';

export const DIAGNOSTIC_SOURCE = 'plandoc';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};


export interface DiagnosticOptions {
  locale: Locale;
  relatedInformation: boolean;
}

/**
 * Carried only by diagnostics that have a quick fix or a suggestion. Code actions find a diagnostic's problem
 * by rule and range, so nothing else rides along: at 10,000 lines a keystroke republishes
 * thousands of diagnostics, and every byte of each is serialised, sent and parsed again.
 */
export interface DiagnosticData {
  /** a certain fix: applied by Fix All and on save */
  fixable?: true;
  /** suggestions only: offered in the quick-fix menu, never applied in bulk */
  suggestions?: true;
}

const FIXABLE: DiagnosticData = { fixable: true };
const SUGGESTED: DiagnosticData = { suggestions: true };

export function toDiagnostics(analysis: Analysis, options: DiagnosticOptions): Diagnostic[] {
  return analysis.problems.map((problem) => toDiagnostic(analysis, problem, options));
}

function toDiagnostic(analysis: Analysis, problem: Problem, options: DiagnosticOptions): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(analysis.model, problem.range),
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    codeDescription: { href: ruleDocUrl(problem.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: localize(problem.message, options.locale),
  };
  if (problem.fix) diagnostic.data = FIXABLE;
  else if (problem.suggestions?.length) diagnostic.data = SUGGESTED;
  if (options.relatedInformation && problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((related) => ({
      location: { uri: analysis.uri, range: toLspRange(analysis.model, related.range) },
      message: localize(related.message, options.locale),
    }));
  }
  return diagnostic;
}

/**
 * A 64-bit fingerprint of what the diagnostics show (ranges, severities, codes, messages,
 * related locations). Pull clients (VS Code) send back the last result id: when typing did
 * not change what they show, the answer is "unchanged" instead of every diagnostic again.
 */
export function diagnosticsFingerprint(diagnostics: readonly Diagnostic[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ diagnostics.length;
  const mix = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995) ^ (b >>> 15);
  };
  const text = (s: string) => {
    mix(s.length);
    for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
  };
  const range = (r: Diagnostic['range']) => {
    mix(r.start.line);
    mix(r.start.character);
    mix(r.end.line);
    mix(r.end.character);
  };
  for (const d of diagnostics) {
    range(d.range);
    mix(d.severity ?? 0);
    text(String(d.code ?? ''));
    text(d.message);
    for (const r of d.relatedInformation ?? []) {
      range(r.location.range);
      text(r.message);
    }
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}
