// PlanDoc: Lint Workspace (检查工作区全部计划): every plan file of the workspace folders, found and read by the
// server as `plandoc lint` would, in the Problems panel, with a progress notification that can be cancelled.
// An open document is the language server's alone (live diagnostics when it is a plan, none when it is not), so a
// problem is never listed twice or stale; a document closed again gets its disk diagnostics back.
import * as vscode from 'vscode';
import type { CommandTable } from './commandTable.js';
import type { PlanClient } from './planClient.js';

/** files per request: small enough for steady progress and a prompt cancel */
const BATCH = 20;

export function registerWorkspaceLint(context: vscode.ExtensionContext, plan: PlanClient, commands: CommandTable): void {
  const collection = vscode.languages.createDiagnosticCollection('plandoc-workspace');
  /** the files the last run checked: a document closed again gets its disk diagnostics back */
  const covered = new Set<string>();

  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const setFrom = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => {
    if (isOpen(uri)) collection.delete(uri);
    else collection.set(uri, diagnostics);
  };

  context.subscriptions.push(
    collection,
    // only when there is something to delete: a delete is a marker change, and VS Code re-requests (and may cancel)
    // code actions of the document on every marker change
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (collection.has(document.uri)) collection.delete(document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument(async (document) => {
      const backend = plan.backend;
      if (!covered.has(document.uri.toString()) || !backend?.isRunning()) return;
      // a language switch closes and reopens the document in one go: once that is done it is open again, and live
      await Promise.resolve();
      if (isOpen(document.uri)) return;
      const results = await backend.lintFiles([document.uri], new vscode.CancellationTokenSource().token);
      for (const [uri, diagnostics] of results) setFrom(uri, diagnostics);
    }),

    commands.register('plandoc.lintWorkspace', async () => {
      const backend = plan.backend;
      const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri);
      if (!backend?.isRunning() || !backend.canLintWorkspace()) {
        void vscode.window.showInformationMessage(vscode.l10n.t('PlanDoc can check the workspace only when its language server runs on this computer.'));
        return;
      }
      if (!folders.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: PlanDoc checks the plan files of the workspace folders.'));
        return;
      }
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('PlanDoc: checking the workspace'), cancellable: true },
        async (progress, token) => {
          const files = await backend.workspacePlanFiles(folders);
          collection.clear();
          covered.clear();
          let done = 0;
          let plans = 0;
          let problems = 0;
          for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
            const batch = files.slice(i, i + BATCH);
            let results: [vscode.Uri, vscode.Diagnostic[]][];
            try {
              results = await backend.lintFiles(batch, token);
            } catch (error) {
              if (token.isCancellationRequested) break;
              throw error;
            }
            for (const uri of batch) covered.add(uri.toString());
            for (const [uri, diagnostics] of results) {
              plans++;
              problems += diagnostics.length;
              setFrom(uri, diagnostics);
            }
            done += batch.length;
            progress.report({ increment: (batch.length / files.length) * 100, message: vscode.l10n.t('{0} of {1} files', done, files.length) });
          }
          return { cancelled: token.isCancellationRequested, plans, problems, done, total: files.length };
        },
      );
      const summary = outcome.cancelled
        ? vscode.l10n.t('PlanDoc: cancelled after {0} of {1} files; {2} plans had {3} problems.', outcome.done, outcome.total, outcome.plans, outcome.problems)
        : vscode.l10n.t('PlanDoc: checked {0} plans in {1} files; {2} problems.', outcome.plans, outcome.total, outcome.problems);
      const show = vscode.l10n.t('Show Problems');
      const choice = await vscode.window.showInformationMessage(summary, ...(outcome.problems ? [show] : []));
      if (choice === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );
}
