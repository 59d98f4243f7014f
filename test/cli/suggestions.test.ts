// Fixes versus suggestions in the CLI: --fix applies only certain fixes; a suggestion is listed in the JSON
// report with its title and edits, left out of SARIF's fixes, and counted in the summary.
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

// 3、4、5、 may be an excerpt or continue numbering from elsewhere: a suggestion; （一）、 is a certain fix
const TEXT = '工作安排\n3、签定责任书。\n4、庆祝妇女节。\n5、妇女保健知识讲座。\n一、工作要求\n（一）、加强领导\n（二）落实责任\n';

describe('suggestions in the CLI', () => {
  it('--fix applies the fix and leaves the suggested renumbering alone', async () => {
    const r = await runCli(['lint', '--stdin', '--fix', '--no-config', '--locale', 'en'], { input: TEXT });
    expect(r.stdout).toBe(TEXT.replace('（一）、', '（一）'));
    expect(r.stderr).toContain('fixed 1 problem in 1 file');
    expect(r.stderr).toContain('1 more problem with suggestions, to review one by one in the editor (--fix leaves them)');
  });

  it('the JSON report gives the suggestion its title and edits, and no fix', async () => {
    const r = await runCli(['lint', '--stdin', '--format', 'json', '--no-config', '--locale', 'zh'], { input: TEXT });
    const [file] = JSON.parse(r.stdout) as { problems: Record<string, unknown>[] }[];
    const start = file!.problems.find((p) => p.rule === 'numbering-sequence')!;
    expect(start.fixable).toBe(false);
    expect(start.fix).toBeUndefined();
    expect(start.suggestions).toEqual([{
      title: '将本列表重新编号为“1、”至“3、”，共改动3处',
      edits: [2, 3, 4].map((line, i) => ({ line, column: 1, endLine: line, endColumn: 2, text: String(i + 1) })),
    }]);
  });

  it('a suggestion shared by several problems of one list is written once; the others refer to it', async () => {
    const r = await runCli(['lint', '--stdin', '--format', 'json', '--no-config', '--locale', 'en'], { input: '3、甲\n4、乙\n6、丙\n6、丁\n' });
    const [file] = JSON.parse(r.stdout) as { problems: { message: string; suggestions: Record<string, unknown>[] }[] }[];
    const [start, gap, duplicate] = file!.problems;
    expect(start!.suggestions[0]!.edits).toHaveLength(4);
    const title = 'Renumber this list “1、” to “4、” (4 changes)';
    expect(start!.suggestions[0]!.title).toBe(title);
    for (const p of [gap!, duplicate!]) expect(p.suggestions).toEqual([{ title, sameAs: { problem: 0, suggestion: 0 } }]);
  });

  it('SARIF carries fixes only for certain fixes', async () => {
    const r = await runCli(['lint', '--stdin', '--format', 'sarif', '--no-config'], { input: TEXT });
    const results = (JSON.parse(r.stdout) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] }).runs[0]!.results;
    expect(results.find((x) => x.ruleId === 'numbering-sequence')!.fixes).toBeUndefined();
    expect(results.find((x) => x.ruleId === 'marker-punctuation')!.fixes).toHaveLength(1);
  });

  it('stylish says how many problems have suggestions; --fix-dry-run what it would fix', async () => {
    const lint = await runCli(['lint', '--stdin', '--no-config', '--locale', 'zh'], { input: TEXT });
    expect(lint.stdout + lint.stderr).toContain('另有1个问题附修改建议，须在编辑器中逐条确认，“--fix”不会改动');
    const dry = await runCli(['lint', '--stdin', '--fix-dry-run', '--no-config', '--locale', 'zh'], { input: TEXT });
    expect(dry.stdout + dry.stderr).toContain('将修复1个文件中的1处问题（未写入，见上方差异）');
  });
});
