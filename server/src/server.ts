// The PlanDoc language server: wires LSP requests and notifications to the features in lsp/.
// Every feature reads the same cached parse of the current document version (lsp/analysis.ts).
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DiagnosticSeverity,
  LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments,
  type ClientCapabilities, type Connection, type Diagnostic, type DocumentDiagnosticReport, type InitializeParams,
  type InitializeResult, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from './core/types.js';
import { localize } from './core/types.js';
import { timeline } from './core/time/timeline.js';
import { isChineseDocument } from './core/detect.js';
import { clearConfigCache } from './config/load.js';
import { FIX_ALL_KIND, StatsRequest, TimelineRequest, type ServerStats, type TimelineResult } from './protocol.js';
import { AnalysisCache, type Analysis } from './lsp/analysis.js';
import { ConfigResolver, type ConfigProblem, type DocumentConfig } from './lsp/configResolver.js';
import { DIAGNOSTIC_SOURCE, diagnosticsFingerprint, toDiagnostics } from './lsp/diagnostics.js';
import { Validator } from './lsp/validator.js';
import { IdleCollector } from './lsp/idleCollector.js';
import { shouldValidate } from './lsp/settings.js';
import { codeActions, MARKER_STYLE_KIND, RENUMBER_KIND } from './lsp/codeActions.js';
import { formatEdits } from './lsp/fixes.js';
import { documentSymbols, flatSymbols, foldingRanges } from './lsp/outline.js';
import { completions } from './lsp/completion.js';
import { hover } from './lsp/hover.js';
import { fromLspRange, toLspRange } from './lsp/positions.js';
import { URI } from './lsp/uri.js';
import { SERVER_VERSION } from './lsp/version.js';

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

  const configs = new ConfigResolver(
    connection,
    () => !!capabilities.workspace?.configuration,
    (problem) => reportConfigProblem(problem),
  );
  const cache = new AnalysisCache(configs);
  let validator: Validator;
  let idle = new IdleCollector();

  // Chinese documents get Chinese messages whatever the client's UI language; plandoc.locale overrides
  const localeFor = (config: DocumentConfig | undefined, text?: string): Locale =>
    config?.settings.locale ?? (text !== undefined && isChineseDocument(text) ? 'zh' : clientLocale);

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

  /** The analysis for a request, or null when the document is not open or not validated. */
  async function analysisFor(uri: string): Promise<Analysis | null> {
    const document = documents.get(uri);
    if (!document) return null;
    const config = await configs.configFor(uri);
    if (config.ignored || !shouldValidate(config.settings, document.languageId)) return null;
    return cache.analyseWith(document, config);
  }

  /** Just the parse (no lint) for outline, folding, completion, hover and the timeline. */
  async function modelFor(uri: string) {
    const document = documents.get(uri);
    if (!document) return null;
    const config = await configs.configFor(uri);
    if (!shouldValidate(config.settings, document.languageId)) return null;
    return { model: cache.model(document, config.config.levels), config, locale: localeFor(config, document.getText()) };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    clientLocale = localeOf(options.locale ?? params.locale);
    if (options.settings !== undefined) configs.invalidate(options.settings);
    else if (options.plandoc !== undefined) configs.invalidate({ plandoc: options.plandoc });
    pullDiagnostics = !!capabilities.textDocument?.diagnostic;
    if (options.idleCollectMs !== undefined) idle = new IdleCollector(options.idleCollectMs);
    validator = new Validator({
      document: (uri) => documents.get(uri),
      configFor: (uri) => configs.configFor(uri),
      parse: (document, config) => void cache.model(document, config.config.levels),
      analyse: (document, config) => cache.analyseWith(document, config),
      publish,
      shouldValidate: (document, config) => !config.ignored && shouldValidate(config.settings, document.languageId),
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
    return result;
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'plandoc' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.plandocrc.json' }, { globPattern: '**/.plandocrc.jsonc' }, { globPattern: '**/package.json' }],
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

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: 'full', items: [] };
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
  });

  connection.onCodeAction(async (params) => {
    const analysis = await analysisFor(params.textDocument.uri);
    return analysis ? codeActions(analysis, params, localeFor(analysis.config, analysis.text)) : null;
  });

  const lspEdits = (analysis: Analysis, edits: ReturnType<typeof formatEdits>): LspTextEdit[] =>
    edits.map((e) => ({ range: toLspRange(analysis.model, e.range), newText: e.newText }));

  connection.onDocumentFormatting(async (params) => {
    const analysis = await analysisFor(params.textDocument.uri);
    return analysis ? lspEdits(analysis, formatEdits(analysis.model, analysis.config.config, analysis.problems)) : null;
  });

  connection.onDocumentRangeFormatting(async (params) => {
    const analysis = await analysisFor(params.textDocument.uri);
    if (!analysis) return null;
    return lspEdits(analysis, formatEdits(analysis.model, analysis.config.config, analysis.problems, fromLspRange(analysis.model, params.range)));
  });

  connection.onDocumentSymbol(async (params) => {
    const parsed = await modelFor(params.textDocument.uri);
    if (!parsed) return null;
    const symbols = documentSymbols(parsed.model, parsed.locale, { markdown: documents.get(params.textDocument.uri)?.languageId === 'markdown' });
    return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flatSymbols(symbols, params.textDocument.uri);
  });

  connection.onFoldingRanges(async (params) => {
    const parsed = await modelFor(params.textDocument.uri);
    return parsed ? foldingRanges(parsed.model) : null;
  });

  connection.onCompletion(async (params) => {
    const parsed = await modelFor(params.textDocument.uri);
    return parsed ? completions(parsed.model, params.position, parsed.locale, parsed.config.config.levels) : null;
  });

  connection.onHover(async (params) => {
    const parsed = await modelFor(params.textDocument.uri);
    return parsed ? hover(parsed.model, params.position, parsed.locale) : null;
  });

  connection.onRequest(TimelineRequest, async (params): Promise<TimelineResult | null> => {
    const parsed = await modelFor(params.textDocument.uri);
    if (!parsed) return null;
    const result = timeline(parsed.model, params.span ? { span: params.span } : {});
    if (parsed.model.bom) {
      for (const scope of result.scopes) {
        for (const entry of scope.entries) {
          if (entry.line === 0) {
            entry.start++;
            entry.end++;
          }
        }
      }
    }
    return result;
  });

  connection.onRequest(StatsRequest, () => ({
    openDocuments: documents.all().length, parses: cache.parseCount, lints: cache.lintCount,
    idleCollections: idle.count, heapUsedAfterIdleCollection: mib(idle.heapUsedAfter),
    memory: memoryStats(),
  }));

  connection.onShutdown(() => {
    validator?.dispose();
    idle.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
