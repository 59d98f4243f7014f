// Quick fixes for fixable diagnostics and suggestions (one by one; Fix All and formatting apply fixes only), "fix all of this rule", "renumber this list",
// "convert this list to the standard marker style", and source.fixAll.plandoc.
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { Locale, Problem, TextEdit } from '../core/types.js';
import { localize } from '../core/types.js';
import { FIX_ALL_KIND } from '../protocol.js';
import type { Analysis } from './analysis.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { fixAllEdits, fixRuleEdits } from './fixes.js';
import { listAt, renumberListEdits, standardStyleEdits } from '../core/edit/lists.js';
import { fixAllTitle, fixRuleTitle, fixTitle, renumberTitle, standardStyleTitle } from './actionTitles.js';
import { fromLspRange, rangesIntersect, toLspRange } from './positions.js';

export const RENUMBER_KIND = `${CodeActionKind.RefactorRewrite}.plandoc.renumber`;
export const MARKER_STYLE_KIND = `${CodeActionKind.RefactorRewrite}.plandoc.markerStyle`;

function wanted(kind: string, only: string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function lspEdits(analysis: Analysis, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: toLspRange(analysis.model, e.range), newText: e.newText }));
}

function action(analysis: Analysis, title: string, kind: string, edits: TextEdit[], extra: Partial<CodeAction> = {}): CodeAction {
  return { title, kind, edit: { changes: { [analysis.uri]: lspEdits(analysis, edits) } }, ...extra };
}

/** The problem a diagnostic was made from: by rule and range (and message, when several share both). */
function problemOf(analysis: Analysis, diagnostic: Diagnostic, locale: Locale): Problem | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const range = fromLspRange(analysis.model, diagnostic.range);
  const matches = analysis.problems.filter(
    (p) => p.ruleId === diagnostic.code &&
      p.range.start.line === range.start.line && p.range.start.character === range.start.character &&
      p.range.end.line === range.end.line && p.range.end.character === range.end.character,
  );
  return matches.length > 1 ? matches.find((p) => localize(p.message, locale) === diagnostic.message) ?? matches[0] : matches[0];
}

export function codeActions(analysis: Analysis, params: CodeActionParams, locale: Locale): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const range = fromLspRange(analysis.model, params.range);

  if (wanted(CodeActionKind.QuickFix, only)) {
    // clients that send no diagnostics in the context (some LSP clients) still get the fixes under the cursor
    // and so do clients whose context diagnostics are stale (sent for a version published before this one)
    const fromContext: { problem: Problem; diagnostic?: Diagnostic }[] = params.context.diagnostics.flatMap((d) => {
      const problem = problemOf(analysis, d, locale);
      return problem ? [{ problem, diagnostic: d }] : [];
    });
    const pairs: { problem: Problem; diagnostic?: Diagnostic }[] = fromContext.length
      ? fromContext
      : analysis.problems.filter((p) => rangesIntersect(p.range, range)).map((problem) => ({ problem }));
    const rulesOffered = new Set<string>();
    for (const { problem, diagnostic } of pairs) {
      // suggestions: offered one by one, never preferred (so never applied by an auto-fix keybinding) and never in bulk
      for (const s of problem.suggestions ?? []) {
        actions.push(action(analysis, localize(s.title, locale), CodeActionKind.QuickFix, s.edits, diagnostic ? { diagnostics: [diagnostic] } : {}));
      }
      if (!problem.fix) continue;
      const title = problem.fix.title ? localize(problem.fix.title, locale) : fixTitle(analysis.model, problem, locale);
      actions.push(action(analysis, title, CodeActionKind.QuickFix, problem.fix.edits, {
        isPreferred: true,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      }));
      if (rulesOffered.has(problem.ruleId)) continue;
      rulesOffered.add(problem.ruleId);
      const sameRule = analysis.problems.filter((p) => p.ruleId === problem.ruleId && p.fix);
      if (sameRule.length > 1) {
        actions.push(action(analysis, fixRuleTitle(sameRule.length, locale), CodeActionKind.QuickFix, fixRuleEdits(analysis.model, analysis.problems, problem.ruleId)));
      }
    }
  }

  const list = listAt(analysis.model, range.start.line);
  if (list) {
    if (wanted(RENUMBER_KIND, only)) {
      const edits = renumberListEdits(analysis.model, list);
      if (edits.length) {
        actions.push(action(analysis, renumberTitle(list.items, locale), RENUMBER_KIND, edits));
      }
    }
    if (wanted(MARKER_STYLE_KIND, only)) {
      const edits = standardStyleEdits(analysis.model, list);
      if (edits.length) {
        actions.push(action(analysis, standardStyleTitle(analysis.model, list.items[0]!, locale), MARKER_STYLE_KIND, edits));
      }
    }
  }

  // computed only when asked for: explicitly by kind, or by a user invoking the menu (not VS Code's automatic lightbulb)
  const askedForFixAll = only ? wanted(FIX_ALL_KIND, only) : params.context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (askedForFixAll && analysis.problems.some((p) => p.fix)) {
    const edits = fixAllEdits(analysis.model, analysis.config.config);
    if (edits.length) {
      actions.push(action(analysis, fixAllTitle(locale), FIX_ALL_KIND, edits));
    }
  }
  return actions;
}
