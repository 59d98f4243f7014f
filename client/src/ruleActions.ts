// Quick fixes every PlanDoc problem gets besides its own fix: turn the rule off
// on this line or in this file (the plandoc-disable comments of the README),
// and read the rule's page, bundled in the extension, in VS Code's Markdown preview.
import * as vscode from 'vscode';
import { disableFileText, disableLineEdit } from './edit/disable.js';
import type { PlanClient } from './planClient.js';
import { ruleActionTitle } from './ruleActionTitles.js';
import { documentLocale } from './timelineView.js';

export const DISABLE_KIND = vscode.CodeActionKind.QuickFix.append('plandoc.disable');

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'string' || typeof code === 'number') return String(code);
  if (code && typeof code === 'object') return String(code.value);
  return undefined;
}

export function registerRuleActions(context: vscode.ExtensionContext, plan: PlanClient): void {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, actionContext) {
      if (!plan.isSynced(document)) return [];
      const actions: vscode.CodeAction[] = [];
      const seen = new Set<string>();
      const locale = documentLocale(document);
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      for (const diagnostic of actionContext.diagnostics) {
        const ruleId = diagnostic.source === 'plandoc' ? ruleIdOf(diagnostic) : undefined;
        if (!ruleId || ruleId === 'config') continue;
        const line = diagnostic.range.start.line;
        if (!seen.has(`${ruleId}:${line}`)) {
          seen.add(`${ruleId}:${line}`);
          const edit = disableLineEdit(document.lineAt(line).text, ruleId);
          const onLine = new vscode.CodeAction(ruleActionTitle('disableLine', locale), DISABLE_KIND);
          onLine.diagnostics = [diagnostic];
          onLine.edit = new vscode.WorkspaceEdit();
          onLine.edit.insert(document.uri, new vscode.Position(line, edit.character), edit.text);
          actions.push(onLine);
        }
        if (!seen.has(ruleId)) {
          seen.add(ruleId);
          const inFile = new vscode.CodeAction(ruleActionTitle('disableFile', locale), DISABLE_KIND);
          inFile.diagnostics = [diagnostic];
          inFile.edit = new vscode.WorkspaceEdit();
          inFile.edit.insert(document.uri, new vscode.Position(0, 0), disableFileText(ruleId, eol));
          actions.push(inFile);
          const docs = new vscode.CodeAction(ruleActionTitle('readRule', locale), vscode.CodeActionKind.QuickFix);
          docs.diagnostics = [diagnostic];
          docs.command = { command: 'plandoc.openRuleDocumentation', title: docs.title, arguments: [ruleId] };
          actions.push(docs);
        }
      }
      return actions;
    },
  };
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      [...plan.languages].map((language) => (language === '*' ? { scheme: 'file' } : { language })),
      provider,
      { providedCodeActionKinds: [DISABLE_KIND, vscode.CodeActionKind.QuickFix] },
    ),
  );
}

/** The rule's page as shipped in the extension (docs/rules/<id>.md), or undefined for an unknown id. */
export async function bundledRulePage(extensionUri: vscode.Uri, ruleId: string): Promise<vscode.Uri | undefined> {
  if (!/^[a-z][a-z0-9-]*$/.test(ruleId)) return undefined;
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
  try {
    await vscode.workspace.fs.stat(page);
    return page;
  } catch {
    return undefined;
  }
}
