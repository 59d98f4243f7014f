// Problem-heavy input in the CLI (issue 15): one list of 100,000 misnumbered items whose listed problems share
// one renumbering fix of 100,000 edits. Converting that fix once per problem held 1,000 × 100,000 edits and ran
// V8 out of memory (exit 134 after 60 s and 4.4 GB, for 4 MB of --stdin); converted once per fix object, the
// run fits a 256 MB heap. Bounded in memory by the heap flag and in time by the kill timeout.
import { describe, expect, it } from 'vitest';
import { toCliProblem } from '../../server/src/cli/results.js';
import type { Problem } from '../../server/src/core/types.js';
import { runCli } from '../cli/helpers.js';

describe('problem-heavy input', () => {
  it('problems sharing one fix share one converted fix', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const fix = { edits: Array.from({ length: 3 }, (_, i) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, newText: String(i + 1) })) };
    const suggestion = { title: { zh: '重新编号', en: 'Renumber' }, edits: fix.edits };
    const problem = (line: number): Problem => ({ ruleId: 'numbering-sequence', severity: 'error', message: { zh: '甲', en: 'a' }, range: { ...range, start: { line, character: 0 } }, fix, suggestions: [suggestion] }) as unknown as Problem;
    const [a, b] = [toCliProblem(problem(0)), toCliProblem(problem(1))];
    expect(a.fix).toBe(b.fix);
    expect(a.suggestions![0]).toBe(b.suggestions![0]);
    expect(a.fix!.edits.map((e) => e.text)).toEqual(['1', '2', '3']);
  });

  it('4 MB of --stdin, one list of 100,000 misnumbered items, lints within a 256 MB heap', async () => {
    const input = Buffer.from('20xx年XX单位开展工作。\n2、甲\n'.repeat(100_000));
    const r = await runCli(['lint', '--stdin', '--no-config', '--locale', 'en'], { input, nodeArgs: ['--max-old-space-size=256'], timeoutMs: 60_000 });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
    expect(r.stdout).toContain('1 file checked');
  }, 90_000);
});
