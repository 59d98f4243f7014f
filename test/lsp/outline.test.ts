import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver';
import { parseDocument } from '../../server/src/core/linter.js';
import { documentSymbols } from '../../server/src/lsp/outline.js';

// The Outline as a writer reads it: names are the lines' own words, nothing repeated or cut.
const rows = (symbols: DocumentSymbol[], depth = 0): string[] =>
  symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` | ${s.detail}` : ''}`, ...rows(s.children ?? [], depth + 1)]);

const plan = '2024年工作计划\n\n三月份\n1、开会。\n2、总结。\n\n一、主要任务\n（一）三月份：启动阶段。动员全体职工。\n1、动员\n（二）四月份：推进阶段\n';

describe('documentSymbols', () => {
  it('names items without level suffixes, time headings once, stages with their names', () => {
    expect(rows(documentSymbols(parseDocument(plan), 'zh'))).toEqual([
      '三月份',
      '  1、开会',
      '  2、总结',
      '一、主要任务',
      '  （一）三月份：启动阶段',
      '    1、动员',
      '  （二）四月份：推进阶段',
    ]);
  });

  it('leaves a Markdown plan with headings to Markdown\'s own outline (one tree, no extra breadcrumb level)', () => {
    const markdown = '# 2024年工作方案\n\n## 一、工作目标\n\n1. 完成甲项\n2. 完成乙项\n';
    expect(documentSymbols(parseDocument(markdown), 'zh', { markdown: true })).toEqual([]);
    // the same text as plain text keeps PlanDoc's tree
    expect(documentSymbols(parseDocument(markdown), 'zh').length).toBeGreaterThan(0);
    // a Markdown plan without headings has an empty Markdown outline: PlanDoc's tree is the only one
    const bare = '2024年工作方案\n\n一、工作目标\n1. 完成甲项\n2. 完成乙项\n';
    expect(rows(documentSymbols(parseDocument(bare), 'zh', { markdown: true }))).toEqual(['一、工作目标', '  1.完成甲项', '  2.完成乙项']);
  });
});
