// Fix All (the server's source.fixAll.plandoc action), Open Rule Documentation
// (the rule's page shipped in the extension, in VS Code's Markdown preview: no
// web site to reach) and Toggle Validation.
import * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import { isDetectedPlainTextPlan, PLAIN_TEXT } from './planLanguage.js';
import type { PlanClient } from './planClient.js';
import { bundledRulePage, ruleIdOf } from './ruleActions.js';
import type { ValidationPolicy } from './validation.js';

// the protocol's constants come with the lazily loaded language client bundle: importing
// server/src/protocol.ts here would bundle vscode-languageserver-protocol into dist/client.cjs
const protocol = () => import('./languageClient.js');

export function registerProblemCommands(context: vscode.ExtensionContext, plan: PlanClient, policy: ValidationPolicy, commands: CommandTable): void {
  context.subscriptions.push(
    commands.register('plandoc.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !plan.isSynced(editor.document)) return;
      const document = editor.document;
      const { FIX_ALL_KIND } = await protocol();
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND,
      );
      const fixAll = actions?.find((a) => a.kind?.value === FIX_ALL_KIND || a.kind?.value.startsWith('source.fixAll'));
      if (!fixAll || (!fixAll.edit && !fixAll.command)) {
        void vscode.window.setStatusBarMessage(vscode.l10n.t('PlanDoc: nothing to fix automatically.'), 3000);
        return;
      }
      if (fixAll.edit) await vscode.workspace.applyEdit(fixAll.edit);
      if (fixAll.command) await vscode.commands.executeCommand(fixAll.command.command, ...(fixAll.command.arguments ?? []));
    }),

    commands.register('plandoc.openRuleDocumentation', async (ruleId?: string) => {
      if (typeof ruleId !== 'string') {
        const editor = vscode.window.activeTextEditor;
        const diagnostics = editor ? vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'plandoc') : [];
        const atCursor = editor ? diagnostics.filter((d) => d.range.contains(editor.selection.active)) : [];
        const ids = [...new Set((atCursor.length ? atCursor : diagnostics).map(ruleIdOf).filter((id): id is string => !!id))];
        if (ids.length === 0) {
          ruleId = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Rule id (for example numbering-sequence)') });
        } else if (ids.length === 1 && atCursor.length) {
          ruleId = ids[0];
        } else {
          ruleId = await vscode.window.showQuickPick(ids, { placeHolder: vscode.l10n.t('Open the documentation of which rule?') });
        }
      }
      if (!ruleId) return;
      const page = await bundledRulePage(context.extensionUri, ruleId);
      if (!page) {
        void vscode.window.showWarningMessage(vscode.l10n.t('PlanDoc has no rule {0}. The rules are listed in the README.', ruleId));
        return;
      }
      await vscode.commands.executeCommand('markdown.showPreview', page);
    }),

    commands.register('plandoc.toggleValidation', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      if (!policy.isCandidate(document)) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('PlanDoc checks only the languages in the setting plandoc.validate ({0} is not one of them).', document.languageId),
        );
        return;
      }
      const state = await policy.toggle(document, plan.isSynced(document));
      plan.reconcile();
      // a plain-text plan PlanDoc switched to its language goes back to plain text when it is no longer checked
      if (state === 'off' && isDetectedPlainTextPlan(document)) await vscode.languages.setTextDocumentLanguage(document, PLAIN_TEXT);
      void vscode.window.setStatusBarMessage(
        state === 'on' ? vscode.l10n.t('PlanDoc: checking this document.') : vscode.l10n.t('PlanDoc: no longer checking this document.'),
        3000,
      );
    }),
  );
}
