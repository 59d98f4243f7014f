// Debounced, cancellable validation. Each change restarts the document's timer; a run
// that finds a newer version than the one it started with gives up (the newer change
// scheduled its own run), so no stale diagnostics are ever published.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentConfig } from './configResolver.js';
import type { Analysis } from './analysis.js';
import { performance } from 'node:perf_hooks';

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

type Pending = { timeout: NodeJS.Timeout } | { immediate: NodeJS.Immediate };

function clearPending(pending: Pending | undefined): void {
  if (!pending) return;
  if ('timeout' in pending) clearTimeout(pending.timeout);
  else clearImmediate(pending.immediate);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The debounce never grows past this, however slow a document is to check. */
const MAX_ADAPTIVE_DELAY_MS = 1000;

export class Validator {
  private readonly timers = new Map<string, Pending>();
  /** how long the last check of each document took: a huge document waits longer for a pause in typing */
  private readonly lastDuration = new Map<string, number>();

  constructor(private readonly host: ValidatorHost, private readonly debounceMs: number) {}

  /** Validate after the debounce delay (or at once), replacing any run already waiting for this document. */
  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    // with debouncing on, wait at least as long as the last check took, so slow documents are not re-checked on every keystroke
    const delay = immediate || this.debounceMs === 0 ? 0 : Math.max(this.debounceMs, Math.min(this.lastDuration.get(uri) ?? 0, MAX_ADAPTIVE_DELAY_MS));
    const start = () => {
      this.timers.delete(uri);
      this.run(uri).catch((error) => this.host.reportError(uri, error));
    };
    // no delay: setImmediate, since a 0 ms timer still waits for the next 1 ms tick
    this.timers.set(uri, delay === 0 ? { immediate: setImmediate(start) } : { timeout: setTimeout(start, delay) });
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.lastDuration.delete(uri);
  }

  cancel(uri: string): void {
    clearPending(this.timers.get(uri));
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const pending of this.timers.values()) clearPending(pending);
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
    const parseStart = performance.now();
    this.host.parse(document, config);
    const parseMs = performance.now() - parseStart;
    await yieldToEventLoop();
    if (stale()) return;
    const lintStart = performance.now();
    const analysis = this.host.analyse(document, config);
    this.lastDuration.set(uri, parseMs + performance.now() - lintStart);
    this.host.publish(uri, version, analysis);
  }
}
