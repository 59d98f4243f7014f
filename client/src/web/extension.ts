// PlanDoc in the browser (vscode.dev, github.dev): package.json "browser" → dist/web/client.js. The same
// editor features as the desktop extension (../features.ts), with the language server in a Web Worker
// (dist/web/server.js) spoken to by vscode-languageclient/browser, and config files read through
// vscode.workspace.fs (./configFiles.ts).
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, type LanguageClientOptions } from 'vscode-languageclient/browser.js';
import { clientBackend, syncMiddleware } from '../clientSync.js';
import { CONFIG_FILES_NOTIFICATION } from '../../../server/src/web/protocol.js';
import { CommandTable } from '../commandTable.js';
import { registerFeatures } from '../features.js';
import { PlanClient, selectorLanguages } from '../planClient.js';
import { ValidationPolicy } from '../validation.js';
import { readConfigFiles, watchConfigFiles } from './configFiles.js';

/** The browser's Worker, which the extension host (itself a worker) has; the project's type check has no DOM library. */
declare const Worker: new (url: string) => unknown;

/** Schemes that are never documents to check: output panes, diffs of source control, settings. */
const NOT_DOCUMENTS = new Set(['output', 'vscode-scm', 'git', 'vscode-userdata', 'vscode-settings', 'walkThroughSnippet']);

/** In the browser, documents come from virtual file systems (vscode-vfs:, vscode-test-web: …), not file:. */
class WebValidationPolicy extends ValidationPolicy {
  override isCandidate(document: vscode.TextDocument): boolean {
    if (NOT_DOCUMENTS.has(document.uri.scheme)) return false;
    if (document.languageId === 'plandoc') return true;
    const languages = vscode.workspace.getConfiguration('plandoc', document.uri).get<string[]>('validate', ['plandoc', 'plaintext', 'markdown']);
    return languages.includes('*') || languages.includes(document.languageId);
  }
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('PlanDoc');
  const policy = new WebValidationPolicy(context.workspaceState);
  const plan = new PlanClient(selectorLanguages(), (document) => policy.shouldValidate(document));
  const commands = new CommandTable();
  context.subscriptions.push(output, policy, plan, commands.register('plandoc.showOutput', () => output.show(true)));
  for (const { command } of (context.extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands) {
    if (command === 'plandoc.showOutput') continue;
    context.subscriptions.push(vscode.commands.registerCommand(command, (...args: unknown[]) => commands.run(command, args)));
  }
  registerFeatures(context, plan, policy, commands);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('plandoc.validate') || e.affectsConfiguration('plandoc.detection')) policy.settingsChanged();
    }),
    policy.onDidChange(() => plan.reconcile()),
  );
  void vscode.commands.executeCommand('setContext', 'plandoc.active', true);

  // documents the policy leaves out are never synced (../clientSync.ts, as on the desktop)
  const middleware = syncMiddleware(plan, policy, () => client);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...plan.languages].map((language) => (language === '*' ? { pattern: '**' } : { language })),
    synchronize: { configurationSection: 'plandoc' },
    initializationOptions: { configFiles: await readConfigFiles() },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware,
  };
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true));
  const languageClient = new LanguageClient('plandoc', 'PlanDoc', clientOptions, worker as never);
  client = languageClient;
  const report = (e: unknown) => output.appendLine(String(e));
  plan.backend = clientBackend(languageClient, report);

  context.subscriptions.push(watchConfigFiles(() => {
    void readConfigFiles().then((files) => languageClient.sendNotification(CONFIG_FILES_NOTIFICATION, { files })).catch(report);
  }));
  await languageClient.start();
  output.appendLine('PlanDoc language server started in a Web Worker.');
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
}
