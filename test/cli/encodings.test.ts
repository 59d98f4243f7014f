// GBK, UTF-16 and BOM/CRLF twins of one document lint exactly like the UTF-8 original, and --fix writes
// back the same encoding, BOM and line endings: byte-identical except the corrected markers.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const ENC = join(FIXTURES, 'enc');
const ORIGINAL = readFileSync(join(ENC, 'plan-utf8.txt'), 'utf8');
const FIXED = readFileSync(join(ENC, 'plan-utf8.fixed.txt'), 'utf8');
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** How each twin was made from a text (the same recipe as make-encodings.mjs). */
const TWINS: Record<string, (text: string) => Buffer> = {
  'plan-utf8-bom-crlf.txt': (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf(t), 'utf8')]),
  'plan-gbk-crlf.txt': (t) => iconv.encode(crlf(t), 'gbk'),
  'plan-gbk.txt': (t) => iconv.encode(t, 'gbk'),
  'plan-utf16le-bom-crlf.txt': (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf(t), 'utf16le')]),
  'plan-utf16be-bom.txt': (t) => iconv.encode(t, 'utf16-be', { addBOM: true }),
};

interface JsonFile { file: string; problems: { rule: string; line: number; column: number; message: string }[] }

async function problemsOf(file: string, cwd = ENC, extra: string[] = []) {
  const r = await runCli(['lint', file, '--format', 'json', '--no-config', '--locale', 'en', ...extra], { cwd });
  return { code: r.code, problems: (JSON.parse(r.stdout) as JsonFile[])[0]!.problems, stderr: r.stderr };
}

describe('encodings', () => {
  const { dir, cleanup } = tempDir(ENC);
  afterAll(cleanup);

  it('the committed twins are exactly the recipe applied to the UTF-8 original', () => {
    for (const [name, make] of Object.entries(TWINS)) expect(readFileSync(join(ENC, name)).equals(make(ORIGINAL)), name).toBe(true);
  });

  it('the UTF-8 original has fixable problems, and its expected fix lints clean', async () => {
    const original = await problemsOf('plan-utf8.txt');
    expect(original.problems.map((p) => `${p.line}:${p.rule}`)).toEqual(['4:marker-punctuation', '8:numbering-sequence', '9:numbering-sequence']);
    const fixedFile = await problemsOf('plan-utf8.fixed.txt');
    expect(fixedFile.problems).toEqual([]);
  });

  for (const name of Object.keys(TWINS)) {
    it(`${name} lints like the UTF-8 original`, async () => {
      const [twin, original] = await Promise.all([problemsOf(name), problemsOf('plan-utf8.txt')]);
      expect(twin.code).toBe(original.code);
      expect(twin.problems).toEqual(original.problems);
    });

    it(`${name}: --fix keeps encoding, BOM and line endings; only the markers change`, async () => {
      const before = readFileSync(join(dir, name));
      const r = await runCli(['lint', name, '--fix', '--no-config'], { cwd: dir });
      expect(r.code).toBe(0);
      const after = readFileSync(join(dir, name));
      expect(after.equals(TWINS[name]!(FIXED))).toBe(true);
      expect(after.subarray(0, 2).equals(before.subarray(0, 2))).toBe(true); // BOM (or first bytes) kept
      expect(after.length - before.length).toBe(TWINS[name]!(FIXED).length - TWINS[name]!(ORIGINAL).length);
      expect((await problemsOf(name, dir)).problems).toEqual([]);
    });
  }

  it('--fix writes the UTF-8 original to the expected text', async () => {
    await runCli(['lint', 'plan-utf8.txt', '--fix', '--no-config'], { cwd: dir });
    expect(readFileSync(join(dir, 'plan-utf8.txt'), 'utf8')).toBe(FIXED);
  });

  it('--encoding forces a decoder: GBK bytes read as UTF-8 give different text', async () => {
    const forced = await problemsOf('plan-gbk.txt', ENC, ['--encoding', 'utf8']);
    const auto = await problemsOf('plan-gbk.txt', ENC, ['--encoding', 'gbk']);
    expect(auto.problems.length).toBe(3);
    expect(forced.problems).not.toEqual(auto.problems);
  });

  it('a file whose bytes do not survive decoding is not rewritten by --fix (exit 2, unchanged)', async () => {
    // invalid GB18030 (0x81 followed by 0x20) next to a fixable gap
    const bytes = Buffer.concat([iconv.encode('一、总则\n三、附则\n', 'gbk'), Buffer.from([0x81, 0x20, 0x0a])]);
    writeFileSync(join(dir, 'broken-gbk.txt'), bytes);
    const r = await runCli(['lint', 'broken-gbk.txt', '--fix', '--no-config', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('left unchanged');
    expect(readFileSync(join(dir, 'broken-gbk.txt')).equals(bytes)).toBe(true);
  });

  it('UTF-8 with one damaged byte is linted as UTF-8, and --fix leaves it alone rather than re-encode it (exit 2)', async () => {
    const bytes = Buffer.concat([Buffer.from(ORIGINAL, 'utf8'), Buffer.from([0xff, 0x0a])]);
    writeFileSync(join(dir, 'damaged-utf8.txt'), bytes);
    const linted = await problemsOf('damaged-utf8.txt', dir);
    // the same problems, plus the damaged byte itself, read as U+FFFD: a lost character
    expect(linted.problems.slice(0, 3)).toEqual((await problemsOf('plan-utf8.txt')).problems);
    expect(linted.problems.slice(3).map((p) => `${p.line}:${p.column}:${p.rule}`)).toEqual(['12:1:placeholder']);
    const r = await runCli(['lint', 'damaged-utf8.txt', '--fix', '--no-config', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid in UTF-8');
    expect(readFileSync(join(dir, 'damaged-utf8.txt')).equals(bytes)).toBe(true);
  });

  it('binary files are skipped with a message; no temp files are left behind by a fixing run', async () => {
    writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await runCli(['lint', 'image.txt', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Skipped image.txt: it looks like a binary file');
    expect(readdirSync(dir).filter((f) => f.includes('.plandoc-'))).toEqual([]);
  });

  it('files over --max-file-size are skipped with a warning', async () => {
    const r = await runCli(['lint', 'plan-utf8.txt', '--max-file-size', '100', '--locale', 'en'], { cwd: ENC });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Skipped plan-utf8\.txt: .* exceeds the size limit/);
    expect(r.stdout).toContain('1 file skipped');
  });
});
