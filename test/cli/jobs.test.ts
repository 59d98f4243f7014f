// Worker threads, shards and the cache must never change what is reported, nor the order.
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES, runCli, tempDir } from './helpers.js';

interface JsonFile { file: string; problems: unknown[] }
const parse = (s: string) => JSON.parse(s) as JsonFile[];

describe.skipIf(!existsSync(CORPUS))('--jobs on the regulations corpus', () => {
  it('--jobs 2 reports exactly what one job reports, in the same order', async () => {
    const one = await runCli(['lint', '.', '--format', 'json', '--no-config', '--jobs', '1'], { cwd: CORPUS });
    const two = await runCli(['lint', '.', '--format', 'json', '--no-config', '--jobs', '2'], { cwd: CORPUS });
    expect(one.code).toBe(two.code);
    const files = parse(one.stdout);
    expect(files.length).toBe(readdirSync(CORPUS).filter((f) => f.endsWith('.md')).length);
    expect(two.stdout).toBe(one.stdout);
  }, 180_000);

  it('shards 1/3, 2/3 and 3/3 are disjoint and together give the whole run in order', async () => {
    const whole = parse((await runCli(['lint', '.', '--format', 'json', '--no-config'], { cwd: CORPUS })).stdout);
    const parts = await Promise.all([1, 2, 3].map(async (i) => parse((await runCli(['lint', '.', '--format', 'json', '--no-config', '--shard', `${i}/3`], { cwd: CORPUS })).stdout)));
    const sizes = parts.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const union = parts.flat().sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    expect(union).toEqual(whole);
  }, 180_000);
});

describe('--cache', () => {
  const { dir, cleanup } = tempDir(join(FIXTURES, 'project'));
  afterAll(cleanup);

  it('a cached run reports the same; an edited file and a changed config are linted afresh', async () => {
    const args = ['lint', '.', '--format', 'json', '--cache', '--locale', 'en'];
    const first = await runCli(args, { cwd: dir });
    expect(existsSync(join(dir, '.plandoccache'))).toBe(true);
    const second = await runCli(args, { cwd: dir });
    expect(second.stdout).toBe(first.stdout);

    appendFileSync(join(dir, 'clean.md'), '\n5. 第五项。\n');
    const edited = parse((await runCli(args, { cwd: dir })).stdout);
    expect(edited.find((f) => f.file === 'clean.md')!.problems).toHaveLength(1);

    writeFileSync(join(dir, '.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off' } }));
    const reconfigured = parse((await runCli(args, { cwd: dir })).stdout);
    expect(reconfigured.flatMap((f) => f.problems as { rule: string }[]).some((p) => p.rule === 'numbering-sequence')).toBe(false);
  }, 60_000);

  it('a hit really skips linting (a doctored entry is believed), and another version does not trust it', async () => {
    const { dir: d, cleanup: done } = tempDir(join(FIXTURES, 'project'));
    try {
      const args = ['lint', 'plan.txt', '--format', 'json', '--cache', '--no-config'];
      const real = parse((await runCli(args, { cwd: d })).stdout)[0]!.problems;
      expect(real.length).toBe(3);
      const cacheFile = join(d, '.plandoccache');
      const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: string; entries: Record<string, { key: string; problems: unknown[] }> };
      const entry = Object.values(cache.entries)[0]!;
      entry.problems = entry.problems.slice(0, 1); // keep one problem, as if the others had never been found
      writeFileSync(cacheFile, JSON.stringify(cache));
      expect(parse((await runCli(args, { cwd: d })).stdout)[0]!.problems).toEqual([real[0]]);
      writeFileSync(cacheFile, JSON.stringify({ ...cache, version: '0.0.0-other' }));
      expect(parse((await runCli(args, { cwd: d })).stdout)[0]!.problems).toEqual(real);
    } finally {
      done();
    }
  }, 60_000);
});
