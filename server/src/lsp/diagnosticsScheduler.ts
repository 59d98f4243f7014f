// When diagnostics are computed and how they reach the client. Push clients get them after a debounce
// (Validator) and on save; pull clients ask with textDocument/diagnostic, and are asked to pull again when
// something they cannot see changed (settings, a save in onSave mode, the races below).
import {
  DiagnosticSeverity, LSPErrorCodes, ResponseError,
  type CancellationToken, type ClientCapabilities, type Connection, type Diagnostic, type DocumentDiagnosticParams,
  type DocumentDiagnosticReport, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../core/types.js';
import type { Analysis } from './analysis.js';
import type { DocumentConfigResolver } from './configResolver.js';
import { DIAGNOSTIC_SOURCE, diagnosticsFingerprint, toDiagnostics } from './diagnostics.js';
import type { IdleCollector } from './idleCollector.js';
import { MAX_DOCUMENT_CHARS, tooLarge, type LanguageService } from './languageService.js';
import { shouldValidate } from './settings.js';
import { Validator } from './validator.js';

export interface SchedulerHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  configs: DocumentConfigResolver;
  service: LanguageService;
  capabilities: ClientCapabilities;
  clientLocale(): Locale;
  /** the idle collector to tell about every check (it collects garbage after the last one) */
  idle(): IdleCollector;
  /** delay between the last keystroke and validation in push mode */
  debounceMs: number;
}

export function tooLargeDiagnostic(document: TextDocument, locale: Locale): Diagnostic {
  const size = `${(document.getText().length / 1024 / 1024).toFixed(1)}M`;
  const limit = `${MAX_DOCUMENT_CHARS / 1024 / 1024}M`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'too-large',
    message: locale === 'en'
      ? `This document is too large to check (${size} characters; the limit is ${limit}). Split it, or check it part by part with plandoc lint`
      : `文档过大（${size}字符，上限为${limit}），未作检查。请拆分文档，或用“plandoc lint”命令分段检查`,
  };
}

export class DiagnosticsScheduler {
  /** the client pulls (textDocument/diagnostic) instead of receiving publishDiagnostics */
  readonly pull: boolean;
  private readonly validator: Validator;
  /** documents whose first content has arrived: they are checked at once, later changes after the debounce */
  private readonly opened = new Set<string>();
  /**
   * The client pulls a document's diagnostics once when it opens it. Two races leave that pull answered empty and
   * never repeated: the pull overtaking its didOpen, and a document opened again without a close (VS Code announces
   * a language switch's new document before it closes the old one, so the client thinks it has pulled already).
   * Both ask the client to pull again.
   */
  private readonly pulledBeforeOpen = new Set<string>();
  /**
   * Pull mode with run: onSave — the analysis each pull serves until the next save. A document opened or
   * saved is marked stale, and the next pull analyses its current text (which is then the saved text).
   */
  private readonly savedAnalysis = new Map<string, Analysis>();
  private readonly savedStale = new Set<string>();

  constructor(private readonly host: SchedulerHost) {
    this.pull = !!host.capabilities.textDocument?.diagnostic;
    const { documents, configs, service, connection } = host;
    this.validator = new Validator({
      document: (uri) => documents.get(uri),
      configFor: (uri) => configs.configFor(uri),
      parse: (document, config) => void service.cache.model(document, config.config.levels),
      analyse: (document, config) => service.cache.analyseWith(document, config),
      publish: (uri, version, analysis) => this.publish(uri, version, analysis),
      shouldValidate: (document, config) => !config.ignored && shouldValidate(config.settings, document.languageId) && !tooLarge(document),
      reportError: (uri, error) => connection.console.error(`plandoc: validating ${uri} failed: ${(error as Error)?.stack ?? error}`),
    }, host.debounceMs);
  }

  private get canRefresh(): boolean {
    return this.pull && !!this.host.capabilities.workspace?.diagnostics?.refreshSupport;
  }

  private refresh(): void {
    if (this.canRefresh) void this.host.connection.languages.diagnostics.refresh();
  }

  didOpen(document: TextDocument): void {
    const reopened = this.opened.has(document.uri);
    if (this.pulledBeforeOpen.delete(document.uri) || reopened) this.refresh();
  }

  /** didOpen's content arrives here too */
  async didChangeContent(document: TextDocument): Promise<void> {
    if (!this.opened.has(document.uri)) {
      this.opened.add(document.uri);
      this.savedStale.add(document.uri);
      this.validator.schedule(document.uri, true);
      return;
    }
    try {
      const config = await this.host.configs.configFor(document.uri);
      if (config.settings.run === 'onType') this.validator.schedule(document.uri);
    } catch (error) {
      this.host.connection.console.error(`plandoc: reading the settings for ${document.uri} failed: ${(error as Error)?.stack ?? error}`);
    }
  }

  didSave(document: TextDocument): void {
    this.savedStale.add(document.uri);
    if (!this.pull) this.validator.schedule(document.uri, true);
    else this.refresh();
  }

  didClose(document: TextDocument): void {
    const { uri } = document;
    this.opened.delete(uri);
    this.savedAnalysis.delete(uri);
    this.savedStale.delete(uri);
    this.validator.forget(uri);
    this.host.idle().touch();
    if (!this.pull) void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Settings or config files changed: every open document is checked again, every onSave result is stale. */
  settingsChanged(): void {
    for (const uri of this.savedAnalysis.keys()) this.savedStale.add(uri);
    this.refresh();
    for (const document of this.host.documents.all()) this.validator.schedule(document.uri, true);
  }

  /** textDocument/diagnostic */
  async diagnostics(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const { documents, configs, service } = this.host;
    const document = documents.get(params.textDocument.uri);
    if (!document) {
      this.pulledBeforeOpen.add(params.textDocument.uri);
      return { kind: 'full', items: [] };
    }
    if (tooLarge(document)) return { kind: 'full', items: [tooLargeDiagnostic(document, this.host.clientLocale())] };
    const config = await configs.configFor(document.uri);
    if (config.ignored || !shouldValidate(config.settings, document.languageId)) return { kind: 'full', items: [] };
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'cancelled', { retriggerRequest: true });
    // onSave: keep what the last saved (or opened) version showed until the next save
    const onSave = config.settings.run === 'onSave';
    const saved = onSave && !this.savedStale.has(document.uri) ? this.savedAnalysis.get(document.uri) : undefined;
    const analysis = saved ?? service.cache.analyseWith(document, config);
    this.host.idle().touch();
    if (onSave && !saved) {
      this.savedAnalysis.set(document.uri, analysis);
      this.savedStale.delete(document.uri);
    }
    const locale = service.localeFor(config, analysis.text);
    const items = toDiagnostics(analysis, { locale, relatedInformation: true });
    // by content, not version: a keystroke that leaves the problems as they were sends nothing back
    const resultId = `${config.generation}:${locale}:${diagnosticsFingerprint(items)}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items };
  }

  dispose(): void {
    this.validator.dispose();
  }

  private publish(uri: string, version: number, analysis: Analysis | null): void {
    const { connection, documents, capabilities, service } = this.host;
    this.host.idle().touch();
    if (this.pull) return; // the client asks with textDocument/diagnostic
    const document = analysis ? undefined : documents.get(uri);
    if (document && tooLarge(document)) {
      void connection.sendDiagnostics({ uri, version, diagnostics: [tooLargeDiagnostic(document, this.host.clientLocale())] });
      return;
    }
    const diagnostics = analysis
      ? toDiagnostics(analysis, {
          locale: service.localeFor(analysis.config, analysis.text),
          relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation ?? false,
        })
      : [];
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
