// Starts the bundled language server over IPC and keeps documents that will
// not be validated unsynced (./clientSync.ts, shared with the browser client). Built into its own bundle, dist/languageClient.cjs, which
// extension.ts requires after activation (client/build.mjs, ./planClient.ts).
import * as vscode from 'vscode';
import {
  LanguageClient, RevealOutputChannelOn, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node.js';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol.js';
import { clientBackend, syncMiddleware } from './clientSync.js';
export { FIX_ALL_KIND } from '../../server/src/protocol.js';
import type { PlanClient } from './planClient.js';
import type { ValidationPolicy } from './validation.js';

export function documentSelector(languages: Set<string>): DocumentSelector {
  const selector: { language?: string; scheme: string }[] = [];
  for (const scheme of ['file', 'untitled']) {
    if (languages.has('*')) selector.push({ scheme });
    else for (const language of languages) selector.push({ language, scheme });
  }
  return selector;
}

/** Creates and starts the client; resolves once the server has initialised. */
export async function startLanguageClient(
  context: vscode.ExtensionContext, policy: ValidationPolicy, output: vscode.OutputChannel, plan: PlanClient,
): Promise<void> {
  // the middleware is made before the client it belongs to
  let client: LanguageClient | undefined;
  const middleware = syncMiddleware(plan, policy, () => client);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(plan.languages),
    synchronize: {
      configurationSection: 'plandoc',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.plandocrc,.plandocrc.json,.plandocrc.jsonc,package.json}'),
    },
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      filter: (document) => !plan.isSynced(document),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware,
  };
  const languageClient = new LanguageClient('plandoc', 'PlanDoc', serverOptions, clientOptions);
  client = languageClient;
  const report = (e: unknown) => output.appendLine(String(e));

  plan.backend = clientBackend(languageClient, report);

  await languageClient.start();
}
