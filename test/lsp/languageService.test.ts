// The language service in-process, with in-memory documents and a workspace of our own: each feature is a function
// of a document (in the style of vscode-markdown-languageservice's src/test/folding.test.ts). The same features over
// real JSON-RPC are in server.test.ts; this file pins down what the service decides on its own.
import { describe, expect, it } from 'vitest';
import type { CancellationToken, DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from '../../server/src/core/config/resolve.js';
import type { DocumentConfig } from '../../server/src/lsp/configResolver.js';
import { createLanguageService, MAX_DOCUMENT_CHARS, type PlanWorkspace } from '../../server/src/lsp/languageService.js';
import { normalizeSettings, settingsAsUserConfig } from '../../server/src/lsp/settings.js';

function workspace(raw?: unknown, overrides: Partial<PlanWorkspace> = {}): PlanWorkspace & { asked: string[] } {
  const settings = normalizeSettings(raw);
  const config: DocumentConfig = { settings, config: resolveConfig(settingsAsUserConfig(settings) ?? {}, () => false), sources: [], ignored: false, generation: 0 };
  const asked: string[] = [];
  return {
    asked,
    configFor: async (uri) => {
      asked.push(uri);
      return config;
    },
    clientLocale: () => 'en',
    hierarchicalSymbols: () => true,
    throwIfCancelled: (token) => {
      if (token?.isCancellationRequested) throw new Error('cancelled');
    },
    ...overrides,
  };
}

const PLAN = '2024年工作计划\n一、工作目标\n（一）完善制度\n（二）加强宣传\n二、保障措施\n1.加强领导\n3.落实经费\n三月份：\n开展活动\n';
const doc = (text: string, languageId = 'plaintext', uri = 'untitled:plan.txt') => TextDocument.create(uri, languageId, 1, text);

describe('language service', () => {
  it('outlines a plan: 一、 over （一）, a Chinese document named in Chinese', async () => {
    const service = createLanguageService(workspace());
    const symbols = (await service.documentSymbols(doc(PLAN))) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(expect.arrayContaining(['一、工作目标', '二、保障措施']));
    const first = symbols.find((s) => s.name === '一、工作目标')!;
    expect(first.children!.map((c) => c.name)).toEqual(['（一）完善制度', '（二）加强宣传']);
  });

  it('gives a flat list to a client without nested symbols', async () => {
    const service = createLanguageService(workspace(undefined, { hierarchicalSymbols: () => false }));
    const symbols = (await service.documentSymbols(doc(PLAN))) as { name: string; containerName?: string }[];
    expect(symbols.find((s) => s.name === '（一）完善制度')?.containerName).toBe('一、工作目标');
  });

  it('offers the renumbering of a list and fixes the gap 1. 3. by formatting', async () => {
    const service = createLanguageService(workspace());
    const document = doc(PLAN);
    const line = 6; // 3.落实经费
    const actions = await service.codeActions(document, { textDocument: { uri: document.uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } }, context: { diagnostics: [] } });
    const renumber = actions!.find((a) => a.kind === 'refactor.rewrite.plandoc.renumber');
    expect(renumber?.edit?.changes?.[document.uri]).toEqual([{ range: { start: { line, character: 0 }, end: { line, character: 2 } }, newText: '2.' }]);
    const edits = await service.formatting(document);
    expect(TextDocument.applyEdits(document, edits!)).toContain('\n2.落实经费\n');
  });

  it('folds sections and completes the next item and the next month', async () => {
    const service = createLanguageService(workspace());
    const document = doc(PLAN + '（');
    expect((await service.foldingRanges(document))!.some((r) => r.startLine === 1)).toBe(true);
    const items = await service.completions(document, { line: 9, character: 1 });
    expect(items!.map((i) => i.label)).toEqual(expect.arrayContaining(['三、', '四月份：']));
  });

  it('reads the months of a plan for the timeline, counting a BOM on line 0', async () => {
    const service = createLanguageService(workspace());
    const months = '三月份：\n开展活动\n四月份：\n总结\n';
    const plain = await service.timeline(doc(months));
    const withBom = await service.timeline(doc('\uFEFF' + months, 'plaintext', 'untitled:bom.txt'));
    const first = (r: typeof plain) => r!.scopes[0]!.entries[0]!;
    expect(first(plain).line).toBe(0);
    expect(first(withBom).start).toBe(first(plain).start + 1);
  });

  it('leaves alone what it does not check: other languages, ignored files, documents over the size limit', async () => {
    const service = createLanguageService(workspace());
    expect(await service.documentSymbols(doc(PLAN, 'python'))).toBeNull();
    expect(await service.analysis(doc('一'.repeat(MAX_DOCUMENT_CHARS + 1)))).toBeNull();
    const ignoring = workspace();
    const ignored = createLanguageService({ ...ignoring, configFor: async (uri) => ({ ...(await ignoring.configFor(uri)), ignored: true }) });
    expect(await ignored.analysis(doc(PLAN))).toBeNull();
    expect(await ignored.codeActions(doc(PLAN), { textDocument: { uri: 'untitled:plan.txt' }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).toBeNull();
  });

  it('speaks Chinese to a Chinese document whatever the client\'s language, and plandoc.locale overrides', async () => {
    const service = createLanguageService(workspace());
    expect(service.localeFor(undefined, PLAN)).toBe('zh');
    expect(service.localeFor(undefined, 'Shopping list\n1. milk\n')).toBe('en');
    const english = createLanguageService(workspace({ locale: 'en' }));
    const a = await english.analysis(doc(PLAN));
    expect(english.localeFor(a!.config, PLAN)).toBe('en');
  });

  it('parses once per version for every feature, and stops a request cancelled while it waited for the settings', async () => {
    const service = createLanguageService(workspace());
    const document = doc(PLAN);
    await service.documentSymbols(document);
    await service.foldingRanges(document);
    await service.hover(document, { line: 1, character: 0 });
    await service.codeActions(document, { textDocument: { uri: document.uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } });
    expect(service.cache.parseCount).toBe(1);
    const cancelled = { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) } as unknown as CancellationToken;
    await expect(service.hover(document, { line: 1, character: 0 }, cancelled)).rejects.toThrow('cancelled');
  });
});
