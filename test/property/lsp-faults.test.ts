// Fault injection against the bundled language server (dist/server.js --stdio, over real JSON-RPC):
// generated sequences of incremental edits with requests fired concurrently and cancelled at random,
// the .plandocrc.json deleted, corrupted and rewritten and the editor settings changed (to garbage too)
// mid-session, and requests, changes and closes
// for documents that were never opened. The server must never crash or answer with an internal error,
// and after each sequence its diagnostics must equal a fresh parse of the current text under the
// current configuration. Random incremental edits alone are covered by test/lsp/random-edits.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CancellationTokenSource, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
  ResponseError, type Position,
} from 'vscode-languageserver-protocol/node.js';
import { TestClient } from '../lsp/client.js';
import { freshDiagnostics, outsideDocument, simplify } from '../lsp/expected.js';
import { resolveConfig } from '../../server/src/core/linter.js';
import { MARKER_FAMILIES } from '../../server/src/core/model/types.js';
import { clearConfigCache, loadConfigForFile } from '../../server/src/config/load.js';
import { normalizeSettings, settingsAsUserConfig } from '../../server/src/lsp/settings.js';
import type { ResolvedConfig, UserConfig } from '../../server/src/core/config/types.js';
import { FUZZING, SEED, TIMEOUT } from './runs.js';
import { planArbitrary, render } from './generators.js';

/** Sequences per run: LSP cases are slow (a process round trip each), so they have their own budget. */
const SEQUENCES = Number(process.env.LSP_FAULT_RUNS ?? (FUZZING ? 300 : 25));

/** Answers a cancelled or outdated request may get instead of a result: never an internal error. */
const CANCELLED_CODES = new Set([-32800 /* RequestCancelled */, -32802 /* ServerCancelled */, -32801 /* ContentModified */]);

const SNIPPETS = ['三、', '（二）', '1.', '2、', '（1）', '①', '3[', '\n', '\r\n', '\r', '三月份：', '第一条', '😀', '\uD800', '\uFFFD', '\u0000', '　', '，', '、', '）', ''];

type Action =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'request'; method: number; at: number; cancel: 'never' | 'now' | 'after-next' }
  | { kind: 'config'; change: 'delete' | 'corrupt' | 'valid' | 'invalid-rule' | 'directory'; notify: boolean }
  | { kind: 'unopened'; method: number }
  | { kind: 'close-reopen' }
  | { kind: 'settings'; settings: Record<string, unknown> };

/** Editor settings as a confused user or client may send them: valid values, unknown rules, wrong types. */
const garbage = fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 4 }), fc.constant([]), fc.constant({}));
const settings: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    profile: fc.oneof(fc.constantFrom('common', 'gbt9704'), garbage),
    rules: fc.oneof(
      fc.dictionary(
        fc.constantFrom('numbering-sequence', 'marker-width', 'marker-punctuation', 'heading-hierarchy', 'month-style', 'no-such-rule'),
        fc.oneof(fc.constantFrom('off', 'info', 'warning', 'error'), fc.constant(['error', {}]), garbage),
      ),
      garbage,
    ),
    levels: fc.oneof(fc.shuffledSubarray([...MARKER_FAMILIES], { minLength: 1 }), fc.constant(['roman']), garbage),
    locale: fc.oneof(fc.constantFrom('zh', 'en'), garbage),
  },
  { requiredKeys: [] },
);

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...SNIPPETS) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('request' as const), method: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }), cancel: fc.constantFrom('never' as const, 'now' as const, 'after-next' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('config' as const), change: fc.constantFrom('delete' as const, 'corrupt' as const, 'valid' as const, 'invalid-rule' as const, 'directory' as const), notify: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unopened' as const), method: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'close-reopen' as const }) },
  { weight: 1, arbitrary: settings.map((value) => ({ kind: 'settings' as const, settings: value })) },
);

/** The config files a sequence writes, and the configuration each means for the document. */
const VALID_CONFIGS: UserConfig[] = [
  { rules: { 'numbering-sequence': 'off' } },
  { profile: 'gbt9704' },
  { rules: { 'marker-punctuation': ['error'], 'month-style': 'off' } },
  { profile: 'gbt9704', rules: { 'heading-hierarchy': 'off', 'marker-width': 'info' } },
];

describe('language server under faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-faults-'));
  const rc = join(dir, '.plandocrc.json');
  const rcUri = pathToFileURL(rc).href;
  const client = new TestClient({ initializationOptions: { debounceMs: 5 } });

  /**
   * The configuration the document must be checked with: the editor settings the client now answers,
   * under the config file as it now is on disk (a broken file leaves the settings alone).
   */
  function expectedConfig(filePath: string): { config: ResolvedConfig; locale: 'zh' | 'en' } {
    clearConfigCache();
    const normalized = normalizeSettings(client.settings);
    const user = settingsAsUserConfig(normalized);
    let config: ResolvedConfig;
    try {
      config = loadConfigForFile(filePath, user).config;
    } catch {
      config = resolveConfig(user ?? {}, () => false);
    }
    return { config, locale: normalized.locale ?? 'zh' };
  }

  beforeAll(() => client.initialize());
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  const requests = (uri: string, position: Position) => {
    const textDocument = { uri };
    const range = { start: { line: 0, character: 0 }, end: position };
    return [
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }],
      ['textDocument/codeAction', { textDocument, range, context: { diagnostics: [], only: ['source.fixAll'] } }],
      ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/rangeFormatting', { textDocument, range, options: { tabSize: 2, insertSpaces: true } }],
      ['textDocument/diagnostic', { textDocument }],
      ['plandoc/timeline', { textDocument }],
    ] as const;
  };

  function writeConfig(change: Extract<Action, { kind: 'config' }>['change'], pick: number): void {
    rmSync(rc, { force: true, recursive: true });
    if (change === 'delete') return;
    // a folder where the file should be: reading it fails with EISDIR
    if (change === 'directory') mkdirSync(rc);
    // a save caught half-way: broken JSON; the server reports it and goes on with the editor settings
    else if (change === 'corrupt') writeFileSync(rc, '{ "rules": { "numbering-sequence": "of');
    else if (change === 'invalid-rule') writeFileSync(rc, JSON.stringify({ rules: { 'no-such-rule': 'error' } }));
    else writeFileSync(rc, JSON.stringify(VALID_CONFIGS[pick % VALID_CONFIGS.length]));
  }

  it(`${SEQUENCES} sequences of edits, cancelled requests, config faults and unopened documents`, async () => {
    let sequence = 0;
    await fc.assert(
      fc.asyncProperty(planArbitrary('common'), fc.array(action, { minLength: 1, maxLength: 25 }), fc.nat(), async (plan, actions, pick) => {
        const uri = pathToFileURL(join(dir, `plan-${sequence++}.txt`)).href;
        const pending: Promise<string | undefined>[] = [];
        let cancelAfterNext: CancellationTokenSource[] = [];
        await client.open(uri, render(plan).text);
        const doc = () => client.document(uri);
        const positionAt = (fraction: number) => doc().positionAt(Math.floor(fraction * doc().getText().length));
        /** Fires a request without waiting; its promise resolves to a failure description, or undefined. */
        const send = (method: string, params: object, source?: CancellationTokenSource) => {
          const request = source ? client.connection.sendRequest(method, params, source.token) : client.connection.sendRequest(method, params);
          pending.push(request.then(
            () => undefined,
            (error: unknown) => {
              // a cancelled request may be refused; anything else is a server failure
              if (error instanceof ResponseError && CANCELLED_CODES.has(error.code) && source?.token.isCancellationRequested) return undefined;
              return `${method} ${JSON.stringify(params)} failed: ${error instanceof Error ? error.message : String(error)}`;
            },
          ));
        };

        for (const a of actions) {
          if (a.kind === 'insert' || a.kind === 'delete') {
            const start = positionAt(a.at);
            const offset = doc().offsetAt(start);
            const end = a.kind === 'delete' ? doc().positionAt(Math.min(doc().getText().length, offset + a.length)) : start;
            await client.change(uri, [{ range: { start, end }, text: a.kind === 'insert' ? a.text : '' }]);
            for (const source of cancelAfterNext) source.cancel();
            cancelAfterNext = [];
          } else if (a.kind === 'request') {
            const list = requests(uri, positionAt(a.at));
            const [method, params] = list[a.method % list.length]!;
            const source = a.cancel === 'never' ? undefined : new CancellationTokenSource();
            send(method, params, source);
            if (a.cancel === 'now') source!.cancel();
            else if (source) cancelAfterNext.push(source);
          } else if (a.kind === 'config') {
            writeConfig(a.change, pick);
            // an editor may miss the change (no notification): the final notification below catches up
            if (a.notify) await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rcUri, type: 2 }] });
          } else if (a.kind === 'unopened') {
            const ghost = pathToFileURL(join(dir, `never-opened-${a.method}.txt`)).href;
            const list = requests(a.method % 2 ? ghost : 'untitled:never-opened', { line: 3, character: 2 });
            const [method, params] = list[a.method % list.length]!;
            send(method, params);
            // changes and closes for a document the client never opened: a misbehaving client
            await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: ghost, version: 7 }, contentChanges: [{ text: '一、甲\n三、乙' }] });
            await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: ghost } });
          } else if (a.kind === 'settings') {
            client.settings = a.settings;
            await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
          } else {
            const text = doc().getText();
            await client.close(uri);
            await client.open(uri, text);
          }
        }

        // the editor reports the config file's latest state, then one more keystroke: its diagnostics
        // must be those of a fresh parse of the text under the configuration the file now holds
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: rcUri, type: 2 }] });
        const version = doc().version + 1;
        const published = client.nextDiagnostics(uri, version);
        await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '　' }]);
        for (const source of cancelAfterNext) source.cancel();
        const { diagnostics } = await published;
        const text = doc().getText();
        expect(outsideDocument(diagnostics, text)).toEqual([]);
        const { config, locale } = expectedConfig(fileURLToPath(uri));
        expect(diagnostics.map(simplify)).toEqual(freshDiagnostics(text, locale, config));
        expect((await Promise.all(pending)).filter(Boolean)).toEqual([]);
        await client.close(uri);
        expect(client.process.exitCode).toBeNull();
      }),
      { numRuns: SEQUENCES, seed: SEED, endOnFailure: true },
    );
    expect(client.stderr).toBe('');
  }, FUZZING ? TIMEOUT : 120_000);
});
