// Debounced, cancellable validation. Each change restarts the document's timer; a run
// that finds a newer version than the one it started with gives up (the newer change
// scheduled its own run), so no stale diagnostics are ever published.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentConfig } from './configResolver.js';
import type { Analysis } from './analysis.js';

export interface ValidatorHost {
  document(uri: string): TextDocument | undefined;
  configFor(uri: string): Promise<DocumentConfig>;
  /** parse only: the expensive half, done first so a change arriving meanwhile cancels the lint */
  parse(document: TextDocument, config: DocumentConfig): void;
  analyse(document: TextDocument, config: DocumentConfig): Analysis;
  /** null: the document is not validated (language, ignores) and its diagnostics are cleared */
  publish(uri: string, version: number, analysis: Analysis | null): void;
  shouldValidate(document: TextDocument, config: DocumentConfig): boolean;
  reportError(uri: string, error: unknown): void;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Validator {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly host: ValidatorHost, private readonly debounceMs: number) {}

  /** Validate after the debounce delay (or at once), replacing any run already waiting for this document. */
  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const delay = immediate ? 0 : this.debounceMs;
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.run(uri).catch((error) => this.host.reportError(uri, error));
    }, delay));
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private async run(uri: string): Promise<void> {
    const document = this.host.document(uri);
    if (!document) return;
    const version = document.version;
    const stale = () => this.host.document(uri) !== document || document.version !== version || this.timers.has(uri);
    const config = await this.host.configFor(uri);
    if (stale()) return;
    if (!this.host.shouldValidate(document, config)) {
      this.host.publish(uri, version, null);
      return;
    }
    this.host.parse(document, config);
    await yieldToEventLoop();
    if (stale()) return;
    const analysis = this.host.analyse(document, config);
    this.host.publish(uri, version, analysis);
  }
}
