// One parse per document version, one lint per (version, configuration): every feature
// — diagnostics, code actions, formatting, outline, folding, completion, hover, timeline —
// reads the same cached Analysis.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentModel } from '../core/model/types.js';
import type { Problem } from '../core/types.js';
import { createParseCache, lintModel, parseDocument, type ParseCache } from '../core/linter.js';
import type { DocumentConfigResolver, DocumentConfig } from './configResolver.js';

export interface Analysis {
  uri: string;
  languageId: string;
  version: number;
  text: string;
  model: DocumentModel;
  config: DocumentConfig;
  problems: Problem[];
}

interface ParseEntry {
  version: number;
  levelsKey: string;
  model: DocumentModel;
}

interface LintEntry {
  version: number;
  generation: number;
  analysis: Analysis;
}

export class AnalysisCache {
  private readonly parses = new Map<string, ParseEntry>();
  private readonly lints = new Map<string, LintEntry>();
  /** per-line scans kept between versions: an edit re-scans only the lines it changed */
  private readonly lineCaches = new Map<string, ParseCache>();
  /** counts parses, so tests and the benchmark can see that features share one parse */
  parseCount = 0;
  lintCount = 0;

  constructor(private readonly configs: Pick<DocumentConfigResolver, 'configFor'>) {}

  forget(uri: string): void {
    this.parses.delete(uri);
    this.lints.delete(uri);
    this.lineCaches.delete(uri);
  }

  /** The parse of this exact document version (with the configured level order). */
  model(document: TextDocument, levels: DocumentConfig['config']['levels']): DocumentModel {
    const levelsKey = levels.join(',');
    const cached = this.parses.get(document.uri);
    if (cached && cached.version === document.version && cached.levelsKey === levelsKey) return cached.model;
    let lineCache = this.lineCaches.get(document.uri);
    if (!lineCache) this.lineCaches.set(document.uri, (lineCache = createParseCache()));
    const model = parseDocument(document.getText(), levels, lineCache);
    this.parseCount++;
    this.parses.set(document.uri, { version: document.version, levelsKey, model });
    return model;
  }

  /**
   * The analysis of the document's current version. Resolving the configuration may
   * await the client; when the document changed meanwhile, the newer version is analysed.
   */
  async analyse(document: TextDocument): Promise<Analysis> {
    const config = await this.configs.configFor(document.uri);
    return this.analyseWith(document, config);
  }

  /** Synchronous once the configuration is known: used by the debounced validator to check for cancellation in between. */
  analyseWith(document: TextDocument, config: DocumentConfig): Analysis {
    const cached = this.lints.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === config.generation) return cached.analysis;
    const model = this.model(document, config.config.levels);
    const problems = lintModel(model, config.config);
    this.lintCount++;
    const analysis: Analysis = {
      uri: document.uri, languageId: document.languageId, version: document.version, text: model.text,
      model, config, problems,
    };
    this.lints.set(document.uri, { version: document.version, generation: config.generation, analysis });
    return analysis;
  }
}
