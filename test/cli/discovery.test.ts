// Which files a run covers: default extensions, .gitignore and .plandocignore per folder, config `ignores`,
// explicit files, globs, --ext and --no-ignore.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

const DOC = '一、总则\n二、附则\n';
const TREE: Record<string, string> = {
  'a.txt': DOC,
  'b.md': DOC,
  'c.plan': DOC,
  'd.rst': DOC,
  'e.TXT': DOC,
  'build/out.txt': DOC,
  'notes/keep.txt': DOC,
  'notes/scratch.txt': DOC,
  'notes/.plandocignore': 'scratch.txt\n',
  'drafts/x.txt': DOC,
  'archive/old.md': DOC,
  'node_modules/pkg/readme.md': DOC,
  '.hidden/h.txt': DOC,
  '.gitignore': 'build/\n',
  '.plandocrc.json': JSON.stringify({ ignores: ['drafts/**', 'archive'] }),
};

async function listed(args: string[], cwd: string): Promise<{ files: string[]; stderr: string; code: number | null }> {
  const r = await runCli(['lint', ...args, '--format', 'json', '--locale', 'en'], { cwd });
  return { files: r.stdout ? (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file) : [], stderr: r.stderr, code: r.code };
}

describe('file discovery', () => {
  const { dir, cleanup } = tempDir();
  beforeAll(() => {
    mkdirSync(join(dir, '.git')); // the repository root: ignore files above it do not apply
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  });
  afterAll(cleanup);

  it('default: .txt .md .plan (any case), minus .gitignore, nested .plandocignore, config ignores, node_modules and dot folders', async () => {
    expect((await listed([], dir)).files).toEqual(['a.txt', 'b.md', 'c.plan', 'e.TXT', 'notes/keep.txt']);
  });

  it('--no-ignore lints what ignore files and config ignores leave out (never node_modules)', async () => {
    expect((await listed(['--no-ignore'], dir)).files).toEqual(['a.txt', 'archive/old.md', 'b.md', 'build/out.txt', 'c.plan', 'drafts/x.txt', 'e.TXT', 'notes/keep.txt', 'notes/scratch.txt']);
  });

  it('--ext chooses the extensions looked for in folders', async () => {
    expect((await listed(['--ext', 'rst,plan'], dir)).files).toEqual(['c.plan', 'd.rst']);
  });

  it('an explicit file is linted whatever its extension; an explicitly named ignored file is reported as skipped', async () => {
    const r = await listed(['d.rst', 'build/out.txt'], dir);
    expect(r.files).toEqual(['d.rst']);
    expect(r.stderr).toContain('build/out.txt: excluded by .gitignore');
  });

  it('globs are expanded relative to the working directory, then filtered by the ignore files', async () => {
    expect((await listed(['**/*.txt'], dir)).files).toEqual(['a.txt', 'notes/keep.txt']);
  });

  it('a folder given twice, or a file inside a given folder, is linted once', async () => {
    expect((await listed(['notes', 'notes/keep.txt', '.'], dir)).files).toEqual(['a.txt', 'b.md', 'c.plan', 'e.TXT', 'notes/keep.txt']);
  });

  it('an empty folder is a clean run, not an error', async () => {
    mkdirSync(join(dir, 'empty'));
    const r = await listed(['empty'], dir);
    expect(r.code).toBe(0);
    expect(r.files).toEqual([]);
  });
});
