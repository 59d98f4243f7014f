// Exit codes are the CI contract: 0 clean, 1 errors or too many warnings, 2 usage, configuration or I/O failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const PROJECT = join(FIXTURES, 'project');

describe('exit codes', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('0 for a clean file', async () => {
    const r = await runCli(['lint', 'clean.md', '--no-config', '--locale', 'en'], { cwd: PROJECT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 1 file checked, no problems');
  });

  it('1 when a file has errors', async () => {
    const r = await runCli(['lint', 'plan.txt', '--no-config'], { cwd: PROJECT });
    expect(r.code).toBe(1);
  });

  it('0 for warnings only, 1 once they exceed --max-warnings', async () => {
    const file = '制度/warn-only.plan';
    expect((await runCli(['lint', file, '--no-config'], { cwd: PROJECT })).code).toBe(0);
    expect((await runCli(['lint', file, '--no-config', '--max-warnings', '2'], { cwd: PROJECT })).code).toBe(0);
    const over = await runCli(['lint', file, '--no-config', '--max-warnings', '1', '--locale', 'en'], { cwd: PROJECT });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('2 warnings exceed --max-warnings 1');
    expect((await runCli(['lint', file, '--no-config', '--max-warnings', '-1'], { cwd: PROJECT })).code).toBe(0);
  });

  it('--rule can turn an error off (then 0) or a warning into an error (then 1)', async () => {
    expect((await runCli(['lint', 'plan.txt', '--no-config', '--rule', 'numbering-sequence=off'], { cwd: PROJECT })).code).toBe(0);
    expect((await runCli(['lint', '制度/warn-only.plan', '--no-config', '--rule', 'marker-punctuation=error'], { cwd: PROJECT })).code).toBe(1);
  });

  it('2 for a bad config, naming the file and the key', async () => {
    const proj = join(dir, 'badconfig');
    mkdirSync(proj);
    writeFileSync(join(proj, '.plandocrc.json'), '{\n  "rules": {\n    "numbering-sequence": "loud"\n  }\n}\n');
    writeFileSync(join(proj, 'a.txt'), '一、总则\n二、附则\n');
    const r = await runCli(['lint', '.', '--locale', 'en'], { cwd: proj });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(proj, '.plandocrc.json'));
    expect(r.stderr).toContain('rules.numbering-sequence');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('2 for a config file that is not JSON, with its line', async () => {
    const proj = join(dir, 'syntax');
    mkdirSync(proj);
    writeFileSync(join(proj, 'custom.json'), '{\n  "profile": "common",\n  oops\n}\n');
    writeFileSync(join(proj, 'a.txt'), '一、总则\n');
    const r = await runCli(['lint', 'a.txt', '--config', 'custom.json', '--locale', 'zh'], { cwd: proj });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`配置无效：${join(proj, 'custom.json')}:3`);
  });

  it('2 for a missing path', async () => {
    const r = await runCli(['lint', 'no-such-file.txt', '--locale', 'en'], { cwd: PROJECT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No such file or directory: no-such-file.txt');
  });

  it('2 for a glob that matches nothing', async () => {
    const r = await runCli(['lint', 'nothing/**/*.txt'], { cwd: PROJECT });
    expect(r.code).toBe(2);
  });

  it('2 for usage errors: unknown option, unknown rule, bad format, bad shard', async () => {
    for (const args of [['lint', '--frobnicate'], ['lint', '--rule', 'no-such-rule=error'], ['lint', '--format', 'xml'], ['lint', '--shard', '4/3'], ['lint', '--fix', '--fix-dry-run']]) {
      const r = await runCli([...args, '--locale', 'en'], { cwd: PROJECT });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('Run plandoc --help for usage');
    }
  });
});
