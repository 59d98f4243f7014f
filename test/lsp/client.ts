// A real LSP client for the tests: spawns the bundled dist/server.js with --stdio and
// talks JSON-RPC to it. Tests wait for notifications (diagnostics of a given version),
// never for a fixed time.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification, ConfigurationRequest, RegistrationRequest, ShowMessageNotification, LogMessageNotification, MessageType,
  ShutdownRequest, ExitNotification,
  type ClientCapabilities, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent, type TextEdit, type InitializeResult,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    synchronization: { didSave: true },
  },
};

export interface ClientOptions {
  locale?: string;
  /** answers to workspace/configuration for section "plandoc" */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
}

interface Waiter {
  uri: string;
  version?: number;
  resolve: (d: PublishDiagnosticsParams) => void;
}

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly documents = new Map<string, TextDocument>();
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly messages: string[] = [];
  /** dynamic registrations the server asked for (file watchers, configuration) */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** window/logMessage errors: the server reports failures it survived there */
  readonly loggedErrors: string[] = [];
  stderr = '';
  settings: Record<string, unknown>;
  initializeResult?: InitializeResult;
  private waiters: Waiter[] = [];
  private refreshWaiters: (() => void)[] = [];
  private exited: Promise<number | null>;

  constructor(private readonly options: ClientOptions = {}) {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node scripts/build.mjs\` first`);
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'plandoc' ? this.settings : null)));
    this.connection.onRequest(RegistrationRequest.type, (p) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      const waiting = this.refreshWaiters;
      this.refreshWaiters = [];
      waiting.forEach((resolve) => resolve());
      return null;
    });
    this.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.messages.push(p.message);
      return null;
    });
    this.connection.onNotification(ShowMessageNotification.type, (p) => this.messages.push(p.message));
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      if (p.type === MessageType.Error) this.loggedErrors.push(p.message);
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== params.uri || (w.version !== undefined && params.version !== w.version)) return true;
        w.resolve(params);
        return false;
      });
    });
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: this.options.locale ?? 'zh-cn',
      capabilities: this.options.capabilities ?? CAPABILITIES,
      initializationOptions: { debounceMs: 20, ...this.options.initializationOptions },
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  /** Resolves with the next diagnostics for `uri` (of `version`, when given). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  /** Resolves when the server next asks the client to pull diagnostics again. */
  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  document(uri: string): TextDocument {
    const doc = this.documents.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, text: string, languageId = 'plaintext'): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri, 1);
    await this.openOnly(uri, text, languageId);
    return (await published).diagnostics;
  }

  /** Opens a document without waiting for anything (pull-mode clients get no pushed diagnostics). */
  async openOnly(uri: string, text: string, languageId = 'plaintext'): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends incremental changes (applied locally too) and returns the new version; does not wait. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.document(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies edits (as a client applies a quick fix or formatting) and waits for the re-validation. */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<Diagnostic[]> {
    // sent as one change per edit, last first, so earlier positions stay valid
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    const published = this.nextDiagnostics(uri, this.document(uri).version + 1);
    await this.change(uri, sorted.map((e) => ({ range: e.range, text: e.newText })));
    return (await published).diagnostics;
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async shutdown(): Promise<number | null> {
    if (this.process.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }
}
