// Starts the bundled language server over IPC and keeps documents that will
// not be validated unsynced (the vscode-eslint approach): the middleware drops
// their open/change/save/close notifications and answers feature requests for
// them with nothing, and re-syncs when detection or settings change.
import * as vscode from 'vscode';
import {
  DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, LanguageClient, RevealOutputChannelOn, TransportKind,
  type DocumentSelector, type LanguageClientOptions, type Middleware, type ServerOptions,
} from 'vscode-languageclient/node.js';
import type { ValidationPolicy } from './validation.js';

export interface PlanClient {
  client: LanguageClient;
  /** language ids (or '*') the document selector was built from */
  languages: Set<string>;
  /** documents currently synced to the server (uri string → document) */
  synced: Map<string, vscode.TextDocument>;
  /** fires with the document whenever it becomes synced or unsynced */
  onDidChangeSync: vscode.Event<vscode.TextDocument>;
  isSynced(document: vscode.TextDocument): boolean;
  /** re-evaluates every open document against the policy: opens or closes it on the server */
  reconcile(): void;
  /** re-checks one not-yet-synced document (after edits) */
  recheck(document: vscode.TextDocument): void;
}

export function selectorLanguages(): Set<string> {
  return new Set(['plandoc', 'plaintext', 'markdown', ...vscode.workspace.getConfiguration('plandoc').get<string[]>('validate', [])]);
}

export function documentSelector(languages: Set<string>): DocumentSelector {
  const selector: { language?: string; scheme: string }[] = [];
  for (const scheme of ['file', 'untitled']) {
    if (languages.has('*')) selector.push({ scheme });
    else for (const language of languages) selector.push({ language, scheme });
  }
  return selector;
}

export function createPlanClient(
  context: vscode.ExtensionContext, policy: ValidationPolicy, output: vscode.OutputChannel,
): PlanClient {
  const languages = selectorLanguages();
  const synced = new Map<string, vscode.TextDocument>();
  const syncEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  const isSynced = (d: vscode.TextDocument | vscode.Uri) => synced.has(('uri' in d ? d.uri : d).toString());

  // feature requests for unsynced documents get no answer instead of a server error
  const guard = <T>(empty: T) => (document: vscode.TextDocument, ...rest: unknown[]) => {
    if (!isSynced(document)) return empty;
    const next = rest[rest.length - 1] as (...args: unknown[]) => unknown;
    return next(document, ...rest.slice(0, -1));
  };

  const middleware: Middleware = {
    didOpen: async (document, next) => {
      if (!policy.shouldValidate(document)) return;
      synced.set(document.uri.toString(), document);
      await next(document);
      syncEmitter.fire(document);
    },
    didChange: async (event, next) => {
      if (isSynced(event.document)) return next(event);
    },
    willSave: async (event, next) => {
      if (isSynced(event.document)) return next(event);
    },
    willSaveWaitUntil: (event, next) => (isSynced(event.document) ? next(event) : Promise.resolve([])),
    didSave: async (document, next) => {
      if (isSynced(document)) return next(document);
    },
    didClose: async (document, next) => {
      const uri = document.uri.toString();
      if (!synced.has(uri)) return;
      synced.delete(uri);
      await next(document);
      client.diagnostics?.delete(document.uri);
      syncEmitter.fire(document);
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
      const uri = document instanceof vscode.Uri ? document : document.uri;
      if (!isSynced(uri)) return { kind: 'full', items: [] } as never;
      return next(document, previousResultId, token);
    },
  };

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(languages),
    synchronize: {
      configurationSection: 'plandoc',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.plandocrc,.plandocrc.json,.plandocrc.jsonc,package.json}'),
    },
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      filter: (document) => !isSynced(document),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware,
  };
  const client = new LanguageClient('plandoc', 'PlanDoc', serverOptions, clientOptions);

  const openOnServer = (document: vscode.TextDocument) => {
    client.getFeature(DidOpenTextDocumentNotification.method).getProvider(document)?.send(document).catch((e: unknown) => output.appendLine(String(e)));
  };
  const closeOnServer = (document: vscode.TextDocument) => {
    client.getFeature(DidCloseTextDocumentNotification.method).getProvider(document)?.send(document).catch((e: unknown) => output.appendLine(String(e)));
  };

  return {
    client,
    languages,
    synced,
    onDidChangeSync: syncEmitter.event,
    isSynced,
    reconcile() {
      if (!client.isRunning()) return;
      for (const document of [...synced.values()]) {
        if (!policy.shouldValidate(document)) closeOnServer(document);
      }
      for (const document of vscode.workspace.textDocuments) {
        if (!isSynced(document) && policy.shouldValidate(document)) openOnServer(document);
      }
    },
    recheck(document) {
      if (!client.isRunning() || isSynced(document) || document.isClosed) return;
      if (policy.shouldValidate(document)) openOnServer(document);
    },
  };
}
