import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

// Tokenises with the same engine VS Code uses (vscode-textmate + Oniguruma).
const root = new URL('../../', import.meta.url);
const require = createRequire(import.meta.url);
const grammarFiles: Record<string, string> = {
  'text.plandoc': 'syntaxes/plandoc.tmLanguage.json',
  'plandoc.markdown.injection': 'syntaxes/plandoc.markdown-injection.tmLanguage.json',
};

let registry: textmate.Registry;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') {
        // a stand-in host for the injection: Markdown's list items, quotes and headings as VS Code scopes them
        return textmate.parseRawGrammar(JSON.stringify({
          scopeName: 'text.html.markdown',
          patterns: [
            { match: '^(#{1,6}) ', captures: { 1: { name: 'punctuation.definition.heading.markdown' } } },
            { match: '^\\s*([-*+]) ', captures: { 1: { name: 'punctuation.definition.list.begin.markdown' } } },
            { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
          ],
        }), 'markdown.json');
      }
      const file = grammarFiles[scope];
      return file ? textmate.parseRawGrammar(readFileSync(new URL(file, root), 'utf8'), file) : null;
    },
    getInjections: (scope) => (scope === 'text.html.markdown' ? ['plandoc.markdown.injection'] : undefined),
  });
});

/** [text, scope] pairs of the tokens of `lines` that carry a plandoc scope. */
async function plandocTokens(scope: string, lines: string[]): Promise<[string, string][]> {
  const grammar = (await registry.loadGrammar(scope))!;
  let state = textmate.INITIAL;
  const out: [string, string][] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) {
      const s = t.scopes.filter((x) => x.endsWith('.plandoc') && x !== 'text.plandoc' && !x.startsWith('meta.') && !x.startsWith('markup.heading')).pop();
      if (s) out.push([line.slice(t.startIndex, t.endIndex), s]);
    }
    state = r.ruleStack;
  }
  return out;
}

describe('plandoc grammar', () => {
  it('scopes markers by level', async () => {
    const tokens = await plandocTokens('text.plandoc', ['一、指导思想', '（一）加强领导', '1.具体措施', '（1）细则', '①要点', '  2、缩进的项']);
    expect(tokens).toEqual([
      ['一、', 'keyword.control.marker.level-1.plandoc'],
      ['（一）', 'entity.name.function.marker.level-2.plandoc'],
      ['1.', 'constant.numeric.marker.level-3.plandoc'],
      ['（1）', 'variable.other.marker.level-4.plandoc'],
      ['①', 'support.type.marker.level-5.plandoc'],
      ['2、', 'constant.numeric.marker.level-3.plandoc'],
    ]);
  });

  it('colours only markers: the article marker, a time heading, not the rest of the line', async () => {
    const tokens = await plandocTokens('text.plandoc', ['第一章　总则', '第三条 本制度适用于全体职工。', '计划生育工作制度篇八', '三月份：', '20xx年各村□要', '一是继续抓好', '5月12日召开会议']);
    expect(tokens).toEqual([
      ['第一章', 'entity.name.section.article.plandoc'],
      ['第三条', 'entity.name.section.article.plandoc'],
      ['篇八', 'entity.name.section.article.plandoc'],
      ['三月份', 'string.unquoted.time.plandoc'],
    ]);
  });

  it('gives the article line no heading scope (themes would make it bold to its end)', async () => {
    const grammar = (await registry.loadGrammar('text.plandoc'))!;
    const line = '第三条 本制度适用于全体职工。';
    const scopes = grammar.tokenizeLine(line, textmate.INITIAL).tokens.flatMap((t) => t.scopes);
    expect(scopes.filter((s) => s.startsWith('markup.heading'))).toEqual([]);
  });

  it('does not take dates and decimals for markers', async () => {
    const tokens = await plandocTokens('text.plandoc', ['5.29协会纪念日', '20.5元']);
    expect(tokens.filter(([, s]) => s.includes('marker'))).toEqual([]);
  });

  it('highlights markers inside Markdown through the injection, not in code blocks', async () => {
    const tokens = await plandocTokens('text.html.markdown', ['## 一、总体要求', '- （二）分项', '## 三月份', '第五条 职责', '```', '一、代码', '```']);
    expect(tokens).toEqual([
      ['一、', 'keyword.control.marker.level-1.plandoc'],
      ['（二）', 'entity.name.function.marker.level-2.plandoc'],
      ['三月份', 'string.unquoted.time.plandoc'],
      ['第五条', 'entity.name.section.article.plandoc'],
    ]);
  });
});
