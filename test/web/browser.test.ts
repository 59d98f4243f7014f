// The browser build in real Chromium: dist/web/server.js runs in a Web Worker, is spoken to in LSP over
// postMessage (as vscode-languageclient/browser does), and serves the seed the CLI's diagnostics; config files
// arrive from the client (initializationOptions, then plandoc/configFiles), as vscode.workspace.fs reads them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../cli/helpers.js';

const CHROMIUM = process.env.PLANDOC_CHROMIUM ?? '/usr/bin/chromium';
const SERVER = join(REPO, 'dist/web/server.js');
const CLIENT = join(REPO, 'dist/web/client.js');
const SEED_FILE = join(REPO, 'test/fixtures/seed.txt');
const SEED = readFileSync(SEED_FILE, 'utf8');
const ROOT = 'vscode-test-web://mount';

const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}: run scripts/setup-e2e.sh`);
if (missing) console.warn(`test/web skipped: no Chromium at ${CHROMIUM} (sudo bash scripts/setup-e2e.sh installs it)`);

interface Message { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown }
interface Diagnostic { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string }

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info' };

/** What the test adds to the page: the way to the worker and back. */
interface PageGlobals {
  __fromServer: (m: unknown) => void;
  __toServer: (m: unknown) => void;
}

/** One worker running dist/web/server.js in a page; messages from it are delivered here as they come. */
class WorkerServer {
  private nextId = 1;
  private readonly waiting: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly received: Message[] = [];

  private constructor(private readonly page: Page) {}

  static async start(browser: Browser): Promise<WorkerServer> {
    const page = await browser.newPage();
    const server = new WorkerServer(page);
    page.on('pageerror', (e) => server.received.push({ method: 'pageerror', params: String(e) }));
    await page.exposeFunction('__fromServer', (m: Message) => server.deliver(m));
    await page.evaluate((source) => {
      // runs in the page (the project's type check has no DOM library: its globals are typed here)
      interface WorkerLike { onmessage: (e: { data: unknown }) => void; onerror: (e: { message: string }) => void; postMessage(m: unknown): void }
      const page = globalThis as unknown as PageGlobals & {
        Worker: new (url: string) => WorkerLike;
        Blob: new (parts: string[], options: { type: string }) => unknown;
        URL: { createObjectURL(blob: unknown): string };
      };
      const worker = new page.Worker(page.URL.createObjectURL(new page.Blob([source], { type: 'text/javascript' })));
      worker.onmessage = (e) => page.__fromServer(e.data);
      worker.onerror = (e) => page.__fromServer({ method: 'workererror', params: e.message });
      page.__toServer = (m) => worker.postMessage(m);
    }, readFileSync(SERVER, 'utf8'));
    return server;
  }

  private deliver(m: Message): void {
    this.received.push(m);
    // the server's own requests (registerCapability, workDoneProgress …) get an empty answer
    if (m.id !== undefined && m.method) void this.post({ jsonrpc: '2.0', id: m.id, result: null });
    const i = this.waiting.findIndex((w) => w.match(m));
    if (i >= 0) this.waiting.splice(i, 1)[0]!.resolve(m);
  }

  private post(m: unknown): Promise<void> {
    return this.page.evaluate((msg) => (globalThis as unknown as PageGlobals).__toServer(msg), m);
  }

  /** The first message (already received or still to come) that matches. */
  next(match: (m: Message) => boolean, from = 0): Promise<Message> {
    const seen = this.received.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiting.push({ match, resolve }));
  }

  async request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    const answer = this.next((m) => m.id === id && !m.method);
    await this.post({ jsonrpc: '2.0', id, method, params });
    return answer;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.post({ jsonrpc: '2.0', method, params });
  }

  /** The next publishDiagnostics for `uri` after the messages received so far. */
  diagnosticsAfter(uri: string, from: number): Promise<Diagnostic[]> {
    return this.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri, from)
      .then((m) => (m.params as { diagnostics: Diagnostic[] }).diagnostics);
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** The names the 'vscode' module exports, from its type declarations. */
function vscodeApiNames(): string[] {
  const types = readFileSync(join(REPO, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  return [...new Set([...types.matchAll(/^\s*export (?:class|enum|namespace|function|const|let|var) (\w+)/gm)].map((m) => m[1]!))];
}

/** A diagnostic in the CLI's JSON shape (1-based lines and columns). */
function asCliProblem(d: Diagnostic) {
  return { rule: d.code, severity: SEVERITY[d.severity], line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1, message: d.message };
}

async function cliProblems(args: string[]): Promise<unknown[]> {
  // a Chinese document gets Chinese messages from the server, whatever the client's UI language
  const r = await runCli(['lint', SEED_FILE, '--format', 'json', '--locale', 'zh', ...args]);
  const [report] = JSON.parse(r.stdout) as { problems: Record<string, unknown>[] }[];
  // diagnostics carry no edits: those come with the code actions
  return report!.problems.map(({ fixable: _f, fix: _fix, suggestions: _s, ...p }) => p);
}

describe.skipIf(missing)('the browser build in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function initialised(configFiles: { uri: string; text: string }[]): Promise<WorkerServer> {
    const server = await WorkerServer.start(browser);
    const init = await server.request('initialize', {
      processId: null, rootUri: ROOT, locale: 'en', capabilities: { textDocument: { publishDiagnostics: {} } },
      initializationOptions: { configFiles, debounceMs: 0 },
    });
    expect(init.error).toBeUndefined();
    expect((init.result as { capabilities: { textDocumentSync: unknown } }).capabilities.textDocumentSync).toBeDefined();
    await server.notify('initialized', {});
    return server;
  }

  it('serves the seed the same diagnostics as plandoc lint --format json', async () => {
    const server = await initialised([]);
    const uri = `${ROOT}/seed.txt`;
    const from = server.received.length;
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: SEED } });
    const diagnostics = await server.diagnosticsAfter(uri, from);
    const expected = await cliProblems(['--no-config']);
    expect(expected.length).toBeGreaterThan(5);
    expect(diagnostics.map(asCliProblem)).toEqual(expected);
    expect(server.received.filter((m) => m.method === 'pageerror' || m.method === 'workererror')).toEqual([]);

    // the other features answer too: outline and the timeline request
    const symbols = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    expect((symbols.result as unknown[]).length).toBeGreaterThan(0);
    const timeline = await server.request('plandoc/timeline', { textDocument: { uri } });
    expect(timeline.error).toBeUndefined();
    await server.close();
  });

  it('applies the config files the client sends, and re-checks when they change', async () => {
    const config = (rules: Record<string, string>) => ({ uri: `${ROOT}/.plandocrc.json`, text: JSON.stringify({ rules }) });
    const server = await initialised([config({ 'marker-punctuation': 'off' }), { uri: `${ROOT}/package.json`, text: '{"name":"docs"}' }]);
    const uri = `${ROOT}/%E5%88%B6%E5%BA%A6/seed.txt`; // 制度/seed.txt, as vscode.Uri.toString() writes it
    let from = server.received.length;
    await server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: SEED } });
    const first = (await server.diagnosticsAfter(uri, from)).map(asCliProblem);
    expect(first).toEqual(await cliProblems(['--no-config', '--rule', 'marker-punctuation=off']));
    expect(first.some((p) => p.rule === 'marker-punctuation')).toBe(false);

    // the user edits .plandocrc.json: an override for 制度/** now turns numbering-restart off instead
    from = server.received.length;
    const changed = { uri: `${ROOT}/.plandocrc.json`, text: JSON.stringify({ overrides: [{ files: '制度/**', rules: { 'numbering-restart': 'off' } }] }) };
    await server.notify('plandoc/configFiles', { files: [changed] });
    const second = (await server.diagnosticsAfter(uri, from)).map(asCliProblem);
    expect(second).toEqual(await cliProblems(['--no-config', '--rule', 'numbering-restart=off']));
    expect(second.some((p) => p.rule === 'marker-punctuation')).toBe(true);

    // a broken config file is reported on that file, and checking goes on with the editor settings
    from = server.received.length;
    await server.notify('plandoc/configFiles', { files: [{ uri: `${ROOT}/.plandocrc.json`, text: '{\n  "rules": { "numbering-sequence": "loud" }\n}' }] });
    const onConfig = await server.diagnosticsAfter(`${ROOT}/.plandocrc.json`, from);
    expect(onConfig[0]!.range.start.line).toBe(1);
    expect(onConfig[0]!.message).toContain('numbering-sequence');
    expect((await server.diagnosticsAfter(uri, from)).map(asCliProblem)).toEqual(await cliProblems(['--no-config']));
    await server.close();
  });

  it('the client bundle loads in a browser worker (as the web extension host runs it) and exports activate', async () => {
    const page = await browser.newPage();
    try {
      const exported = await page.evaluate(({ source, names }) => new Promise<string[]>((resolve, reject) => {
        // a stand-in for the 'vscode' module, enough for the bundle's top level: the API's names (esbuild copies
        // a module's own keys), each allowing any property, call or subclass
        const prelude = `
          const stub = () => new Proxy(function () {}, {
            get: (_t, key) => (key === 'then' ? undefined : key === 'prototype' ? {} : stub()),
            apply: () => stub(), construct: () => stub(),
          });
          const vscode = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, stub()]));
          const module = { exports: {} };
          const require = (id) => { if (id !== 'vscode') throw new Error('the web client requires ' + id); return vscode; };
        `;
        const run = `try { ${prelude}\n${source}\n; postMessage({ keys: Object.keys(module.exports) }); } catch (e) { postMessage({ error: String(e && e.stack || e) }); }`;
        const page = globalThis as unknown as { Worker: new (url: string) => { onmessage: (e: { data: { keys?: string[]; error?: string } }) => void }; Blob: new (parts: string[], o: { type: string }) => unknown; URL: { createObjectURL(b: unknown): string } };
        const worker = new page.Worker(page.URL.createObjectURL(new page.Blob([run], { type: 'text/javascript' })));
        worker.onmessage = (e) => (e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.keys!));
      }), { source: readFileSync(CLIENT, 'utf8'), names: vscodeApiNames() });
      expect(exported.sort()).toEqual(['activate', 'deactivate']);
    } finally {
      await page.close();
    }
  });

  it('the bundles need nothing from Node: the client requires only vscode', () => {
    const client = readFileSync(CLIENT, 'utf8');
    expect([...new Set(client.match(/require\("[^"]+"\)/g))]).toEqual(['require("vscode")']);
    expect(readFileSync(SERVER, 'utf8')).not.toMatch(/require\("|from"node:|import\("node:/);
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { browser: string; capabilities: { virtualWorkspaces: { supported: unknown }; untrustedWorkspaces: { supported: unknown } } };
    expect(pkg.browser).toBe('./dist/web/client.js');
    // the desktop extension checks file: documents only (client/src/validation.ts), so virtual workspaces are limited there
    expect(pkg.capabilities.virtualWorkspaces.supported).toBe('limited');
    expect(pkg.capabilities.untrustedWorkspaces.supported).toBe('limited'); // Restricted Mode: test/client/manifest.test.ts
  });
});
