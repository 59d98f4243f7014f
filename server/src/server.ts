// The PlanDoc language server: wires LSP requests and notifications to the features in lsp/.
// Every feature reads the same cached parse of the current document version (lsp/analysis.ts).
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DiagnosticSeverity,
  LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments,
  type ClientCapabilities, type Connection, type Diagnostic, type DocumentDiagnosticReport, type InitializeParams,
  ErrorCodes, type CancellationToken, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from './core/types.js';
import { localize } from './core/types.js';
import { clearConfigCache } from './config/load.js';
import { FIX_ALL_KIND, StatsRequest, TimelineRequest, type ServerStats, type TimelineResult } from './protocol.js';
import type { Analysis } from './lsp/analysis.js';
import { DocumentConfigResolver, type ConfigProblem } from './lsp/configResolver.js';
import { DIAGNOSTIC_SOURCE, diagnosticsFingerprint, toDiagnostics } from './lsp/diagnostics.js';
import { Validator } from './lsp/validator.js';
import { IdleCollector } from './lsp/idleCollector.js';
import { shouldValidate } from './lsp/settings.js';
import { MARKER_STYLE_KIND, RENUMBER_KIND } from './lsp/codeActions.js';
import { URI } from './lsp/uri.js';
import { SERVER_VERSION } from './lsp/version.js';
import { createLanguageService, MAX_DOCUMENT_CHARS, tooLarge } from './lsp/languageService.js';

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

function tooLargeDiagnostic(document: TextDocument, locale: Locale): Diagnostic {
  const size = `${(document.getText().length / 1024 / 1024).toFixed(1)}M`;
  const limit = `${MAX_DOCUMENT_CHARS / 1024 / 1024}M`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'too-large',
    message: locale === 'en'
      ? `This document is too large to check (${size} characters; the limit is ${limit}). Split it, or check it part by part with plandoc lint`
      : `文档过大（${size} 字符，上限 ${limit}），未作检查。请拆分文档，或用 plandoc lint 分段检查`,
  };
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

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let capabilities: ClientCapabilities = {};
  let clientLocale: Locale = 'zh';
  let pullDiagnostics = false;
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
  let validator: Validator;
  let idle = new IdleCollector();

  // Chinese documents get Chinese messages whatever the client's UI language; plandoc.locale overrides
  const localeFor = service.localeFor;

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

  /**
   * Pull mode with run: onSave — the analysis each pull serves until the next save. A document opened or
   * saved is marked stale, and the next pull analyses its current text (which is then the saved text).
   */
  const savedAnalysis = new Map<string, Analysis>();
  const savedStale = new Set<string>();

  function publish(uri: string, version: number, analysis: Analysis | null): void {
    idle.touch();
    if (pullDiagnostics) return; // the client asks with textDocument/diagnostic
    const document = analysis ? undefined : documents.get(uri);
    if (document && tooLarge(document)) {
      void connection.sendDiagnostics({ uri, version, diagnostics: [tooLargeDiagnostic(document, clientLocale)] });
      return;
    }
    const diagnostics = analysis
      ? toDiagnostics(analysis, {
          locale: localeFor(analysis.config, analysis.text),
          relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation ?? false,
        })
      : [];
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Settings or config files changed: re-read them and check every open document again. */
  function revalidateAll(pushedSettings?: unknown): void {
    clearConfigCache();
    clearConfigFileDiagnostics();
    configs.invalidate(pushedSettings);
    for (const uri of savedAnalysis.keys()) savedStale.add(uri);
    if (pullDiagnostics && capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
    for (const document of documents.all()) validator.schedule(document.uri, true);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    clientLocale = localeOf(options.locale ?? params.locale);
    if (options.settings !== undefined) configs.invalidate(options.settings);
    else if (options.plandoc !== undefined) configs.invalidate({ plandoc: options.plandoc });
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    if (options.idleCollectMs !== undefined) idle = new IdleCollector(options.idleCollectMs);
    if (typeof options.configurationTimeoutMs === 'number') configurationTimeoutMs = options.configurationTimeoutMs;
    validator = new Validator({
      document: (uri) => documents.get(uri),
      configFor: (uri) => configs.configFor(uri),
      parse: (document, config) => void cache.model(document, config.config.levels),
      analyse: (document, config) => cache.analyseWith(document, config),
      publish,
      shouldValidate: (document, config) => !config.ignored && shouldValidate(config.settings, document.languageId) && !tooLarge(document),
      reportError: (uri, error) => connection.console.error(`plandoc: validating ${uri} failed: ${(error as Error)?.stack ?? error}`),
    }, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);

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
    if (pullDiagnostics) {
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

  // didOpen also arrives here: opened documents are checked at once, later changes after the debounce
  const opened = new Set<string>();
  // The client pulls a document's diagnostics once when it opens it. Two races leave that pull answered empty and
  // never repeated: the pull overtaking its didOpen, and a document opened again without a close (VS Code announces
  // a language switch's new document before it closes the old one, so the client thinks it has pulled already).
  // Both ask the client to pull again.
  const pulledBeforeOpen = new Set<string>();
  documents.onDidOpen(({ document }) => {
    const reopened = opened.has(document.uri);
    if ((pulledBeforeOpen.delete(document.uri) || reopened) && pullDiagnostics && capabilities.workspace?.diagnostics?.refreshSupport) {
      void connection.languages.diagnostics.refresh();
    }
  });
  documents.onDidChangeContent(async ({ document }) => {
    if (!opened.has(document.uri)) {
      opened.add(document.uri);
      savedStale.add(document.uri);
      validator.schedule(document.uri, true);
      return;
    }
    try {
      const config = await configs.configFor(document.uri);
      if (config.settings.run === 'onType') validator.schedule(document.uri);
    } catch (error) {
      connection.console.error(`plandoc: reading the settings for ${document.uri} failed: ${(error as Error)?.stack ?? error}`);
    }
  });
  documents.onDidSave(({ document }) => {
    savedStale.add(document.uri);
    if (!pullDiagnostics) validator.schedule(document.uri, true);
    else if (capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  });
  documents.onDidClose(({ document }) => {
    opened.delete(document.uri);
    savedAnalysis.delete(document.uri);
    savedStale.delete(document.uri);
    validator.forget(document.uri);
    cache.forget(document.uri);
    configs.forget(document.uri);
    idle.touch();
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(guard(async (params, token): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) {
      pulledBeforeOpen.add(params.textDocument.uri);
      return { kind: 'full', items: [] };
    }
    if (tooLarge(document)) return { kind: 'full', items: [tooLargeDiagnostic(document, clientLocale)] };
    const config = await configs.configFor(document.uri);
    if (config.ignored || !shouldValidate(config.settings, document.languageId)) return { kind: 'full', items: [] };
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
    // onSave: keep what the last saved (or opened) version showed until the next save
    const saved = config.settings.run === 'onSave' && !savedStale.has(document.uri) ? savedAnalysis.get(document.uri) : undefined;
    const analysis = saved ?? cache.analyseWith(document, config);
    idle.touch();
    if (config.settings.run === 'onSave' && !saved) {
      savedAnalysis.set(document.uri, analysis);
      savedStale.delete(document.uri);
    }
    const locale = localeFor(config, analysis.text);
    const items = toDiagnostics(analysis, { locale, relatedInformation: true });
    // by content, not version: a keystroke that leaves the problems as they were sends nothing back
    const resultId = `${config.generation}:${locale}:${diagnosticsFingerprint(items)}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items };
  }));

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

  connection.onRequest(StatsRequest, (token) => guard(() => ({
    openDocuments: documents.all().length, parses: cache.parseCount, lints: cache.lintCount,
    idleCollections: idle.count, heapUsedAfterIdleCollection: mib(idle.heapUsedAfter),
    memory: memoryStats(),
  }))(undefined, token));

  connection.onShutdown(() => {
    lifecycle = 'shutdown';
    validator?.dispose();
    idle.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
