// The PlanDoc language service: every editor feature as a function of a document and a workspace, in the style
// of vscode-markdown-languageservice's createLanguageService. It knows nothing of the connection: server.ts
// turns requests into calls (checking lifecycle and cancellation on the way), and tests call it in-process with
// in-memory documents (test/lsp/languageService.test.ts).
import type { CancellationToken, CodeAction, CodeActionParams, CompletionItem, DocumentSymbol, FoldingRange, Hover, Position, Range as LspRange, SymbolInformation, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isChineseDocument } from '../core/detect.js';
import { timeline } from '../core/analysis/timeline.js';
import type { DocumentModel } from '../core/model/types.js';
import type { Locale } from '../core/types.js';
import type { TimelineResult } from '../protocol.js';
import { AnalysisCache, type Analysis } from './analysis.js';
import { codeActions } from './codeActions.js';
import { completions } from './completion.js';
import type { DocumentConfig } from './configResolver.js';
import { formatEdits } from './fixes.js';
import { hover } from './hover.js';
import { documentSymbols, flatSymbols, foldingRanges } from './outline.js';
import { fromLspRange, toLspRange } from './positions.js';
import { shouldValidate } from './settings.js';

/** What the service needs from its host: each document's settings and config, and what the client can show. */
export interface PlanWorkspace {
  configFor(uri: string): Promise<DocumentConfig>;
  /** the client's UI language: the messages' language for documents that are not Chinese */
  clientLocale(): Locale;
  /** the client shows nested document symbols (else a flat list naming each container) */
  hierarchicalSymbols(): boolean;
  /** stops a request the client cancelled while it waited for the settings */
  throwIfCancelled(token: CancellationToken | undefined): void;
}

/**
 * Past this many characters (UTF-16 units, as the editor holds the text) a document is not parsed: the
 * server reports it as too large instead of running out of memory on it (a 50 MB document did).
 */
export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;

export function tooLarge(document: TextDocument): boolean {
  return document.getText().length > MAX_DOCUMENT_CHARS;
}

export interface LanguageService {
  /** one parse per version, one lint per (version, configuration), shared by every feature */
  readonly cache: AnalysisCache;
  /** The message language of a document: plandoc.locale, else Chinese for a Chinese document, else the client's. */
  localeFor(config: DocumentConfig | undefined, text?: string): Locale;
  /** The analysis of a document PlanDoc checks, or null (too large, ignored, or a language it does not check). */
  analysis(document: TextDocument, token?: CancellationToken): Promise<Analysis | null>;
  codeActions(document: TextDocument, params: CodeActionParams, token?: CancellationToken): Promise<CodeAction[] | null>;
  /** marker fixes only, in the range when given (whole lines) */
  formatting(document: TextDocument, range?: LspRange, token?: CancellationToken): Promise<LspTextEdit[] | null>;
  documentSymbols(document: TextDocument, token?: CancellationToken): Promise<DocumentSymbol[] | SymbolInformation[] | null>;
  foldingRanges(document: TextDocument, token?: CancellationToken): Promise<FoldingRange[] | null>;
  completions(document: TextDocument, position: Position, token?: CancellationToken): Promise<CompletionItem[] | null>;
  hover(document: TextDocument, position: Position, token?: CancellationToken): Promise<Hover | null>;
  timeline(document: TextDocument, span?: { from: number; to: number }, token?: CancellationToken): Promise<TimelineResult | null>;
}

export function createLanguageService(workspace: PlanWorkspace): LanguageService {
  const cache = new AnalysisCache(workspace);
  const localeFor = (config: DocumentConfig | undefined, text?: string): Locale =>
    config?.settings.locale ?? (text !== undefined && isChineseDocument(text) ? 'zh' : workspace.clientLocale());

  /** The document's config when PlanDoc reads it at all (not too large, a language it checks), else null. */
  async function configIfRead(document: TextDocument, token: CancellationToken | undefined): Promise<DocumentConfig | null> {
    if (tooLarge(document)) return null;
    const config = await workspace.configFor(document.uri);
    workspace.throwIfCancelled(token);
    return shouldValidate(config.settings, document.languageId) ? config : null;
  }

  async function analysis(document: TextDocument, token?: CancellationToken): Promise<Analysis | null> {
    const config = await configIfRead(document, token);
    // an ignored file is still outlined and folded, but never checked
    return config && !config.ignored ? cache.analyseWith(document, config) : null;
  }

  /** Just the parse (no lint) for outline, folding, completion, hover and the timeline. */
  async function parsed(document: TextDocument, token?: CancellationToken): Promise<{ model: DocumentModel; config: DocumentConfig; locale: Locale } | null> {
    const config = await configIfRead(document, token);
    if (!config) return null;
    return { model: cache.model(document, config.config.levels), config, locale: localeFor(config, document.getText()) };
  }

  const lspEdits = (a: Analysis, edits: ReturnType<typeof formatEdits>): LspTextEdit[] =>
    edits.map((e) => ({ range: toLspRange(a.model, e.range), newText: e.newText }));

  return {
    cache,
    localeFor,
    analysis,
    async codeActions(document, params, token) {
      const a = await analysis(document, token);
      return a ? codeActions(a, params, localeFor(a.config, a.text)) : null;
    },
    async formatting(document, range, token) {
      const a = await analysis(document, token);
      if (!a) return null;
      return lspEdits(a, formatEdits(a.model, a.config.config, a.problems, range ? fromLspRange(a.model, range) : undefined));
    },
    async documentSymbols(document, token) {
      const p = await parsed(document, token);
      if (!p) return null;
      const symbols = documentSymbols(p.model, p.locale, { markdown: document.languageId === 'markdown' });
      return workspace.hierarchicalSymbols() ? symbols : flatSymbols(symbols, document.uri);
    },
    async foldingRanges(document, token) {
      const p = await parsed(document, token);
      return p ? foldingRanges(p.model) : null;
    },
    async completions(document, position, token) {
      const p = await parsed(document, token);
      return p ? completions(p.model, position, p.locale, p.config.config.levels) : null;
    },
    async hover(document, position, token) {
      const p = await parsed(document, token);
      return p ? hover(p.model, position, p.locale) : null;
    },
    async timeline(document, span, token) {
      const p = await parsed(document, token);
      if (!p) return null;
      const result = timeline(p.model, span ? { span } : {});
      // the model's columns exclude a BOM; the client counts it on line 0
      if (p.model.bom) {
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
    },
  };
}
