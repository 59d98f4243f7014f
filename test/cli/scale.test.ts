// 10,000 files lint in bounded memory: the run keeps neither documents nor the whole report, so it
// completes under a heap cap far smaller than the sum of what it reads and reports.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

const FILES = 10_000;
// each document has 8 problems: 80,000 problems, ~25 MB of JSON report
const DOC = ['一、总则', '（一）、第一项。', '（三）、第三项。', '三、职责', '1.甲。', '3.乙。', '5.丙。', '五、附则', '（一）、施行。', '（二）、解释。', ''].join('\n');

describe('10,000 files', () => {
  const { dir, cleanup } = tempDir();
  beforeAll(() => {
    for (let d = 0; d < 100; d++) {
      mkdirSync(join(dir, `dept-${d}`));
      for (let i = 0; i < FILES / 100; i++) writeFileSync(join(dir, `dept-${d}`, `plan-${i}.txt`), DOC);
    }
  }, 120_000);
  afterAll(cleanup, 120_000);

  it('lint in one thread under a 32 MB heap and report every file and problem', async () => {
    const r = await runCli(['lint', '.', '--format', 'json', '--no-config', '--jobs', '1'], { cwd: dir, nodeArgs: ['--max-old-space-size=32'] });
    expect(r.stderr).not.toContain('heap out of memory');
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as { file: string; problems: unknown[] }[];
    expect(files).toHaveLength(FILES);
    const perFile = files[0]!.problems.length;
    expect(perFile).toBeGreaterThanOrEqual(6);
    expect(files.every((f) => f.problems.length === perFile)).toBe(true);
    expect(r.stdoutBytes.length).toBeGreaterThan(32 * 1024 * 1024 / 2);
    expect(r.stderr).toContain(`${FILES} files checked`);
  }, 180_000);

  it('with worker threads, the same report byte for byte', async () => {
    const one = await runCli(['lint', '.', '--format', 'github', '--no-config', '--jobs', '1'], { cwd: dir });
    const two = await runCli(['lint', '.', '--format', 'github', '--no-config', '--jobs', '2'], { cwd: dir, nodeArgs: ['--max-old-space-size=32'] });
    expect(two.code).toBe(one.code);
    expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
  }, 180_000);
});
