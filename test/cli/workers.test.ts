// Worker threads start before the files are discovered and the main thread lints beside them: whatever
// happens before or during the run, the report is the one a single thread gives, and a failure ends the
// process (no worker is left keeping it alive).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const DOC = (n: number) => `一、总则\n（一）第一项。\n（${n % 2 ? '三' : '二'}）第二项。\n`;

describe('worker threads', () => {
  const { dir, cleanup } = tempDir();
  beforeAll(() => {
    // 40 files over 4 folders: more than one batch for every thread
    for (let d = 0; d < 4; d++) {
      mkdirSync(join(dir, 'many', `d${d}`), { recursive: true });
      for (let i = 0; i < 10; i++) writeFileSync(join(dir, 'many', `d${d}`, `f${i}.txt`), DOC(d * 10 + i));
    }
  });
  afterAll(cleanup);

  it('--jobs 3 (main thread and two workers) reports exactly what --jobs 1 reports', async () => {
    const one = await runCli(['lint', 'many', '--format', 'json', '--no-config', '--jobs', '1'], { cwd: dir });
    const three = await runCli(['lint', 'many', '--format', 'json', '--no-config', '--jobs', '3'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(three.code).toBe(one.code);
    expect(three.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as unknown[]).length).toBe(40);
  }, 60_000);

  it('--cache with workers: entries made by either thread carry a stat; the second run reports the same', async () => {
    const args = ['lint', 'many', '--format', 'json', '--no-config', '--jobs', '2', '--cache', '--cache-location', 'workers.cache'];
    const first = await runCli(args, { cwd: dir });
    const cache = JSON.parse(readFileSync(join(dir, 'workers.cache'), 'utf8')) as { entries: Record<string, { stamp?: { size: number } }> };
    const entries = Object.values(cache.entries);
    expect(entries).toHaveLength(40);
    expect(entries.every((e) => e.stamp && e.stamp.size > 0)).toBe(true);
    const second = await runCli(args, { cwd: dir });
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('more threads than files: a worker that never gets a file is stopped, the run ends normally', async () => {
    const r = await runCli(['lint', '.', '--format', 'json', '--no-config', '--jobs', '8'], { cwd: join(FIXTURES, 'project') });
    const one = await runCli(['lint', '.', '--format', 'json', '--no-config', '--jobs', '1'], { cwd: join(FIXTURES, 'project') });
    expect(r.code).toBe(one.code);
    expect(r.stdout).toBe(one.stdout);
  }, 60_000);

  it('a missing path after the workers were started: exit 2 with the message, no hang', async () => {
    const r = await runCli(['lint', 'many', 'no-such-folder', '--jobs', '2', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No such file or directory: no-such-folder');
  }, 60_000);

  it('a report file that cannot be written after the workers were started: exit 2, no hang', async () => {
    writeFileSync(join(dir, 'blocker'), 'a file where a folder is needed');
    const r = await runCli(['lint', 'many', '--jobs', '2', '--output-file', 'blocker/report.txt', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot write the report file blocker/report.txt');
  }, 60_000);

  it('an invalid config met by either thread ends the run with exit 2, naming the file and key', async () => {
    const proj = join(dir, 'badsub');
    for (const sub of ['a', 'z']) {
      mkdirSync(join(proj, sub), { recursive: true });
      for (let i = 0; i < 12; i++) writeFileSync(join(proj, sub, `f${i}.txt`), DOC(i));
    }
    writeFileSync(join(proj, 'z', '.plandocrc.json'), '{ "rules": { "numbering-sequence": "loud" } }\n');
    const r = await runCli(['lint', '.', '--jobs', '2', '--locale', 'en', '--format', 'json'], { cwd: proj });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(proj, 'z', '.plandocrc.json'));
    expect(r.stderr).toContain('rules.numbering-sequence');
  }, 60_000);
});
