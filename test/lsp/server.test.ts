// The bundled language server over a real JSON-RPC stream: diagnostics, quick fixes,
// formatting, outline, folding, completion, hover, incremental edits, the timeline request.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TestClient, ROOT } from './client.js';
import { freshDiagnostics, simplify, outsideDocument } from './expected.js';
import { fixText, parseDocument } from '../../server/src/core/linter.js';
import type { TimelineResult } from '../../server/src/protocol.js';

const SEED_PATH = join(ROOT, 'test', 'fixtures', 'seed.txt');
const SEED = readFileSync(SEED_PATH, 'utf8');
const SEED_URI = pathToFileURL(SEED_PATH).href;
const CLI = join(ROOT, 'dist', 'cli.js');

interface CliProblem {
  rule: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string; fixable: boolean;
}

function cliProblems(locale: 'zh' | 'en'): CliProblem[] {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`node scripts/build.mjs\` first`);
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--locale', locale, SEED_PATH], { encoding: 'utf8', cwd: ROOT });
  const parsed = JSON.parse(run.stdout) as { file: string; problems: (CliProblem & { fix?: unknown; suggestions?: unknown })[] }[];
  expect(parsed).toHaveLength(1);
  // the diagnostics say whether a fix exists; its edits come with the code action
  return parsed[0]!.problems.map(({ fix: _fix, suggestions: _suggestions, ...p }) => p);
}

function asCli(d: Diagnostic): CliProblem {
  const s = simplify(d);
  return {
    rule: s.rule, severity: s.severity, line: s.line + 1, column: s.column + 1, endLine: s.endLine + 1, endColumn: s.endColumn + 1,
    message: s.message, fixable: !!(d.data as { fixable?: boolean } | undefined)?.fixable,
  };
}

const lineOf = (text: string, needle: string) => text.split(/\r\n|\r|\n/).findIndex((l) => l.includes(needle));
const endOfLine = (text: string, line: number) => ({ line, character: text.split(/\r\n|\r|\n/)[line]!.length });

describe('language server over stdio (zh client)', () => {
  const client = new TestClient({ locale: 'zh-cn' });
  let seedDiagnostics: Diagnostic[];

  beforeAll(async () => {
    await client.initialize();
    seedDiagnostics = await client.open(SEED_URI, SEED);
  });
  afterAll(async () => {
    expect(client.loggedErrors).toEqual([]);
    expect(await client.shutdown()).toBe(0);
  });

  test('initialize advertises the features', () => {
    const caps = client.initializeResult!.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.hoverProvider).toBe(true);
    expect(caps.documentFormattingProvider).toBe(true);
    expect(caps.documentRangeFormattingProvider).toBe(true);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: expect.arrayContaining(['quickfix', 'source.fixAll.plandoc']) });
    expect(caps.diagnosticProvider).toBeUndefined(); // this client cannot pull
  });

  test('the seed\'s diagnostics equal the CLI\'s JSON for the same file', () => {
    expect(seedDiagnostics.length).toBeGreaterThan(0);
    expect(seedDiagnostics.map(asCli)).toEqual(cliProblems('zh'));
  });

  test('diagnostics carry rule id, documentation link, source and related information', () => {
    for (const d of seedDiagnostics) {
      expect(d.source).toBe('plandoc');
      expect(d.codeDescription?.href).toBe(`https://github.com/plandoc/plandoc/blob/main/docs/rules/${d.code}.md`);
      // the page the link points to exists in the repository
      expect(existsSync(join(ROOT, 'docs', 'rules', `${d.code}.md`)), String(d.code)).toBe(true);
    }
    const restart = seedDiagnostics.find((d) => d.relatedInformation?.length);
    expect(restart).toBeDefined();
    expect(restart!.relatedInformation![0]!.location.uri).toBe(SEED_URI);
    expect(outsideDocument(seedDiagnostics, SEED)).toEqual([]);
  });

  test('documentSymbol: 篇一…篇八 with their items nested inside', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: SEED_URI } })) as DocumentSymbol[];
    const parts = symbols.filter((s) => /篇[一二三四五六七八]/.test(s.name));
    expect(parts.map((s) => /篇([一二三四五六七八])/.exec(s.name)![1])).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    const first = parts[0]!;
    expect(first.selectionRange.start.line).toBe(lineOf(SEED, '计划生育工作制度篇一'));
    expect(first.range.end.line).toBeLessThan(parts[1]!.range.start.line);
    // 篇一 holds （一）…（八）
    expect(first.children!.slice(0, 8).map((c) => c.name.slice(0, 3))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']);
    // 篇八 holds 1、…4、 (its four quarters of activities)
    const eighth = parts[7]!;
    expect(eighth.children!.map((c) => c.name.slice(0, 2))).toEqual(['1、', '2、', '3、', '4、']);
    // every range contains its selection range and its children
    const check = (s: DocumentSymbol) => {
      expect(s.name.length).toBeGreaterThan(0);
      expect(s.range.start.line).toBeLessThanOrEqual(s.selectionRange.start.line);
      expect(s.range.end.line).toBeGreaterThanOrEqual(s.selectionRange.end.line);
      for (const c of s.children ?? []) {
        expect(c.range.start.line).toBeGreaterThanOrEqual(s.range.start.line);
        expect(c.range.end.line).toBeLessThanOrEqual(s.range.end.line);
        check(c);
      }
    };
    symbols.forEach(check);
  });

  test('folding ranges: one per 篇 section, from its title line', async () => {
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: SEED_URI } })) as FoldingRange[];
    for (const n of ['篇一', '篇二', '篇四', '篇八']) {
      const line = lineOf(SEED, `计划生育工作制度${n}`);
      const fold = folds.find((f) => f.startLine === line);
      expect(fold, n).toBeDefined();
      expect(fold!.endLine).toBeGreaterThan(line);
    }
    const eighth = lineOf(SEED, '计划生育工作制度篇八');
    expect(folds.find((f) => f.startLine === eighth)!.endLine).toBe(lineOf(SEED, '4、十到十二月'));
  });

  test('hover on a marker shows its level, its path and the standard\'s wording', async () => {
    const line = lineOf(SEED, '（三）严格按《条例》');
    const result = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line, character: 1 } })) as Hover;
    const text = (result.contents as { value: string }).value;
    expect(text).toContain('第二层');
    expect(text).toContain('篇一 › （三）');
    expect(text).toContain('GB/T 9704-2012');
    expect(result.range).toEqual({ start: { line, character: 0 }, end: { line, character: 3 } });
    // not on a marker: nothing
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: SEED_URI }, position: { line, character: 10 } });
    expect(none).toBeNull();
  });

  test('timeline request: 篇八 covers the whole year in four sections', async () => {
    const result = (await client.connection.sendRequest('plandoc/timeline', { textDocument: { uri: SEED_URI } })) as TimelineResult;
    const eighth = result.scopes.find((s) => s.kind === 'pian' && s.title.includes('篇八'));
    expect(eighth).toBeDefined();
    expect(eighth!.entries.map((e) => e.raw)).toEqual(['一月至三月份', '四至六月份', '七至九月', '十到十二月']);
    expect(eighth!.missing).toEqual([]);
  });
});

describe('fixes and suggestions through the server', () => {
  const client = new TestClient({ locale: 'zh-cn' });
  const uri = 'untitled:suggestions';
  // 3、4、5、 may be an excerpt or continue numbering from elsewhere: a suggestion; （一）、 is a certain fix
  const text = '工作安排\n3、签定责任书。\n4、庆祝妇女节。\n5、妇女保健知识讲座。\n二、工作要求\n（一）、加强领导\n（二）落实责任\n';

  beforeAll(async () => {
    await client.initialize();
  });
  afterAll(async () => {
    expect(client.loggedErrors).toEqual([]);
    expect(await client.shutdown()).toBe(0);
  });

  test('a suggestion is offered in the quick-fix menu, not preferred; Fix All and formatting apply fixes only', async () => {
    const diagnostics = await client.open(uri, text);
    const start = diagnostics.find((d) => d.code === 'numbering-sequence')!;
    expect(start.data).toEqual({ suggestions: true });
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: start.range, context: { diagnostics: [start] },
    })) as CodeAction[];
    const suggestion = actions.find((a) => a.kind === 'quickfix' && a.title === '将本列表重新编号为“1、”至“3、”，共改动3处')!;
    expect(suggestion).toBeDefined();
    expect(suggestion.isPreferred).toBeFalsy();
    expect(actions.some((a) => a.kind === 'quickfix' && a.isPreferred)).toBe(false);

    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    const formatting = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri }, options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    for (const edits of [fixAll[0]!.edit!.changes![uri]!, formatting]) {
      // only the （一）、 line changes: the list 3、4、5、 is left as the writer wrote it
      expect(edits.map((e) => e.range.start.line)).toEqual([5]);
    }

    await client.applyEdits(uri, suggestion.edit!.changes![uri]!);
    expect(client.document(uri).getText().split('\n').slice(1, 4).map((l) => l.slice(0, 2))).toEqual(['1、', '2、', '3、']);
  });
});

describe('editing through the server (zh client)', () => {
  const client = new TestClient({ locale: 'zh-cn' });
  const uri = 'untitled:seed-copy';

  beforeAll(async () => {
    await client.initialize();
  });
  afterAll(async () => {
    expect(client.loggedErrors).toEqual([]);
    expect(await client.shutdown()).toBe(0);
  });

  test('a quick fix is applied and the document re-validated', async () => {
    const diagnostics = await client.open(uri, SEED);
    const fixable = diagnostics.find((d) => (d.data as { fixable?: boolean } | undefined)?.fixable)!;
    expect(fixable).toBeDefined();
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: fixable.range, context: { diagnostics: [fixable] },
    })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred)!;
    // the title says what the fix writes, not the problem again (the first fixable problem of the seed is （一）、)
    expect(fixable.message).toContain('“（一）”后不加标点，应删去“、”');
    expect(quickFix.title).toBe('改为“（一）”');
    expect(quickFix.diagnostics).toEqual([fixable]);
    const after = await client.applyEdits(uri, quickFix.edit!.changes![uri]!);
    const text = client.document(uri).getText();
    expect(after.map(simplify)).toEqual(freshDiagnostics(text));
    expect(after.map(simplify)).not.toContainEqual(simplify(fixable));
    expect(after.length).toBeLessThan(diagnostics.length);
  });

  test('renumber this list and convert the marker style', async () => {
    const line = lineOf(client.document(uri).getText(), '- 3、签定计划生育责任书');
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line, character: 4 }, end: { line, character: 4 } }, context: { diagnostics: [] },
    })) as CodeAction[];
    const renumber = actions.find((a) => a.kind === 'refactor.rewrite.plandoc.renumber')!;
    expect(renumber).toBeDefined();
    const style = actions.find((a) => a.kind === 'refactor.rewrite.plandoc.markerStyle')!;
    expect(style.title).toBe('将本列表的序号由“3、”改为标准写法“3.”');
    await client.applyEdits(uri, renumber.edit!.changes![uri]!);
    const lines = client.document(uri).getText().split('\n');
    expect(lines.slice(line, line + 3).map((l) => l.trim().slice(0, 4))).toEqual(['- 1、', '- 2、', '- 3、']);
  });

  test('fix all is offered when the user opens the menu, not on the automatic lightbulb', async () => {
    const request = (triggerKind: number) => client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], triggerKind },
    }) as Promise<CodeAction[]>;
    expect((await request(2)).map((a) => a.kind)).not.toContain('source.fixAll.plandoc');
    expect((await request(1)).map((a) => a.kind)).toContain('source.fixAll.plandoc');
  });

  test('source.fixAll.plandoc leaves no fixable problem and matches the core\'s fixText', async () => {
    const before = client.document(uri).getText();
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.plandoc']);
    const after = await client.applyEdits(uri, actions[0]!.edit!.changes![uri]!);
    expect(client.document(uri).getText()).toBe(fixText(before).output);
    expect(after.every((d) => !(d.data as { fixable?: boolean } | undefined)?.fixable)).toBe(true);
  });

  test('document formatting renumbers and normalises markers only, as minimal edits', async () => {
    const doc = 'untitled:format';
    const text = '一、总则\n\n（一）、目标\n\n1、第一项\n3、第二项\n2)第三项\n\n正文 1、不是序号。\n';
    await client.open(doc, text);
    const edits = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    // only the marker columns change
    for (const e of edits) expect(e.range.start.line).toBe(e.range.end.line);
    await client.applyEdits(doc, edits);
    const output = client.document(doc).getText();
    expect(output).toBe(fixText(text).output);
    expect(output.split('\n').filter((l, i) => l !== text.split('\n')[i]).length).toBe(edits.length);
    expect(output).toContain('正文 1、不是序号。');
    // a second formatting is a no-op
    const again = await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true } });
    expect(again).toEqual([]);
  });

  test('formatting the seed changes markers only', async () => {
    const doc = 'untitled:format-seed';
    await client.open(doc, SEED);
    const edits = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: doc }, options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    const model = parseDocument(SEED);
    for (const e of edits) {
      const marker = model.markerAt[e.range.start.line];
      expect(marker, JSON.stringify(e)).toBeDefined();
      expect(e.range.end.line).toBe(e.range.start.line);
      expect(e.range.start.character).toBeGreaterThanOrEqual(marker!.start);
      expect(e.range.end.character).toBeLessThanOrEqual(marker!.end);
    }
    const after = await client.applyEdits(doc, edits);
    expect(after.map(simplify)).toEqual(freshDiagnostics(client.document(doc).getText()));
  });

  test('range formatting touches nothing outside the range', async () => {
    const doc = 'untitled:range-format';
    const text = '一、甲\n二、乙\n四、丙\n\n（一）、子\n（三）丑\n';
    await client.open(doc, text);
    const edits = (await client.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri: doc }, range: { start: { line: 4, character: 0 }, end: { line: 5, character: 5 } }, options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) expect(e.range.start.line).toBeGreaterThanOrEqual(4);
    await client.applyEdits(doc, edits);
    const lines = client.document(doc).getText().split('\n');
    expect(lines.slice(0, 4)).toEqual(text.split('\n').slice(0, 4));
    expect(lines.slice(4, 6)).toEqual(['（一）子', '（二）丑']);
  });

  test('completion at the start of a line offers the next marker of each open level and the next month', async () => {
    const doc = 'untitled:completion';
    const text = '一、总体要求\n（一）指导思想\n（二）工作目标\n\n三月份：\n1、召开会议。\n';
    await client.open(doc, text);
    // a new line after （二）
    await client.applyEdits(doc, [{ range: { start: endOfLine(text, 2), end: endOfLine(text, 2) }, newText: '\n' }]);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: 3, character: 0 } })) as CompletionItem[];
    const labels = items.map((i) => i.label);
    expect(labels[0]).toBe('（三）');
    expect(labels).toContain('二、');
    expect(labels).toContain('1.');
    // typed "（" already: the edit replaces it
    await client.applyEdits(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: '（' }]);
    const typed = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: 3, character: 1 } })) as CompletionItem[];
    expect(typed[0]!.textEdit).toEqual({ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, newText: '（三）' });
    // after the 三月份 section
    const last = client.document(doc).lineCount - 1;
    const month = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: last, character: 0 } })) as CompletionItem[];
    expect(month.map((i) => i.label)).toEqual(expect.arrayContaining(['2、', '四月份：']));
    // in the middle of a sentence: nothing
    const mid = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: doc }, position: { line: 0, character: 4 } });
    expect(mid).toEqual([]);
  });

  test('completion continues quarters, ranges, weeks, halves, 章/条 and circled items', async () => {
    const cases: [string, string[]][] = [
      ['第一季度：\n1、甲\n', ['2、', '第二季度：']],
      ['一月至三月份：\n1、甲\n', ['2、', '四月至六月份：']],
      ['第3周：\n1、甲\n', ['2、', '第4周：']],
      ['上半年：\n1、甲\n', ['2、', '下半年：']],
      ['1、7-9月开展活动\n', ['2、', '2、10-12月']],
      ['第一章 总则\n第一条 目的\n', ['第二条', '第二章', '一、']],
      ['（1）甲\n①乙\n', ['②', '（2）']],
    ];
    for (const [i, [text, expected]] of cases.entries()) {
      const doc = `untitled:complete-${i}`;
      await client.open(doc, text);
      const items = (await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: doc }, position: { line: text.split('\n').length - 1, character: 0 },
      })) as CompletionItem[];
      expect(items.map((item) => item.label).slice(0, expected.length), text).toEqual(expected);
    }
  });

  test('one parse and one lint per document version, shared by every feature', async () => {
    const doc = 'untitled:shared-parse';
    const text = '一、总体要求\n（一）指导思想\n（三）工作目标\n\n三月份：\n1、召开会议。\n';
    const before = (await client.connection.sendRequest('plandoc/stats')) as { parses: number; lints: number };
    await client.open(doc, text);
    const textDocument = { uri: doc };
    const position = { line: 2, character: 1 };
    const range = { start: position, end: position };
    const features = () => Promise.all([
      client.connection.sendRequest('textDocument/documentSymbol', { textDocument }),
      client.connection.sendRequest('textDocument/foldingRange', { textDocument }),
      client.connection.sendRequest('textDocument/hover', { textDocument, position }),
      client.connection.sendRequest('textDocument/completion', { textDocument, position: { line: 3, character: 0 } }),
      client.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }),
      client.connection.sendRequest('plandoc/timeline', { textDocument }),
    ]);
    await features();
    let stats = (await client.connection.sendRequest('plandoc/stats')) as { parses: number; lints: number };
    expect(stats.parses - before.parses).toBe(1);
    expect(stats.lints - before.lints).toBe(1);
    // a new version: one more of each
    await client.applyEdits(doc, [{ range: { start: { line: 2, character: 1 }, end: { line: 2, character: 2 } }, newText: '二' }]);
    await features();
    stats = (await client.connection.sendRequest('plandoc/stats')) as { parses: number; lints: number };
    expect(stats.parses - before.parses).toBe(2);
    expect(stats.lints - before.lints).toBe(2);
  });

  test('Markdown with a BOM: headings nest the lists, positions count the BOM on line 0', async () => {
    const doc = 'untitled:bom.md';
    const text = '\uFEFF（一）、开头\n\n# 工作目标\n\n一、总体\n二、具体\n\n## 时间安排\n\n三月份：\n1. 启动\n';
    const diagnostics = await client.open(doc, text, 'markdown');
    expect(diagnostics.map(simplify)).toEqual(freshDiagnostics(text));
    const first = diagnostics.find((d) => d.range.start.line === 0)!;
    expect(first.range.start.character).toBe(1); // after the BOM
    // Markdown's own outline lists these headings: a second tree from PlanDoc would show the document twice
    expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc } })).toEqual([]);
    // the same text as plain text: PlanDoc's tree, the headings nesting the lists
    const copy = 'untitled:bom-copy.txt';
    await client.open(copy, text, 'plaintext');
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: copy } })) as DocumentSymbol[];
    const heading = symbols.find((s) => s.name === '工作目标')!;
    expect(heading.children!.map((c) => c.name)).toEqual(['一、总体', '二、具体', '时间安排']);
    const months = heading.children![2]!.children!;
    expect(months.map((c) => c.name)).toEqual(['三月份']);
    expect(months[0]!.children!.map((c) => c.name)).toEqual(['1.启动']);
    const fix = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: doc }, range: first.range, context: { diagnostics: [first] },
    })) as CodeAction[];
    const after = await client.applyEdits(doc, fix.find((a) => a.isPreferred)!.edit!.changes![doc]!);
    expect(client.document(doc).getText().startsWith('\uFEFF（一）开头')).toBe(true);
    expect(after.map(simplify)).toEqual(freshDiagnostics(client.document(doc).getText()));
  });

  test('a sequence of incremental edits keeps diagnostics equal to a fresh parse', async () => {
    const doc = 'untitled:incremental';
    const text = '一、甲\n二、乙\n三、丙\n';
    expect((await client.open(doc, text)).map(simplify)).toEqual([]);
    // delete 二、乙: a gap
    let after = await client.applyEdits(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
    expect(after.map((d) => d.code)).toContain('numbering-sequence');
    expect(after.map(simplify)).toEqual(freshDiagnostics(client.document(doc).getText()));
    // several changes in one notification, and CRLF
    const version = client.document(doc).version + 1;
    const published = client.nextDiagnostics(doc, version);
    await client.change(doc, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, text: '二、' },
      { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: '\r\n（一）、子' },
    ]);
    after = (await published).diagnostics;
    expect(after.map(simplify)).toEqual(freshDiagnostics(client.document(doc).getText()));
    expect(after.map((d) => d.code)).toContain('marker-punctuation');
    // typing fast: only the last version is validated, and it is right
    let last = 0;
    for (const ch of '四、丁') {
      const end = endOfLine(client.document(doc).getText(), client.document(doc).lineCount - 1);
      last = await client.change(doc, [{ range: { start: end, end }, text: ch }]);
    }
    after = (await client.nextDiagnostics(doc, last)).diagnostics;
    expect(after.map(simplify)).toEqual(freshDiagnostics(client.document(doc).getText()));
  });
});

describe('English client', () => {
  const client = new TestClient({ locale: 'en-US' });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  test('a Chinese document gets Chinese messages whatever the UI language, equal to the CLI\'s --locale zh', async () => {
    const diagnostics = await client.open(SEED_URI, SEED);
    expect(diagnostics.map(asCli)).toEqual(cliProblems('zh'));
  });

  test('a document written in English gets English messages', async () => {
    const uri = 'file:///tmp/english-plan.txt';
    const diagnostics = await client.open(uri, 'Release plan\n\n一、Scope of the release\n三、Schedule of the release\n');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => !/[\u4e00-\u9fff]{2}/.test(d.message.replace(/[一二三四]、/g, '')))).toBe(true);
  });
});

describe('English client with plandoc.locale: en', () => {
  const client = new TestClient({ locale: 'en-US', settings: { locale: 'en' } });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  test('the setting overrides the document: messages are in English and equal the CLI\'s --locale en', async () => {
    const diagnostics = await client.open(SEED_URI, SEED);
    expect(diagnostics.map(asCli)).toEqual(cliProblems('en'));
  });
});
