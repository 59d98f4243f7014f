// PlanDoc for VS Code: starts the bundled language server and adds the editor
// side — list editing, the Plan Timeline view, the status bar and commands.
import * as vscode from 'vscode';
import { writeFileSync } from 'node:fs';
import { registerPlainTextDecorations } from './decorations.js';
import { registerCursorContext } from './cursorContext.js';
import { registerEditCommands } from './editCommands.js';
import { PlanClient, selectorLanguages } from './planClient.js';
import { registerProblemCommands } from './problemCommands.js';
import { registerStatusBar } from './statusBar.js';
import { registerTimeline } from './timelineView.js';
import { ValidationPolicy } from './validation.js';

let plan: PlanClient | undefined;

/** How long activate() took, in milliseconds (shown in the output channel). */
export let activationMs = 0;

export function activate(context: vscode.ExtensionContext): { activationMs: number } {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('PlanDoc');
  const policy = new ValidationPolicy(context.workspaceState);
  plan = new PlanClient(selectorLanguages(), (document) => policy.shouldValidate(document));
  const current = plan;

  registerEditCommands(context);
  registerProblemCommands(context, current, policy);
  registerTimeline(context, current);
  const cursorStates = registerCursorContext(context, current);
  registerStatusBar(context, current, cursorStates);
  registerPlainTextDecorations(context, current);

  // documents that are not plans yet are re-checked after edits (debounced), so a plan typed from scratch gets checked
  const recheckTimers = new Map<string, ReturnType<typeof setTimeout>>();
  const recheckLater = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (current.isSynced(document) || !policy.isCandidate(document)) return;
    clearTimeout(recheckTimers.get(key));
    recheckTimers.set(key, setTimeout(() => {
      recheckTimers.delete(key);
      current.recheck(document);
    }, 500));
  };

  context.subscriptions.push(
    output,
    policy,
    current,
    { dispose: () => recheckTimers.forEach((t) => clearTimeout(t)) },
    vscode.commands.registerCommand('plandoc.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeTextDocument((e) => recheckLater(e.document)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('plandoc.validate') || e.affectsConfiguration('plandoc.detection')) policy.settingsChanged();
      if (e.affectsConfiguration('plandoc.validate') && !selectorCovers(current)) await offerReload();
    }),
    policy.onDidChange(() => current.reconcile()),
  );
  void vscode.commands.executeCommand('setContext', 'plandoc.active', true);

  // the language client and its protocol packages load after activation returns
  import('./languageClient.js').then((m) => m.startLanguageClient(context, policy, output, current)).then(
    () => {
      output.appendLine(`PlanDoc language server started (${Math.round(performance.now() - started)} ms after activation began).`);
    },
    (error: unknown) => {
      output.appendLine(`PlanDoc language server failed to start: ${String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('PlanDoc: the language server failed to start. See Output › PlanDoc.'));
    },
  );

  activationMs = performance.now() - started;
  output.appendLine(`PlanDoc activated in ${activationMs.toFixed(1)} ms.`);
  // the end-to-end test reads the activation time from here
  const report = process.env.PLANDOC_ACTIVATION_REPORT;
  if (report) {
    try {
      writeFileSync(report, JSON.stringify({ activationMs }));
    } catch {
      // a test-only report; never fail activation over it
    }
  }
  return { activationMs };
}

/** Does the running client's document selector include every language now in plandoc.validate? */
function selectorCovers(current: PlanClient): boolean {
  const wanted = vscode.workspace.getConfiguration('plandoc').get<string[]>('validate', []);
  return current.languages.has('*') || wanted.every((language) => current.languages.has(language));
}

async function offerReload(): Promise<void> {
  const reload = vscode.l10n.t('Reload Window');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('PlanDoc: reload the window to check the languages newly added to plandoc.validate.'), reload,
  );
  if (choice === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
}

export async function deactivate(): Promise<void> {
  await plan?.backend?.stop().catch(() => undefined);
}
