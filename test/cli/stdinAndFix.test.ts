// --stdin, --fix-dry-run and --output-file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const ORIGINAL = readFileSync(join(FIXTURES, 'enc', 'plan-utf8.txt'), 'utf8');
const FIXED = readFileSync(join(FIXTURES, 'enc', 'plan-utf8.fixed.txt'), 'utf8');

describe('stdin', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('lints standard input and names it <stdin>', async () => {
    const r = await runCli(['lint', '--stdin', '--format', 'json', '--no-config'], { input: ORIGINAL });
    const files = JSON.parse(r.stdout) as { file: string; problems: unknown[] }[];
    expect(r.code).toBe(1);
    expect(files.map((f) => f.file)).toEqual(['<stdin>']);
    expect(files[0]!.problems).toHaveLength(3);
  });

  it('--stdin-filename selects the config by path and names the report', async () => {
    writeFileSync(join(dir, '.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off' } }));
    const r = await runCli(['lint', '--stdin', '--stdin-filename', 'sub/plan.txt', '--format', 'json'], { cwd: dir, input: ORIGINAL });
    const files = JSON.parse(r.stdout) as { file: string; problems: { rule: string }[] }[];
    expect(files[0]!.file).toBe('sub/plan.txt');
    expect(files[0]!.problems.map((p) => p.rule)).toEqual(['marker-punctuation']);
    expect(r.code).toBe(0);
  });

  it('--stdin --fix prints the fixed document (same encoding) on stdout and the report on stderr', async () => {
    const gbk = iconv.encode(ORIGINAL, 'gbk');
    const r = await runCli(['lint', '--stdin', '--fix', '--no-config', '--locale', 'en'], { input: gbk });
    expect(r.stdoutBytes.equals(iconv.encode(FIXED, 'gbk'))).toBe(true);
    expect(r.stderr.match(/fixed 3 problems in 1 file/g)).toHaveLength(1);
    expect(r.code).toBe(0);
  });
});

describe('--fix-dry-run', () => {
  const { dir, cleanup } = tempDir(join(FIXTURES, 'enc'));
  afterAll(cleanup);

  it('prints a unified diff of the fixes and leaves the file alone', async () => {
    const r = await runCli(['lint', 'plan-utf8.txt', '--fix-dry-run', '--no-config', '--locale', 'en'], { cwd: dir });
    expect(readFileSync(join(dir, 'plan-utf8.txt'), 'utf8')).toBe(ORIGINAL);
    expect(r.stdout).toContain('--- a/plan-utf8.txt\n+++ b/plan-utf8.txt\n@@ -1,11 +1,11 @@\n');
    expect(r.stdout).toContain('\n-（一）、坚持学习，提高认识。\n+（一）坚持学习，提高认识。\n');
    expect(r.stdout).toContain('\n-四、保障措施\n+三、保障措施\n');
    expect(r.stdout + r.stderr).toContain('would fix 3 problems in 1 file (not written; see the diff above)');
    // after the fixes nothing is left: exit 0
    expect(r.code).toBe(0);
  });

  it('the diff applies with patch(1) semantics: applying it by hand gives the --fix result', async () => {
    const r = await runCli(['lint', 'plan-utf8.txt', '--fix-dry-run', '--no-config'], { cwd: dir });
    const lines = ORIGINAL.split('\n');
    const out: string[] = [];
    let i = 0;
    for (const l of r.stdout.split('\n')) {
      const h = /^@@ -(\d+),(\d+) /.exec(l);
      if (h) {
        while (i < Number(h[1]) - 1) out.push(lines[i++]!);
      } else if (l.startsWith('-') && !l.startsWith('---')) i++;
      else if (l.startsWith('+') && !l.startsWith('+++')) out.push(l.slice(1));
      else if (l.startsWith(' ')) out.push(lines[i++]!);
    }
    while (i < lines.length) out.push(lines[i++]!);
    expect(out.join('\n')).toBe(FIXED);
  });
});

describe('--output-file', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('writes the report to the file (folders created), the summary to stderr, nothing to stdout', async () => {
    const r = await runCli(['lint', join(FIXTURES, 'project'), '--format', 'sarif', '--output-file', join(dir, 'reports/plandoc.sarif'), '--no-config', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('4 files checked');
    const log = JSON.parse(readFileSync(join(dir, 'reports/plandoc.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]!.results).toHaveLength(9);
  });
});
