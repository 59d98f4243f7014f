// --fix under failure: read-only files, permission denied, a full disk and a crash before the rename must
// leave every original byte in place, report the file and exit 2. Root ignores permission bits and a disk
// cannot be filled on demand, so some faults are injected at the exact write step (PLANDOC_TEST_FAULT).
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const SOURCE = join(FIXTURES, 'enc', 'plan-utf8.txt');
const ORIGINAL = readFileSync(SOURCE);

describe('--fix faults', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  let n = 0;
  function freshCopy(): { folder: string; file: string } {
    const folder = join(dir, `case-${++n}`);
    mkdirSync(folder);
    const file = join(folder, 'plan.txt');
    copyFileSync(SOURCE, file);
    return { folder, file };
  }
  const leftovers = (folder: string) => readdirSync(folder).filter((f) => f !== 'plan.txt');

  it('a read-only file: clear error, exit 2, file unchanged', async () => {
    const { folder, file } = freshCopy();
    chmodSync(file, 0o444);
    const r = await runCli(['lint', 'plan.txt', '--fix', '--no-config', '--locale', 'en'], { cwd: folder });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.txt: The file is read-only; the file was left unchanged');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(leftovers(folder)).toEqual([]);
    // the unfixed problems are still reported
    expect(r.stdout).toContain('numbering-sequence');
  });

  it('permission denied when creating the temporary file: exit 2, message, unchanged', async () => {
    const { folder, file } = freshCopy();
    const r = await runCli(['lint', 'plan.txt', '--fix', '--no-config', '--locale', 'zh'], { cwd: folder, env: { PLANDOC_TEST_FAULT: 'open:EACCES' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.txt: 没有写入权限，文件保持原样');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });

  it('disk full while writing: exit 2, message, unchanged, temporary file removed', async () => {
    const { folder, file } = freshCopy();
    const r = await runCli(['lint', 'plan.txt', '--fix', '--no-config', '--locale', 'en'], { cwd: folder, env: { PLANDOC_TEST_FAULT: 'write:ENOSPC' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No space left on the device; the file was left unchanged');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });

  it('a crash between writing the temporary file and the rename leaves the original intact', async () => {
    const { folder, file } = freshCopy();
    const r = await runCli(['lint', 'plan.txt', '--fix', '--no-config'], { cwd: folder, env: { PLANDOC_TEST_FAULT: 'rename:crash' } });
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    // the complete new content sat in the temporary file, ready to be renamed
    const temps = leftovers(folder);
    expect(temps).toHaveLength(1);
    expect(temps[0]).toMatch(/^\.plan\.txt\.plandoc-.*\.tmp$/);
    expect(readFileSync(join(folder, temps[0]!), 'utf8')).toBe(readFileSync(join(FIXTURES, 'enc', 'plan-utf8.fixed.txt'), 'utf8'));
    // and a later run does not lint the leftover
    const again = await runCli(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder });
    expect((JSON.parse(again.stdout) as { file: string }[]).map((f) => f.file)).toEqual(['plan.txt']);
  });

  it('the file mode survives a fix', async () => {
    const { folder, file } = freshCopy();
    chmodSync(file, 0o640);
    const r = await runCli(['lint', 'plan.txt', '--fix', '--no-config'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(ORIGINAL)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('a fix through a symlink rewrites the target and keeps the link', async () => {
    const { folder, file } = freshCopy();
    symlinkSync('plan.txt', join(folder, 'link.txt'));
    const r = await runCli(['lint', 'link.txt', '--fix', '--no-config'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(lstatSync(join(folder, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(FIXTURES, 'enc', 'plan-utf8.fixed.txt'), 'utf8'));
  });

  it('a file that needs no fix is never rewritten (its mtime stays)', async () => {
    const { folder } = freshCopy();
    const clean = join(folder, 'clean.txt');
    writeFileSync(clean, '一、总则\n二、附则\n');
    utimesSync(clean, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const before = statSync(clean).mtimeMs;
    await runCli(['lint', 'clean.txt', '--fix', '--no-config'], { cwd: folder });
    expect(statSync(clean).mtimeMs).toBe(before);
  });
});
