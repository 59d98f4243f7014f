// The PlanDoc language server: wires LSP requests and notifications to the features in lsp/.
// Every feature reads the same cached parse of the current document version (lsp/analysis.ts).
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DiagnosticSeverity,
  LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments,
  type ClientCapabilities, type Connection, type Diagnostic, type InitializeParams,
  ErrorCodes, type CancellationToken, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from './core/types.js';
import { localize } from './core/types.js';
import { clearConfigCache } from './config/load.js';
import { FIX_ALL_KIND, LintFilesRequest, StatsRequest, TimelineRequest, WorkspacePlanFilesRequest, type ServerStats, type TimelineResult } from './protocol.js';
import { DocumentConfigResolver, type ConfigProblem } from './lsp/configResolver.js';
import { DIAGNOSTIC_SOURCE } from './lsp/diagnostics.js';
import { DiagnosticsScheduler } from './lsp/diagnosticsScheduler.js';
import { IdleCollector } from './lsp/idleCollector.js';
import { MARKER_STYLE_KIND, RENUMBER_KIND } from './lsp/codeActions.js';
import { URI } from './lsp/uri.js';
import { SERVER_VERSION } from './lsp/version.js';
import { lintFiles, workspacePlanFiles, type WorkspaceDisk } from './lsp/workspaceLint.js';
import { createLanguageService, MAX_DOCUMENT_CHARS } from './lsp/languageService.js';

export { MAX_DOCUMENT_CHARS };

export interface InitializationOptions {
  /** delay between the last keystroke and validation (default 150 ms; at least the last check's duration, up to 1 s; 0 = none) */
  debounceMs?: number;
  /** overrides the client's `locale` */
  locale?: string;
  /** settings for clients that neither answer workspace/configuration nor send didChangeConfiguration */
  settings?: unknown;
  /** the same, as Helix and others send it: `{ plandoc: { … } }` */
  plandoc?: unknown;
  /** quiet time after the last check before editing garbage is collected (default 1000 ms; 0 = never) */
  idleCollectMs?: number;
  /** how long to wait for the client's answer to workspace/configuration before using defaults (default 5000 ms) */
  configurationTimeoutMs?: number;
}

/** Stops a request whose client cancelled it while it waited (for the settings, or in the queue). */
function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

const DEFAULT_DEBOUNCE_MS = 150;

/** bytes → MiB, one decimal */
function mib(n: number): number {
  return Math.round((n / 1048576) * 10) / 10;
}

function memoryStats(): ServerStats['memory'] {
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  return { rss: mib(rss), heapTotal: mib(heapTotal), heapUsed: mib(heapUsed), external: mib(external) };
}

export function localeOf(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export interface ServerHost {
  /** the disk "Lint Workspace" reads (Node only; without it the server does not answer those requests) */
  disk?: WorkspaceDisk;
}

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let clientLocale: Locale = 'zh';
  const configProblemsShown = new Set<string>();
  const configFileDiagnostics = new Set<string>();

  let configurationTimeoutMs: number | undefined;
  const configs = new DocumentConfigResolver(
    connection,
    () => !!capabilities.workspace?.configuration,
    (problem) => reportConfigProblem(problem),
    () => configurationTimeoutMs,
  );
  /** the protocol's lifecycle: requests before initialize and after shutdown get the errors it names */
  let lifecycle: 'new' | 'running' | 'shutdown' = 'new';
  const guard = <P, R>(handler: (params: P, token: CancellationToken) => R) => (params: P, token: CancellationToken): R => {
    if (lifecycle === 'new') throw new ResponseError(ErrorCodes.ServerNotInitialized, 'the server is not initialized yet');
    if (lifecycle === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shut down');
    throwIfCancelled(token);
    return handler(params, token);
  };
  const service = createLanguageService({
    configFor: (uri) => configs.configFor(uri),
    clientLocale: () => clientLocale,
    hierarchicalSymbols: () => !!capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    throwIfCancelled,
  });
  const cache = service.cache;
  let scheduler: DiagnosticsScheduler;
  let idle = new IdleCollector();

  function reportConfigProblem(problem: ConfigProblem): void {
    const text = localize(problem.describe, clientLocale);
    connection.console.warn(text);
    if (!configProblemsShown.has(text)) {
      configProblemsShown.add(text);
      void connection.window.showWarningMessage(text);
    }
    if (problem.file) {
      // point at the broken setting in the config file itself, so the editor shows where to look
      const uri = URI.fromFilePath(problem.file);
      const line = Math.max(0, (problem.line ?? 1) - 1);
      const diagnostic: Diagnostic = {
        range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: DIAGNOSTIC_SOURCE,
        code: 'config',
        message: `${problem.key ? `${problem.key}: ` : ''}${localize(problem.message, clientLocale)}`,
      };
      configFileDiagnostics.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
    }
  }

  function clearConfigFileDiagnostics(): void {
    for (const uri of configFileDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configFileDiagnostics.clear();
    configProblemsShown.clear();
  }

  /** Settings or config files changed: re-read them and check every open document again. */
  function revalidateAll(pushedSettings?: unknown): void {
    clearConfigCache();
    clearConfigFileDiagnostics();
    configs.invalidate(pushedSettings);
    scheduler.settingsChanged();
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    clientLocale = localeOf(options.locale ?? params.locale);
    if (options.settings !== undefined) configs.invalidate(options.settings);
    else if (options.plandoc !== undefined) configs.invalidate({ plandoc: options.plandoc });
    if (options.idleCollectMs !== undefined) idle = new IdleCollector(options.idleCollectMs);
    if (typeof options.configurationTimeoutMs === 'number') configurationTimeoutMs = options.configurationTimeoutMs;
    scheduler = new DiagnosticsScheduler({
      connection, documents, configs, service, capabilities,
      clientLocale: () => clientLocale,
      idle: () => idle,
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    });

    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: capabilities.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: [CodeActionKind.QuickFix, RENUMBER_KIND, MARKER_STYLE_KIND, FIX_ALL_KIND] }
          : true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentSymbolProvider: { label: 'PlanDoc' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['（', '('], resolveProvider: false },
        hoverProvider: true,
      },
      serverInfo: { name: 'plandoc-language-server', version: SERVER_VERSION },
    };
    // custom requests this server answers (other clients can look here too)
    result.capabilities.experimental = { plandocLintWorkspace: !!host.disk };
    if (scheduler.pull) {
      result.capabilities.diagnosticProvider = { identifier: 'plandoc', interFileDependencies: false, workspaceDiagnostics: false };
    }
    lifecycle = 'running';
    return result;
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'plandoc' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.plandocrc.json' }, { globPattern: '**/.plandocrc.jsonc' }, { globPattern: '**/.plandocrc' }, { globPattern: '**/package.json' }],
      });
    }
  });

  connection.onDidChangeConfiguration((params) => revalidateAll(params.settings ?? undefined));
  // package.json files under node_modules change by the thousand during an install: they are never config files
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => !/\/node_modules\//.test(c.uri))) revalidateAll();
  });

  // when diagnostics are computed and sent: lsp/diagnosticsScheduler.ts
  documents.onDidOpen(({ document }) => scheduler.didOpen(document));
  documents.onDidChangeContent(({ document }) => scheduler.didChangeContent(document));
  documents.onDidSave(({ document }) => scheduler.didSave(document));
  documents.onDidClose(({ document }) => {
    scheduler.didClose(document);
    cache.forget(document.uri);
    configs.forget(document.uri);
  });
  connection.languages.diagnostics.on(guard((params, token) => scheduler.diagnostics(params, token)));

  // feature requests only delegate to the language service (lsp/languageService.ts)
  const withDocument = <R>(uri: string, feature: (document: TextDocument) => Promise<R | null>): Promise<R | null> => {
    const document = documents.get(uri);
    return document ? feature(document) : Promise.resolve(null);
  };
  connection.onCodeAction(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.codeActions(d, params, token))));
  connection.onDocumentFormatting(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.formatting(d, undefined, token))));
  connection.onDocumentRangeFormatting(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.formatting(d, params.range, token))));
  connection.onDocumentSymbol(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.documentSymbols(d, token))));
  connection.onFoldingRanges(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.foldingRanges(d, token))));
  connection.onCompletion(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.completions(d, params.position, token))));
  connection.onHover(guard((params, token) => withDocument(params.textDocument.uri, (d) => service.hover(d, params.position, token))));
  connection.onRequest(TimelineRequest, guard((params, token): Promise<TimelineResult | null> =>
    withDocument(params.textDocument.uri, (d) => service.timeline(d, params.span, token))));

  if (host.disk) {
    const workspace = { disk: host.disk, configFor: (uri: string) => configs.configFor(uri), service, throwIfCancelled };
    connection.onRequest(WorkspacePlanFilesRequest, guard((params) => workspacePlanFiles(workspace, params)));
    connection.onRequest(LintFilesRequest, guard((params, token) => lintFiles(workspace, params, token)));
  }

  connection.onRequest(StatsRequest, (token) => guard(() => ({
    openDocuments: documents.all().length, parses: cache.parseCount, lints: cache.lintCount,
    idleCollections: idle.count, heapUsedAfterIdleCollection: mib(idle.heapUsedAfter),
    memory: memoryStats(),
  }))(undefined, token));

  connection.onShutdown(() => {
    lifecycle = 'shutdown';
    scheduler?.dispose();
    idle.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
