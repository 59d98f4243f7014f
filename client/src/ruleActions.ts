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
      const locale = documentLocale(document);
      const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
      // the rules reported where the menu was opened, each with one of its diagnostics, per line
      const byLine = new Map<number, Map<string, vscode.Diagnostic>>();
      for (const diagnostic of actionContext.diagnostics) {
        const ruleId = diagnostic.source === 'plandoc' ? ruleIdOf(diagnostic) : undefined;
        if (!ruleId || ruleId === 'config') continue;
        const line = diagnostic.range.start.line;
        const rules = byLine.get(line) ?? new Map<string, vscode.Diagnostic>();
        if (!rules.has(ruleId)) rules.set(ruleId, diagnostic);
        byLine.set(line, rules);
      }
      const actions: vscode.CodeAction[] = [];
      const inFile = new Map<string, vscode.Diagnostic>();
      for (const [line, rules] of byLine) {
        const ids = [...rules.keys()];
        const edit = disableLineEdit(document.lineAt(line).text, ids.join(' '));
        const onLine = new vscode.CodeAction(ruleActionTitle('disableLine', locale, ids.length), DISABLE_KIND);
        onLine.diagnostics = [...rules.values()];
        onLine.edit = new vscode.WorkspaceEdit();
        onLine.edit.insert(document.uri, new vscode.Position(line, edit.character), edit.text);
        actions.push(onLine);
        for (const [id, diagnostic] of rules) if (!inFile.has(id)) inFile.set(id, diagnostic);
      }
      if (inFile.size) {
        const ids = [...inFile.keys()];
        const file = new vscode.CodeAction(ruleActionTitle('disableFile', locale, ids.length), DISABLE_KIND);
        file.diagnostics = [...inFile.values()];
        file.edit = new vscode.WorkspaceEdit();
        file.edit.insert(document.uri, new vscode.Position(0, 0), disableFileText(ids.join(' '), eol));
        actions.push(file);
        const docs = new vscode.CodeAction(ruleActionTitle('readRule', locale, ids.length), vscode.CodeActionKind.QuickFix);
        docs.diagnostics = [...inFile.values()];
        // several rules: the command asks which one (it lists the rules at the cursor)
        docs.command = { command: 'plandoc.openRuleDocumentation', title: docs.title, arguments: ids.length === 1 ? [ids[0]] : [] };
        actions.push(docs);
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
