// PlanDoc for VS Code: starts the bundled language server and adds the editor
// side — list editing, the Plan Timeline view, the status bar and commands.
//
// Activation is kept cheap (docs/vscode.md § Activation): this bundle, dist/client.cjs,
// holds only what activate() needs: the validation policy, the handle on the
// language server, and a shell for every command. Once activate() has returned
// and VS Code has taken its activation times, two bundles are required in turn:
// dist/features.cjs (./features.ts: the editor features and the command
// handlers) and dist/languageClient.cjs (vscode-languageclient, ~350 KB).
import * as vscode from 'vscode';
import { ActivationClock } from './activationTiming.js';
import { CommandTable } from './commandTable.js';
import { PlanClient, selectorLanguages } from './planClient.js';
import { ValidationPolicy } from './validation.js';

// every module this bundle imports has run by now (VS Code then prepares the extension context, and calls activate)
const bundleEvaluated = performance.now();

let plan: PlanClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const clock = new ActivationClock(bundleEvaluated);
  const output = vscode.window.createOutputChannel('PlanDoc');
  const policy = new ValidationPolicy(context.workspaceState);
  plan = new PlanClient(selectorLanguages(), (document) => policy.shouldValidate(document));
  const current = plan;
  clock.step('policy and client handle');

  // every contributed command exists from now on; it runs as soon as the features have loaded
  const commands = new CommandTable();
  let features: Promise<void> | undefined;
  const loadFeatures = () => (features ??= import('./features.js').then((f) => f.registerFeatures(context, current, policy, commands)));
  context.subscriptions.push(commands.register('plandoc.showOutput', () => output.show(true)));
  for (const { command } of (context.extension.packageJSON as Manifest).contributes.commands) {
    context.subscriptions.push(vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      await loadFeatures();
      return commands.run(command, args);
    }));
  }
  clock.step('commands');

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
    vscode.workspace.onDidChangeTextDocument((e) => recheckLater(e.document)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('plandoc.validate') || e.affectsConfiguration('plandoc.detection')) policy.settingsChanged();
      if (e.affectsConfiguration('plandoc.validate') && !selectorCovers(current)) await offerReload();
    }),
    policy.onDidChange(() => current.reconcile()),
  );
  void vscode.commands.executeCommand('setContext', 'plandoc.active', true);
  clock.step('listeners');

  clock.mark('activateEnd');
  // setImmediate, not a promise: VS Code stops its activation clock (activateResolvedTime) in
  // microtasks queued after activate() returns, and a microtask queued here would run before them
  setImmediate(() => void startFeatures(context, policy, output, current, clock, loadFeatures));
}

interface Manifest {
  contributes: { commands: { command: string }[] };
}

/** Requires dist/features.cjs, then dist/languageClient.cjs, and starts the server; failures go to the output channel. */
async function startFeatures(
  context: vscode.ExtensionContext, policy: ValidationPolicy, output: vscode.OutputChannel, current: PlanClient, clock: ActivationClock,
  loadFeatures: () => Promise<void>,
): Promise<void> {
  output.appendLine(`PlanDoc activated: ${clock.summary()}.`);
  try {
    clock.mark('featuresLoadStart');
    await loadFeatures();
    clock.mark('featuresReady');
    const languageClient = await import('./languageClient.js');
    clock.mark('languageClientLoadEnd');
    clock.report();
    await languageClient.startLanguageClient(context, policy, output, current);
    clock.mark('languageClientReady');
    const t = clock.timing;
    output.appendLine(`PlanDoc language server started (features ${(t.featuresReady! - t.featuresLoadStart!).toFixed(1)} ms, `
      + `language client loaded in ${(t.languageClientLoadEnd! - t.featuresReady!).toFixed(1)} ms; `
      + `ready ${Math.round(t.languageClientReady! - t.activateEnd)} ms after activation).`);
  } catch (error) {
    clock.failed(error);
    output.appendLine(`PlanDoc failed to start: ${String(error)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('PlanDoc: the language server failed to start. See Output › PlanDoc.'));
  }
  clock.report();
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
