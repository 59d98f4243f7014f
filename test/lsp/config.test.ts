// Settings from workspace/configuration, .plandocrc files, watched-file re-validation,
// broken config files, validated languages, onSave mode and pull diagnostics.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DidSaveTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient, CAPABILITIES } from './client.js';
import { freshDiagnostics, simplify } from './expected.js';

// （一）、 is a marker-punctuation problem (GB/T 15834: no 、 after brackets), 一、 二、 四、 is a numbering gap
const TEXT = '一、总则\n二、目标\n四、措施\n（一）、第一项\n（二）、第二项\n';
const PULL_CAPABILITIES = {
  ...CAPABILITIES,
  textDocument: { ...CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } },
  workspace: { ...CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
};
const codes = (ds: Diagnostic[]) => [...new Set(ds.map((d) => String(d.code)))].sort();

describe('configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-lsp-'));
  const file = join(dir, 'plan.txt');
  const uri = pathToFileURL(file).href;
  const rc = join(dir, '.plandocrc.json');
  const client = new TestClient({ settings: { rules: { 'numbering-sequence': 'off' } } });

  beforeAll(async () => {
    writeFileSync(file, TEXT);
    await client.initialize();
  });
  afterAll(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test('editor settings switch rules off', async () => {
    const ds = await client.open(uri, TEXT);
    // the server asked to be told about config files and settings changes
    const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    expect((watched?.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((w) => w.globPattern))
      .toEqual(expect.arrayContaining(['**/.plandocrc.json', '**/.plandocrc.jsonc', '**/package.json']));
    expect(client.registrations.map((r) => r.method)).toContain('workspace/didChangeConfiguration');
    expect(codes(ds)).toContain('marker-punctuation');
    expect(codes(ds)).not.toContain('numbering-sequence');
  });

  test('changed settings re-validate open documents', async () => {
    client.settings = { rules: { 'marker-punctuation': 'error' } };
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const ds = (await published).diagnostics;
    expect(codes(ds)).toEqual(expect.arrayContaining(['marker-punctuation', 'numbering-sequence']));
    expect(ds.filter((d) => d.code === 'marker-punctuation').every((d) => d.severity === 1)).toBe(true);
  });

  test('a .plandocrc.json beside the file wins over settings, and edits to it re-validate', async () => {
    writeFileSync(rc, JSON.stringify({ rules: { 'marker-punctuation': 'off' } }));
    let published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 1 }] });
    let ds = (await published).diagnostics;
    expect(codes(ds)).toEqual(['numbering-sequence']);

    writeFileSync(rc, JSON.stringify({ rules: { 'numbering-sequence': 'off' } }) + '\n');
    published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    ds = (await published).diagnostics;
    expect(codes(ds)).toEqual(['marker-punctuation']);
  });

  test('a broken config file is reported (file, line, key) and checking goes on with the settings', async () => {
    writeFileSync(rc, '{\n  "rules": {\n    "no-such-rule": "warning"\n  }\n}\n');
    const rcDiagnostics = client.nextDiagnostics(pathToFileURL(rc).href);
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 2 }] });
    const ds = (await published).diagnostics;
    expect(codes(ds)).toEqual(expect.arrayContaining(['marker-punctuation', 'numbering-sequence']));
    const onRc = (await rcDiagnostics).diagnostics;
    expect(onRc).toHaveLength(1);
    expect(onRc[0]!.range.start.line).toBe(2);
    expect(onRc[0]!.message).toContain('no-such-rule');
    expect(client.messages.some((m) => m.includes(rc) && m.includes('no-such-rule'))).toBe(true);
    rmSync(rc);
  });

  test('files matched by the config file\'s ignores get no diagnostics', async () => {
    writeFileSync(rc, JSON.stringify({ ignores: ['drafts/**'] }));
    mkdirSync(join(dir, 'drafts'), { recursive: true });
    const draft = pathToFileURL(join(dir, 'drafts', 'old.txt')).href;
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rc).href, type: 1 }] });
    expect((await published).diagnostics.length).toBeGreaterThan(0); // plan.txt is not ignored
    expect(await client.open(draft, TEXT)).toEqual([]);
    rmSync(rc);
  });

  test('languages outside plandoc.validate get no diagnostics, and "*" validates them', async () => {
    const other = 'untitled:notes.json';
    expect(await client.open(other, TEXT, 'json')).toEqual([]);
    client.settings = { validate: ['*'] };
    const published = client.nextDiagnostics(other);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect((await published).diagnostics.map(simplify)).toEqual(freshDiagnostics(TEXT));
  });
});

describe('run: onSave', () => {
  const client = new TestClient({ settings: { run: 'onSave' } });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  test('typing does not validate; saving does', async () => {
    const uri = 'untitled:on-save';
    const opened = await client.open(uri, '一、甲\n二、乙\n');
    expect(opened).toEqual([]);
    const typed = await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '四、丁\n' }]);
    const typedAgain = await client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '五、戊\n' }]);
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const saved = await published;
    // the first diagnostics after the open are the save's, for the version saved
    expect(saved.version).toBe(typedAgain);
    expect(typed).toBeLessThan(typedAgain);
    expect(saved.diagnostics.map(simplify)).toEqual(freshDiagnostics(client.document(uri).getText()));
    expect(saved.diagnostics.length).toBeGreaterThan(0);
  });
});

describe('pull diagnostics (textDocument/diagnostic)', () => {
  const client = new TestClient({ capabilities: PULL_CAPABILITIES });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  test('the server offers pull diagnostics, serves them, and reports "unchanged" for the same version', async () => {
    expect(client.initializeResult!.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false, workspaceDiagnostics: false });
    const uri = 'untitled:pull';
    const pushed: string[] = [];
    client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => pushed.push(p.uri));
    await client.openOnly(uri, TEXT);
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; resultId: string; items: Diagnostic[] };
    expect(report.kind).toBe('full');
    expect(report.items.map(simplify)).toEqual(freshDiagnostics(TEXT));
    const again = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: report.resultId })) as { kind: string };
    expect(again.kind).toBe('unchanged');
    expect(pushed).not.toContain(uri);
  });

  test('a pull that overtakes its didOpen is answered empty, and the open asks the client to pull again', async () => {
    const uri = 'untitled:pull-before-open';
    const early = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    expect(early.items).toEqual([]);
    const refreshed = client.nextRefresh();
    await client.openOnly(uri, TEXT);
    await refreshed;
    const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    expect(report.items.map(simplify)).toEqual(freshDiagnostics(TEXT));
  });

  test('a document opened again without a close (a language switch announced first) asks the client to pull again', async () => {
    const uri = 'untitled:reopened';
    await client.openOnly(uri, TEXT, 'plaintext');
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    const refreshed = client.nextRefresh();
    await client.openOnly(uri, TEXT, 'plandoc');
    await refreshed;
  });

  test('a new version with the same problems is "unchanged"; one that changes them is a full report', async () => {
    const uri = 'untitled:pull-typing';
    await client.openOnly(uri, TEXT);
    const pull = (previousResultId?: string) =>
      client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }) as Promise<{ kind: string; resultId: string; items?: Diagnostic[] }>;
    const first = await pull();
    // typing at the end of 一、总则 moves no problem
    await client.change(uri, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 4 } }, text: '要求' }]);
    expect((await pull(first.resultId)).kind).toBe('unchanged');
    // typing before （一）、's comma moves that problem two columns: everything again
    await client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '　　' }]);
    const moved = await pull(first.resultId);
    expect(moved.kind).toBe('full');
    expect(moved.items!.map(simplify)).toEqual(freshDiagnostics(client.document(uri).getText()));
    expect(moved.resultId).not.toBe(first.resultId);
  });
});

describe('clients without workspace/configuration (settings pushed)', () => {
  const client = new TestClient({
    capabilities: { textDocument: CAPABILITIES.textDocument },
    initializationOptions: { plandoc: { rules: { 'marker-punctuation': 'off' } } },
  });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  test('initializationOptions and didChangeConfiguration settings apply', async () => {
    const uri = 'untitled:pushed';
    expect(codes(await client.open(uri, TEXT))).toEqual(['numbering-sequence']);
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { plandoc: { rules: { 'numbering-sequence': 'off' } } } });
    expect(codes((await published).diagnostics)).toEqual(['marker-punctuation']);
  });
});

describe('pull diagnostics with run: onSave', () => {
  const client = new TestClient({
    settings: { run: 'onSave' },
    capabilities: PULL_CAPABILITIES,
  });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  const pull = (uri: string) => client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as Promise<{ items: Diagnostic[] }>;

  test('pulls show the saved version until the next save, which asks the client to pull again', async () => {
    const uri = 'untitled:pull-on-save';
    await client.openOnly(uri, '一、甲\n二、乙\n');
    expect((await pull(uri)).items).toEqual([]);
    await client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '四、丁\n' }]);
    expect((await pull(uri)).items).toEqual([]); // typing does not count until saved
    const refreshed = client.nextRefresh();
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    await refreshed;
    const items = (await pull(uri)).items;
    expect(items.map(simplify)).toEqual(freshDiagnostics(client.document(uri).getText()));
    expect(items.length).toBeGreaterThan(0);
  });
});

describe('clients without hierarchical document symbols', () => {
  const client = new TestClient({ capabilities: { ...CAPABILITIES, textDocument: { ...CAPABILITIES.textDocument, documentSymbol: {} } } });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  test('a client without hierarchical symbols gets a flat list naming each container', async () => {
    const uri = 'untitled:flat';
    await client.open(uri, '一、总则\n（一）目的\n（二）范围\n二、措施\n');
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as { name: string; containerName?: string }[];
    expect(symbols.map((s) => [s.name, s.containerName])).toEqual([
      ['一、总则', undefined], ['（一）目的', '一、总则'], ['（二）范围', '一、总则'], ['二、措施', undefined],
    ]);
  });
});
