// Starts the bundled language server over IPC and keeps documents that will
// not be validated unsynced (the vscode-eslint approach): the middleware drops
// their open/change/save/close notifications and answers feature requests for
// them with nothing. Built into its own bundle, dist/languageClient.cjs, which
// extension.ts requires after activation (client/build.mjs, ./planClient.ts).
import * as vscode from 'vscode';
import {
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, LanguageClient, RevealOutputChannelOn, TransportKind,
  type DocumentSelector, type LanguageClientOptions, type Middleware, type ServerOptions,
} from 'vscode-languageclient/node.js';
import { SERVER_NODE_FLAGS, TimelineRequest } from '../../server/src/protocol.js';
export { FIX_ALL_KIND, RULE_DOCS_BASE_URL } from '../../server/src/protocol.js';
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
  // feature requests for unsynced documents get no answer instead of a server error
  const guard = <T>(empty: T) => (document: vscode.TextDocument, ...rest: unknown[]) => {
    if (!plan.isSynced(document)) return empty;
    const next = rest[rest.length - 1] as (...args: unknown[]) => unknown;
    return next(document, ...rest.slice(0, -1));
  };

  const middleware: Middleware = {
    didOpen: async (document, next) => {
      if (!policy.shouldValidate(document)) return;
      plan.synced.set(document.uri.toString(), document);
      await next(document);
      plan.markSynced(document, true);
    },
    didChange: async (event, next) => {
      if (plan.isSynced(event.document)) return next(event);
    },
    willSave: async (event, next) => {
      if (plan.isSynced(event.document)) return next(event);
    },
    willSaveWaitUntil: (event, next) => (plan.isSynced(event.document) ? next(event) : Promise.resolve([])),
    didSave: async (document, next) => {
      if (plan.isSynced(document)) return next(document);
    },
    didClose: async (document, next) => {
      // the old instance of a document whose language just changed: the new one is already synced
      if (!plan.isSynced(document) || plan.synced.get(document.uri.toString()) !== document) return;
      plan.synced.delete(document.uri.toString());
      await next(document);
      client.diagnostics?.delete(document.uri);
      plan.markSynced(document, false);
    },
    provideDocumentSymbols: guard(undefined) as Middleware['provideDocumentSymbols'],
    provideFoldingRanges: guard(undefined) as Middleware['provideFoldingRanges'],
    provideHover: guard(undefined) as Middleware['provideHover'],
    provideCompletionItem: guard(undefined) as Middleware['provideCompletionItem'],
    provideCodeActions: guard(undefined) as Middleware['provideCodeActions'],
    provideDocumentFormattingEdits: guard(undefined) as Middleware['provideDocumentFormattingEdits'],
    provideDocumentRangeFormattingEdits: guard(undefined) as Middleware['provideDocumentRangeFormattingEdits'],
    provideDocumentLinks: guard(undefined) as Middleware['provideDocumentLinks'],
    provideCodeLenses: guard(undefined) as Middleware['provideCodeLenses'],
    provideDocumentSemanticTokens: guard(undefined) as Middleware['provideDocumentSemanticTokens'],
    provideDiagnostics: (document, previousResultId, token, next) => {
      if (!plan.isSynced(document instanceof vscode.Uri ? document : document.uri)) return { kind: 'full', items: [] } as never;
      return next(document, previousResultId, token);
    },
  };

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
  const client = new LanguageClient('plandoc', 'PlanDoc', serverOptions, clientOptions);
  const report = (e: unknown) => output.appendLine(String(e));

  plan.backend = {
    isRunning: () => client.isRunning(),
    openOnServer: (document) => {
      client.getFeature(DidOpenTextDocumentNotification.method).getProvider(document)?.send(document).catch(report);
    },
    closeOnServer: (document) => {
      client.getFeature(DidCloseTextDocumentNotification.method).getProvider(document)?.send(document).catch(report);
    },
    requestTimeline: (uri) => client.sendRequest(TimelineRequest, { textDocument: { uri: uri.toString() } }),
    stop: () => client.stop(),
  };
  await client.start();
}
