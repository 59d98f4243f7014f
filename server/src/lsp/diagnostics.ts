// Problems → LSP diagnostics: code = rule id, a link to the rule's page, source "plandoc".
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Problem, Locale, Severity } from '../core/types.js';
import { localize } from '../core/types.js';
import { RULE_DOCS_BASE_URL } from '../protocol.js';
import type { Analysis } from './analysis.js';
import { toLspRange } from './positions.js';

export const DIAGNOSTIC_SOURCE = 'plandoc';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE_URL}${ruleId}.md`;
}

export interface DiagnosticOptions {
  locale: Locale;
  relatedInformation: boolean;
}

/** Index of the problem in analysis.problems, carried in `data` so code actions find it again. */
export interface DiagnosticData {
  version: number;
  index: number;
  fixable: boolean;
}

export function toDiagnostics(analysis: Analysis, options: DiagnosticOptions): Diagnostic[] {
  return analysis.problems.map((problem, index) => toDiagnostic(analysis, problem, index, options));
}

function toDiagnostic(analysis: Analysis, problem: Problem, index: number, options: DiagnosticOptions): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(analysis.model, problem.range),
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    codeDescription: { href: ruleDocsUrl(problem.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: localize(problem.message, options.locale),
    data: { version: analysis.version, index, fixable: !!problem.fix } satisfies DiagnosticData,
  };
  if (options.relatedInformation && problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((related) => ({
      location: { uri: analysis.uri, range: toLspRange(analysis.model, related.range) },
      message: localize(related.message, options.locale),
    }));
  }
  return diagnostic;
}
