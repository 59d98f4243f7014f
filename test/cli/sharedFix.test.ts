// One list's problems share one renumbering fix (issue 15): 20,000 items all numbered 2、 give 1,000 listed
// problems (the per-rule cap) whose fix renumbers 19,999 items. Written in full on every problem, the JSON and
// SARIF reports held 1,000 × 19,999 edits (gigabytes from 160 KB of text); written once per file and referenced
// from the other problems, they grow linearly with the input. The cache stores the fix once too, and a cached run
// reports the same bytes. Bounded in time by the kill timeout and in memory by the heap flag.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';
import { packShared, unpackShared } from '../../server/src/cli/sharedFixes.js';

const ITEMS = 20_000;
/** a report may be this many times the size of its input: a constant, whatever the input's size */
const RATIO = 100;
const LIMIT = { timeoutMs: 60_000, nodeArgs: ['--max-old-space-size=256'] };

interface JsonEdit { line: number; column: number; endLine: number; endColumn: number; text: string }
interface JsonProblem { rule: string; line: number; fixable: boolean; fix?: { edits: JsonEdit[] } | { sameAs: number } }

describe('a fix shared by 1,000 problems', () => {
  const { dir, cleanup } = tempDir();
  const file = join(dir, 'list.txt');
  const text = '2、甲\n'.repeat(ITEMS);
  beforeAll(() => writeFileSync(file, text));
  afterAll(cleanup);
  const inputBytes = Buffer.byteLength(text);

  it('--format json writes it once per file and refers to it from the other problems', async () => {
    const r = await runCli(['lint', 'list.txt', '--format', 'json', '--no-config', '--jobs', '1'], { cwd: dir, ...LIMIT });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
    expect(r.stdoutBytes.length).toBeLessThan(RATIO * inputBytes);
    const [report] = JSON.parse(r.stdout) as { problems: JsonProblem[] }[];
    const problems = report!.problems.filter((p) => p.rule === 'numbering-sequence' && p.fixable);
    expect(problems.length).toBe(1000);
    const [first, ...others] = problems;
    const full = first!.fix as { edits: JsonEdit[] };
    expect(full.edits).toHaveLength(ITEMS - 1);
    expect(full.edits[0]).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 2, text: '1' });
    expect(full.edits.at(-1)).toEqual({ line: ITEMS, column: 1, endLine: ITEMS, endColumn: 2, text: String(ITEMS) });
    const at = report!.problems.indexOf(first!);
    for (const p of others) expect(p.fix).toEqual({ sameAs: at });
  }, 90_000);

  it('--format sarif gives the fix to the first result and points the others at it', async () => {
    const r = await runCli(['lint', 'list.txt', '--format', 'sarif', '--no-config', '--jobs', '1'], { cwd: dir, ...LIMIT });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr.slice(0, 2000)).toBe(1);
    expect(r.stdoutBytes.length).toBeLessThan(RATIO * inputBytes);
    type Result = { ruleId: string; fixes?: { artifactChanges: { replacements: unknown[] }[] }[]; properties?: { fixSameAs?: number } };
    const results = (JSON.parse(r.stdout) as { runs: { results: Result[] }[] }).runs[0]!.results;
    const withFix = results.filter((x) => x.fixes);
    expect(withFix).toHaveLength(1);
    expect(withFix[0]!.fixes![0]!.artifactChanges[0]!.replacements).toHaveLength(ITEMS - 1);
    const at = results.indexOf(withFix[0]!);
    const pointing = results.filter((x) => x.properties?.fixSameAs !== undefined);
    expect(pointing).toHaveLength(999);
    expect(pointing.every((x) => x.properties!.fixSameAs === at && x.ruleId === 'numbering-sequence')).toBe(true);
  }, 90_000);

  it('the cache stores it once, and a cached run reports the same bytes', async () => {
    const cache = join(dir, 'cache.json');
    const args = ['lint', 'list.txt', '--format', 'json', '--no-config', '--jobs', '1', '--cache', '--cache-location', cache];
    const cold = await runCli(args, { cwd: dir, ...LIMIT });
    expect(cold.code, cold.stderr.slice(0, 2000)).toBe(1);
    expect(statSync(cache).size).toBeLessThan(RATIO * inputBytes);
    const warm = await runCli(args, { cwd: dir, ...LIMIT });
    expect(warm.code).toBe(1);
    expect(warm.stdoutBytes.equals(cold.stdoutBytes)).toBe(true);
    // the report came from the cache: a doctored message shows through, with the fix resolved around it
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as { entries: Record<string, { problems: { message: unknown; fix?: unknown }[] }> };
    const [entry] = Object.values(stored.entries);
    expect(entry!.problems[2]!.fix).toEqual({ sameAs: 0 });
    entry!.problems[2]!.message = { zh: '伪造', en: 'doctored' };
    writeFileSync(cache, JSON.stringify(stored));
    const doctored = await runCli(args, { cwd: dir, ...LIMIT });
    expect(doctored.stdout.replace('"doctored"', JSON.stringify(JSON.parse(cold.stdout)[0].problems[2].message))).toBe(cold.stdout);
  }, 90_000);
});

describe('packShared and unpackShared', () => {
  const edits = [{ line: 1, column: 1, endLine: 1, endColumn: 2, text: '1' }];
  const fix = { edits };
  const suggestion = { title: 'Renumber', edits };
  const problems = [
    { rule: 'a', fix, suggestions: [suggestion] },
    { rule: 'b' },
    { rule: 'c', fix, suggestions: [{ title: 'Other', edits: [...edits] }, suggestion] },
  ];

  it('writes a shared fix and suggestion once, and reading them back shares them again', () => {
    const packed = packShared(problems);
    expect(JSON.parse(JSON.stringify(packed))).toEqual([
      { rule: 'a', fix: { edits }, suggestions: [{ title: 'Renumber', edits }] },
      { rule: 'b' },
      // equal edits that are not the same object stay in full
      { rule: 'c', fix: { sameAs: 0 }, suggestions: [{ title: 'Other', edits }, { title: 'Renumber', sameAs: { problem: 0, suggestion: 0 } }] },
    ]);
    const back = unpackShared<(typeof problems)[number]>(JSON.parse(JSON.stringify(packed)))!;
    expect(back).toEqual(problems);
    expect(back[2]!.fix).toBe(back[0]!.fix);
    expect(back[2]!.suggestions![1]!.edits).toBe(back[0]!.suggestions![0]!.edits);
  });

  it('a reference that names no earlier fix or suggestion is refused', () => {
    expect(unpackShared([{ fix: { sameAs: 0 } }] as never)).toBeUndefined();
    expect(unpackShared([{ fix: { edits } }, { fix: { sameAs: 2 } }] as never)).toBeUndefined();
    expect(unpackShared([{ fix: { edits } }, { suggestions: [{ title: 'x', sameAs: { problem: 0, suggestion: 0 } }] }] as never)).toBeUndefined();
    expect(unpackShared([{ fix: { edits } }, { fix: { sameAs: '0' } }] as never)).toBeUndefined();
  });
});
