// The extension's handle on the language server, available from the first
// millisecond of activation. The heavy part (vscode-languageclient and the
// protocol package) is loaded afterwards by ./languageClient.ts, so
// activation stays fast; until then the handle simply has no synced documents.
import * as vscode from 'vscode';
import type { TimelineResult } from '../../server/src/protocol.js';

/** What ./languageClient.ts provides once loaded. */
export interface ClientBackend {
  isRunning(): boolean;
  openOnServer(document: vscode.TextDocument): void;
  closeOnServer(document: vscode.TextDocument): void;
  requestTimeline(uri: vscode.Uri): Promise<TimelineResult | null>;
  /** the server reads files from disk ("Lint Workspace"; not the browser server) */
  canLintWorkspace(): boolean;
  workspacePlanFiles(folders: vscode.Uri[]): Promise<vscode.Uri[]>;
  /** the diagnostics of the files that are plans, read from disk */
  lintFiles(files: vscode.Uri[], token: vscode.CancellationToken): Promise<[vscode.Uri, vscode.Diagnostic[]][]>;
  stop(): Promise<void>;
}

export class PlanClient {
  /** documents currently synced to the server (uri string → document) */
  readonly synced = new Map<string, vscode.TextDocument>();
  private readonly syncEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** fires with the document whenever it becomes synced or unsynced */
  readonly onDidChangeSync = this.syncEmitter.event;
  backend: ClientBackend | undefined;

  /** @param languages language ids (or '*') the document selector is built from */
  constructor(
    readonly languages: Set<string>,
    private readonly shouldValidate: (document: vscode.TextDocument) => boolean,
  ) {}

  isSynced(document: vscode.TextDocument | vscode.Uri): boolean {
    return this.synced.has(('uri' in document ? document.uri : document).toString());
  }

  markSynced(document: vscode.TextDocument, synced: boolean): void {
    if (synced) this.synced.set(document.uri.toString(), document);
    else this.synced.delete(document.uri.toString());
    this.syncEmitter.fire(document);
  }

  isRunning(): boolean {
    return this.backend?.isRunning() ?? false;
  }

  async requestTimeline(uri: vscode.Uri): Promise<TimelineResult | null> {
    if (!this.backend?.isRunning() || !this.isSynced(uri)) return null;
    return this.backend.requestTimeline(uri);
  }

  /** Re-evaluates every open document against the policy: opens or closes it on the server. */
  reconcile(): void {
    const backend = this.backend;
    if (!backend?.isRunning()) return;
    for (const document of [...this.synced.values()]) {
      if (!this.shouldValidate(document)) backend.closeOnServer(document);
    }
    for (const document of vscode.workspace.textDocuments) {
      if (!this.isSynced(document) && this.shouldValidate(document)) backend.openOnServer(document);
    }
  }

  /** Re-checks one not-yet-synced document (after edits). */
  recheck(document: vscode.TextDocument): void {
    if (!this.backend?.isRunning() || this.isSynced(document) || document.isClosed) return;
    if (this.shouldValidate(document)) this.backend.openOnServer(document);
  }

  dispose(): void {
    this.syncEmitter.dispose();
  }
}

export function selectorLanguages(): Set<string> {
  return new Set(['plandoc', 'plaintext', 'markdown', ...vscode.workspace.getConfiguration('plandoc').get<string[]>('validate', [])]);
}
