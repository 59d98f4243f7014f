// What the desktop client (./languageClient.ts) and the browser client (./web/extension.ts) share: documents the
// validation policy leaves out are never synced to the server (the vscode-eslint approach) — the middleware drops
// their open/change/save/close notifications and answers feature requests for them with nothing — and the
// PlanClient's backend over either kind of LanguageClient.
import * as vscode from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';
import { LintFilesRequest, TimelineRequest, WorkspacePlanFilesRequest } from '../../server/src/protocol.js';
import type { ClientBackend, PlanClient } from './planClient.js';
import type { ValidationPolicy } from './validation.js';

/** `client()`: the client the middleware belongs to, created after it (its diagnostics are cleared on close). */
export function syncMiddleware(plan: PlanClient, policy: ValidationPolicy, client: () => BaseLanguageClient | undefined): Middleware {
  // feature requests for unsynced documents get no answer instead of a server error
  const guard = <T>(empty: T) => (document: vscode.TextDocument, ...rest: unknown[]) => {
    if (!plan.isSynced(document)) return empty;
    const next = rest[rest.length - 1] as (...args: unknown[]) => unknown;
    return next(document, ...rest.slice(0, -1));
  };
  return {
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
      client()?.diagnostics?.delete(document.uri);
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
}

/** The PlanClient's way to the server: open or close a document on it, ask for its timeline, stop. */
export function clientBackend(client: BaseLanguageClient, report: (e: unknown) => void): ClientBackend {
  return {
    isRunning: () => client.isRunning(),
    openOnServer: (document) => {
      // a document that was not synced may have been pulled already (answered empty by the middleware), and the
      // client pulls on open only for documents it has not pulled: ask it to pull again once the open is sent
      const diagnostics = client.getFeature('textDocument/diagnostic')?.getProvider(document);
      client.getFeature('textDocument/didOpen').getProvider(document)?.send(document)
        .then(() => diagnostics?.onDidChangeDiagnosticsEmitter.fire(), report);
    },
    closeOnServer: (document) => {
      client.getFeature('textDocument/didClose').getProvider(document)?.send(document).catch(report);
    },
    requestTimeline: (uri) => client.sendRequest(TimelineRequest, { textDocument: { uri: uri.toString() } }),
    canLintWorkspace: () => !!(client.initializeResult?.capabilities.experimental as { plandocLintWorkspace?: boolean } | undefined)?.plandocLintWorkspace,
    workspacePlanFiles: async (folders) => {
      const { files } = await client.sendRequest(WorkspacePlanFilesRequest, { folders: folders.map((f) => f.toString()) });
      return files.map((f) => vscode.Uri.parse(f));
    },
    lintFiles: async (files, token) => {
      const { checked } = await client.sendRequest(LintFilesRequest, { files: files.map((f) => f.toString()) }, token);
      return Promise.all(checked.map(async (c) => [vscode.Uri.parse(c.uri), await client.protocol2CodeConverter.asDiagnostics(c.diagnostics)] as [vscode.Uri, vscode.Diagnostic[]]));
    },
    stop: () => client.stop(),
  };
}
