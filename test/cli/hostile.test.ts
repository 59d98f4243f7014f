// Hostile files and trees (issue 15): every case a CI run over someone else's repository can meet. Each test
// runs the built CLI on real files in a temporary folder, with a kill timeout so a hang fails instead of
// blocking the suite; inputs are small, and concurrency is staged with a FIFO handshake, never a sleep.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, copyFileSync, linkSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempDir, type RunOptions } from './helpers.js';
import { summaryLines } from '../../server/src/cli/summary.js';
import { emptyTotals } from '../../server/src/cli/results.js';

const SOURCE = join(FIXTURES, 'enc', 'plan-utf8.txt');
const ORIGINAL = readFileSync(SOURCE);
const FIXED = readFileSync(join(FIXTURES, 'enc', 'plan-utf8.fixed.txt'));
const LIMIT = { timeoutMs: 20_000 };

const { dir: root, cleanup } = tempDir();
afterAll(cleanup);
let n = 0;
/** A fresh folder (a repository root: config search stops here) holding plan.txt. */
function freshCase(): { folder: string; file: string } {
  const folder = join(root, `case-${++n}`);
  mkdirSync(join(folder, '.git'), { recursive: true });
  const file = join(folder, 'plan.txt');
  copyFileSync(SOURCE, file);
  return { folder, file };
}
const run = (args: string[], options: RunOptions = {}) => runCli([...args, '--locale', 'en'], { ...LIMIT, ...options });
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const files = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((f) => f.file);

describe('writes that cannot lose data', () => {
  it('--stdin --fix with a NUL byte refuses (exit 2) instead of printing an empty document', async () => {
    const r = await run(['lint', '--stdin', '--fix', '--no-config'], { input: Buffer.concat([Buffer.from('一、甲\n'), Buffer.from([0]), Buffer.from('三、乙\n')]) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Standard input looks like binary data, not a text document; nothing was fixed or printed');
  });

  it('--stdin honours --max-file-size: lint skips with a notice, --fix refuses with exit 2', async () => {
    const big = Buffer.from('一、甲\n三、乙\n'.repeat(2000));
    const lint = await run(['lint', '--stdin', '--no-config', '--max-file-size', '1KB'], { input: big });
    expect(lint.code).toBe(0);
    expect(lint.stderr).toContain('Skipped <stdin>');
    const fix = await run(['lint', '--stdin', '--fix', '--no-config', '--max-file-size', '1KB'], { input: big });
    expect(fix.code).toBe(2);
    expect(fix.stdout).toBe('');
    expect(fix.stderr).toContain('Standard input exceeds the size limit');
  });

  it('an edit saved while --fix runs is kept: the file is checked again just before the rename', async () => {
    const { folder, file } = freshCase();
    const fifo = join(folder, 'pause.fifo');
    mkfifo(fifo);
    const stat = statSync(file);
    const running = run(['lint', 'plan.txt', '--fix', '--no-config'], { cwd: folder, env: { PLANDOC_TEST_PAUSE: `rename:${fifo}` } });
    // opening the FIFO's write end waits until the CLI, about to rename, opens its read end
    const handle = await open(fifo, 'w');
    // the writer's edit: same size, and the mtime put back, so only the bytes tell
    const edit = Buffer.from(ORIGINAL.toString('utf8').replace('城南', '城北'));
    writeFileSync(file, edit);
    utimesSync(file, stat.atime, stat.mtime);
    await handle.close();
    const r = await running;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.txt: The file was changed while it was being fixed; to keep that edit the fix was not written');
    expect(readFileSync(file).equals(edit)).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--fix keeps the mode exactly: group-write and setgid survive, the umask is not applied', async () => {
    const { folder, file } = freshCase();
    chmodSync(file, 0o2664);
    const r = await run(['lint', 'plan.txt', '--fix', '--no-config'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(FIXED)).toBe(true);
    expect(statSync(file).mode & 0o7777).toBe(0o2664);
  });

  // as root the file is given to another user and group, which the new file (created by root) would not have
  it.runIf(process.getuid?.() === 0)('--fix keeps the owner and group (a file owned by another uid and gid, the CLI run as root)', async () => {
    const { folder, file } = freshCase();
    chownSync(file, 4321, 8765);
    chmodSync(file, 0o2664);
    const r = await run(['lint', 'plan.txt', '--fix', '--no-config'], { cwd: folder });
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(FIXED)).toBe(true);
    const st = statSync(file);
    expect([st.uid, st.gid]).toEqual([4321, 8765]);
    expect(st.mode & 0o7777).toBe(0o2664);
  });

  it('a file with two hard links is refused, so both names keep the same text', async () => {
    const { folder, file } = freshCase();
    const other = join(folder, 'other-name.txt');
    linkSync(file, other);
    const r = await run(['lint', 'plan.txt', '--fix', '--no-config'], { cwd: folder });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The file has more than one hard link');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
    expect(statSync(file).ino).toBe(statSync(other).ino);
  });

  it('-o naming an input is refused before anything is written', async () => {
    const { folder, file } = freshCase();
    const r = await run(['lint', '-o', 'plan.txt', 'plan.txt', '--no-config'], { cwd: folder });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The report file plan.txt is also a document to lint');
    expect(readFileSync(file).equals(ORIGINAL)).toBe(true);
  });

  it('GBK text that is also valid UTF-8 is read as GBK; when too short to be sure, --fix refuses', async () => {
    const { folder } = freshCase();
    const long = iconv.encode('1.学习实施\n3.统一思路\n', 'gbk');
    const short = iconv.encode('1.学习\n3.统一\n', 'gbk');
    expect(Buffer.from(long).toString('utf8')).not.toContain('\uFFFD'); // valid UTF-8 as well
    writeFileSync(join(folder, 'long.txt'), long);
    writeFileSync(join(folder, 'short.txt'), short);
    const outline = await run(['outline', 'long.txt', '--no-config'], { cwd: folder });
    expect(outline.stdout).toContain('1.学习实施');
    const fix = await run(['lint', 'short.txt', '--fix', '--no-config'], { cwd: folder });
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('The encoding is ambiguous');
    expect(readFileSync(join(folder, 'short.txt')).equals(short)).toBe(true);
    const forced = await run(['lint', 'short.txt', '--fix', '--no-config', '--encoding', 'gbk'], { cwd: folder });
    expect(forced.code).toBe(0);
    expect(iconv.decode(readFileSync(join(folder, 'short.txt')), 'gbk')).toBe('1.学习\n2.统一\n');
  });
});

describe('a tree it may not leave', () => {
  it('--fix . does not write through an in-tree link to a file outside the tree; --follow-symlinks does', async () => {
    const { folder } = freshCase();
    const outside = join(root, `outside-${n}.txt`);
    copyFileSync(SOURCE, outside);
    const tree = join(folder, 'tree');
    mkdirSync(tree);
    symlinkSync(outside, join(tree, 'link.txt'));
    const r = await run(['lint', '.', '--fix', '--no-config'], { cwd: tree });
    expect(r.stderr).toContain('link.txt: This symbolic link leads out of the linted folders');
    expect(r.code).toBe(1); // the problems stand; the skip is no failure
    expect(readFileSync(outside).equals(ORIGINAL)).toBe(true);
    const follow = await run(['lint', '.', '--fix', '--no-config', '--follow-symlinks'], { cwd: tree });
    expect(follow.code).toBe(0);
    expect(readFileSync(outside).equals(FIXED)).toBe(true);
  });

  it('folders and globs do not follow linked folders, and a file reached by a link is linted once', async () => {
    const { folder } = freshCase();
    mkdirSync(join(folder, 'docs'));
    copyFileSync(SOURCE, join(folder, 'docs', 'a.txt'));
    symlinkSync(join(folder, 'docs'), join(folder, 'docs-link'));
    symlinkSync(join(folder, 'docs', 'a.txt'), join(folder, 'docs', 'same-as-a.txt'));
    const walk = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder });
    expect(files(walk.stdout)).toEqual(['docs/a.txt', 'plan.txt']);
    const glob = await run(['lint', '**/*.txt', '--format', 'json', '--no-config'], { cwd: folder });
    expect(files(glob.stdout)).toEqual(['docs/a.txt', 'plan.txt']);
  });

  it('dangling links, loops and a link to a folder named x.md are skipped with a notice, not a failed run', async () => {
    const { folder } = freshCase();
    symlinkSync(join(folder, 'nowhere.txt'), join(folder, 'dangling.txt'));
    symlinkSync(join(folder, 'loop-b.txt'), join(folder, 'loop-a.txt'));
    symlinkSync(join(folder, 'loop-a.txt'), join(folder, 'loop-b.txt'));
    mkdirSync(join(folder, 'folder'));
    symlinkSync(join(folder, 'folder'), join(folder, 'x.md'));
    const r = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder });
    expect(r.code).toBe(1);
    expect(files(r.stdout)).toEqual(['plan.txt']);
    expect(r.stderr).toContain('Skipped dangling.txt: the symbolic link points to nothing');
    expect(r.stderr).toContain('Skipped loop-a.txt: the symbolic link is a loop');
    expect(r.stderr).not.toContain('No such file');
    // named explicitly, a loop is named as such too
    const explicit = await run(['lint', 'loop-a.txt', '--no-config'], { cwd: folder });
    expect(explicit.stderr).toContain('the symbolic link is a loop');
    expect(explicit.code).toBe(0);
  });

  it('file names that are not UTF-8 are linted and fixed byte for byte; two names differing only in such bytes stay two files', async () => {
    const { folder } = freshCase();
    const named = (...bytes: number[]) => Buffer.concat([Buffer.from(folder + '/'), Buffer.from(bytes)]);
    const ff = named(0x61, 0xff, 0x2e, 0x74, 0x78, 0x74); // a\xff.txt
    const fe = named(0x61, 0xfe, 0x2e, 0x74, 0x78, 0x74); // a\xfe.txt: U+FFFD would make both one name
    const gbk = named(0xb7, 0xbd, 0xb0, 0xb8, 0x2e, 0x74, 0x78, 0x74); // 方案.txt in GBK
    for (const name of [ff, fe, gbk]) writeFileSync(name, ORIGINAL);
    mkdirSync(named(0x64, 0xff)); // a folder d\xff: walked like any other
    const inner = Buffer.concat([named(0x64, 0xff), Buffer.from('/inner.txt')]);
    writeFileSync(inner, ORIGINAL);
    const lint = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder });
    expect(lint.code).toBe(1);
    const report = JSON.parse(lint.stdout) as { file: string; problems: unknown[] }[];
    // code-unit order: a byte that is not UTF-8 sorts after every ASCII character
    expect(report.map((f) => f.file)).toEqual(['a\\xfe.txt', 'a\\xff.txt', 'd\\xff/inner.txt', 'plan.txt', '\\xb7\\xbd\\xb0\\xb8.txt']);
    for (const f of report) expect(f.problems.length).toBe(report[3]!.problems.length);
    expect(lint.stderr).not.toContain('Skipped');
    expect(lint.stderr).not.toContain('\uFFFD');
    // worker threads and the cache get the same paths (a structured clone and JSON keep the lone surrogates)
    const jobs = await run(['lint', '.', '--format', 'json', '--no-config', '--jobs', '2', '--cache', '--cache-location', join(root, `cache-${n}.json`)], { cwd: folder });
    expect(JSON.parse(jobs.stdout)).toEqual(report);
    const cached = await run(['lint', '.', '--format', 'json', '--no-config', '--jobs', '2', '--cache', '--cache-location', join(root, `cache-${n}.json`)], { cwd: folder });
    expect(JSON.parse(cached.stdout)).toEqual(report);

    const fix = await run(['lint', '.', '--fix', '--no-config'], { cwd: folder });
    expect(fix.code).toBe(0);
    for (const name of [ff, fe, gbk, inner]) expect(readFileSync(name).equals(FIXED)).toBe(true);
    // written in place under the same bytes: no U+FFFD twin, no temporary file left behind
    const names = (readdirSync(folder, { encoding: 'buffer' }) as Buffer[]).map((b) => b.toString('latin1')).sort();
    expect(names).toEqual(['.git', 'a\xfe.txt', 'a\xff.txt', 'd\xff', 'plan.txt', '\xb7\xbd\xb0\xb8.txt']);
  });

  it('a config and an ignore file inside a folder whose name is not UTF-8 are found by its bytes and honoured', async () => {
    const { folder } = freshCase();
    const gbkFolder = Buffer.concat([Buffer.from(folder + '/'), Buffer.from([0xb7, 0xbd, 0xb0, 0xb8])]); // 方案 in GBK
    const inside = (name: string) => Buffer.concat([gbkFolder, Buffer.from(`/${name}`)]);
    mkdirSync(inside('sub'), { recursive: true });
    writeFileSync(inside('.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off' } }));
    writeFileSync(inside('.plandocignore'), 'skip.txt\n');
    for (const name of ['inner.txt', 'sub/deep.txt', 'skip.txt']) writeFileSync(inside(name), ORIGINAL);
    // a repository of its own in a folder 子 (GBK): the outer config and ignore file stop at its .git
    const nested = Buffer.concat([Buffer.from(folder + '/'), Buffer.from([0xd7, 0xd3])]);
    mkdirSync(Buffer.concat([nested, Buffer.from('/.git')]), { recursive: true });
    writeFileSync(Buffer.concat([nested, Buffer.from('/a.txt')]), ORIGINAL);
    writeFileSync(join(folder, '.plandocrc.json'), JSON.stringify({ rules: { 'marker-punctuation': 'off' } }));
    writeFileSync(join(folder, '.plandocignore'), 'a.txt\n');
    const rules = (f: { problems: { rule: string }[] }) => [...new Set(f.problems.map((p) => p.rule))].sort();
    const expected = [
      { file: 'plan.txt', rules: ['numbering-sequence'] },
      // the folder's own config wins (numbering-sequence off, marker-punctuation on), below it too; its
      // .plandocignore leaves skip.txt out
      { file: '\\xb7\\xbd\\xb0\\xb8/inner.txt', rules: ['marker-punctuation'] },
      { file: '\\xb7\\xbd\\xb0\\xb8/sub/deep.txt', rules: ['marker-punctuation'] },
      // no config of its own, none above its .git: the defaults; the outer .plandocignore does not reach it
      { file: '\\xd7\\xd3/a.txt', rules: ['marker-punctuation', 'numbering-sequence'] },
    ];
    for (const jobs of ['1', '2']) {
      const r = await run(['lint', '.', '--format', 'json', '--jobs', jobs], { cwd: folder });
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as { file: string; problems: { rule: string }[] }[];
      expect(report.map((f) => ({ file: f.file, rules: rules(f) }))).toEqual(expected);
      expect(r.stderr).not.toContain('Skipped');
    }
    // --fix takes the same config: only the marker punctuation is fixed in that folder, the numbering is left
    const fix = await run(['lint', '.', '--fix'], { cwd: folder });
    expect(fix.code, fix.stderr).toBe(0);
    const punctuationOnly = ORIGINAL.toString('utf8').replace('（一）、', '（一）');
    for (const name of ['inner.txt', 'sub/deep.txt']) expect(readFileSync(inside(name), 'utf8')).toBe(punctuationOnly);
    expect(readFileSync(inside('skip.txt')).equals(ORIGINAL)).toBe(true);
    expect(readFileSync(Buffer.concat([nested, Buffer.from('/a.txt')])).equals(FIXED)).toBe(true);
    // a broken config there is named by those bytes, as the reports name its files
    writeFileSync(inside('.plandocrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const broken = await run(['lint', '.'], { cwd: folder });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('\\xb7\\xbd\\xb0\\xb8/.plandocrc.json:1, key rules.no-such-rule');
    expect(broken.stderr).not.toContain('\uFFFD');
  });
});

describe('bounded reading', () => {
  it('a FIFO named a.txt in the tree is skipped; the run ends', async () => {
    const { folder } = freshCase();
    mkfifo(join(folder, 'a.txt'));
    const r = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder });
    expect(r.signal).toBeNull();
    expect(files(r.stdout)).toEqual(['plan.txt']);
    expect(r.stderr).toContain('Skipped a.txt: not a regular file');
    // named explicitly, it is not opened for a blocking read either
    const explicit = await run(['lint', 'a.txt', '--no-config'], { cwd: folder });
    expect(explicit.signal).toBeNull();
    expect(explicit.stderr).toContain('not a regular file');
  });

  it('a FIFO named .plandocrc.json is a clear configuration error, not a hang', async () => {
    const { folder } = freshCase();
    mkfifo(join(folder, '.plandocrc.json'));
    const r = await run(['lint', 'plan.txt'], { cwd: folder });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.plandocrc.json: This is a named pipe (FIFO), not a regular file');
  });

  it('config and ignore files linked to /dev/zero are refused or skipped without reading them', async () => {
    const { folder } = freshCase();
    symlinkSync('/dev/zero', join(folder, '.gitignore'));
    const ignore = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
    expect(ignore.code).toBe(1);
    expect(files(ignore.stdout)).toEqual(['plan.txt']);
    expect(ignore.stderr).toContain('.gitignore not used: not a regular file');
    symlinkSync('/dev/zero', join(folder, '.plandocrc.json'));
    const config = await run(['lint', 'plan.txt'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('This is a device, not a regular file');
  });

  it('a .plandocignore linked to /dev/zero and a package.json that is a FIFO neither hang nor eat memory', async () => {
    const { folder } = freshCase();
    symlinkSync('/dev/zero', join(folder, '.plandocignore'));
    const ignore = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
    expect(ignore.code).toBe(1);
    expect(files(ignore.stdout)).toEqual(['plan.txt']);
    expect(ignore.stderr).toContain('.plandocignore not used: not a regular file');
    // a package.json that is not a regular file is passed over with a notice (looked at with stat only): never opened
    // for reading, so neither a FIFO (would block) nor /dev/zero (would fill memory) stops the run
    mkfifo(join(folder, 'package.json'));
    const fifo = await run(['lint', 'plan.txt', '--format', 'json'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
    expect(fifo.code, fifo.stderr).toBe(1);
    expect(files(fifo.stdout)).toEqual(['plan.txt']);
    expect(fifo.stderr).toContain('package.json was not read for a "plandoc" config: it is not a regular file but a named pipe (FIFO)');
    unlinkSync(join(folder, 'package.json'));
    symlinkSync('/dev/zero', join(folder, 'package.json'));
    const zero = await run(['lint', 'plan.txt', '--format', 'json'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
    expect(zero.code, zero.stderr).toBe(1);
    expect(files(zero.stdout)).toEqual(['plan.txt']);
    expect(zero.stderr).toContain('package.json was not read for a "plandoc" config: it is not a regular file but a device');
  });

  it('a package.json that is a folder is passed over with a notice, also for --stdin; a .plandocrc.json folder is a configuration error', async () => {
    const { folder } = freshCase();
    mkdirSync(join(folder, 'package.json'));
    const r = await run(['lint', 'plan.txt', '--format', 'json'], { cwd: folder });
    expect(r.code, r.stderr).toBe(1);
    expect(files(r.stdout)).toEqual(['plan.txt']);
    expect(r.stderr).toContain('package.json was not read for a "plandoc" config: it is a folder, not a file');
    const stdin = await runCli(['lint', '--stdin', '--stdin-filename', 'plan.txt', '--locale', 'zh'], { ...LIMIT, cwd: folder, input: ORIGINAL });
    expect(stdin.code, stdin.stderr).toBe(1);
    expect(stdin.stderr).toContain('未从package.json读取“plandoc”配置：它是目录，不是文件');
    // --no-config reads no config file, so it says nothing about one
    const none = await run(['lint', 'plan.txt', '--no-config'], { cwd: folder });
    expect(none.stderr).not.toContain('package.json');
    mkdirSync(join(folder, '.plandocrc.json'));
    const rc = await run(['lint', 'plan.txt'], { cwd: folder });
    expect(rc.signal).toBeNull();
    expect(rc.code).toBe(2);
    expect(rc.stderr).toContain('.plandocrc.json: Cannot read the configuration file (EISDIR)');
  });

  it('a socket and a link to a device named *.txt in the tree are skipped, never opened', async () => {
    const { folder } = freshCase();
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(folder, 'socket.txt'), done));
    try {
      symlinkSync('/dev/zero', join(folder, 'zero.txt'));
      const r = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
      expect(r.signal).toBeNull();
      expect(files(r.stdout)).toEqual(['plan.txt']);
      expect(r.stderr).toContain('Skipped socket.txt: not a regular file');
      expect(r.stderr).toContain('Skipped zero.txt: not a regular file');
      const explicit = await run(['lint', 'zero.txt', '--no-config'], { cwd: folder, nodeArgs: ['--max-old-space-size=128'] });
      expect(explicit.signal).toBeNull();
      expect(explicit.stderr).toContain('not a regular file');
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('a .plandocrc.json over 1 MB is a configuration error; a .gitignore over 1 MB is not used, with a notice', async () => {
    const { folder } = freshCase();
    writeFileSync(join(folder, '.gitignore'), Buffer.alloc(1024 * 1024 + 1, 0x0a));
    const ignore = await run(['lint', '.', '--format', 'json', '--no-config'], { cwd: folder });
    expect(ignore.code).toBe(1);
    expect(files(ignore.stdout)).toEqual(['plan.txt']);
    expect(ignore.stderr).toContain('.gitignore not used: larger than the 1 MB limit');
    writeFileSync(join(folder, '.plandocrc.json'), Buffer.concat([Buffer.from('{}'), Buffer.alloc(1024 * 1024, 0x20)]));
    const config = await run(['lint', 'plan.txt'], { cwd: folder });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('.plandocrc.json: The file exceeds the limit of 1 MB and was not read');
  });

  it('10,000 nested brackets in a config: a clear message with the line, no internal error', async () => {
    const { folder } = freshCase();
    writeFileSync(join(folder, '.plandocrc.json'), `{\n"rules":\n${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const r = await run(['lint', 'plan.txt'], { cwd: folder });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.plandocrc\.json:3: Nested more than 32 levels deep/);
    expect(r.stderr).not.toContain('internal error');
  });

  it('--max-file-size above the ceiling is a usage error, not an out-of-memory crash later', async () => {
    const r = await run(['lint', 'x.txt', '--max-file-size', '200MB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-file-size is at most 64MB');
  });
});

describe('config that says what is wrong', () => {
  it('a UTF-8 BOM in .plandocrc.json is accepted', async () => {
    const { folder } = freshCase();
    writeFileSync(join(folder, '.plandocrc.json'), '\uFEFF' + JSON.stringify({ rules: { 'numbering-sequence': 'off' } }));
    const r = await run(['lint', 'plan.txt', '--format', 'json'], { cwd: folder });
    expect(r.code).toBe(0);
  });

  it('.plandocrc (no extension) is read as a config file', async () => {
    const { folder } = freshCase();
    writeFileSync(join(folder, '.plandocrc'), '// JSONC\n{ "rules": { "numbering-sequence": "off", "marker-punctuation": "off" } }');
    const r = await run(['lint', 'plan.txt', '--format', 'json'], { cwd: folder });
    expect(JSON.parse(r.stdout)[0].problems).toEqual([]);
  });

  it('the config search stops at the repository root: a parent folder config does not apply', async () => {
    const parent = join(root, `parent-${++n}`);
    const repo = join(parent, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(parent, '.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off', 'marker-punctuation': 'off' } }));
    copyFileSync(SOURCE, join(repo, 'plan.txt'));
    const r = await run(['lint', 'plan.txt', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].problems.length).toBe(3);
  });

  it('an override glob that backtracks exponentially in a regex engine matches a long name at once', async () => {
    const { folder } = freshCase();
    const name = `${'a'.repeat(80)}.txt`;
    copyFileSync(SOURCE, join(folder, name));
    writeFileSync(join(folder, '.plandocrc.json'), JSON.stringify({ overrides: [{ files: '*a*a*a*a*a*a*a*a*a*a*b', rules: { 'numbering-sequence': 'off' } }], ignores: ['*a*a*a*a*a*a*a*a*a*a*b'] }));
    const r = await run(['lint', name, '--format', 'json'], { cwd: folder, timeoutMs: 10_000 });
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout)[0].problems.map((p: { rule: string }) => p.rule)).toContain('numbering-sequence');
  });
});

describe('honest summaries', () => {
  it('failed files are counted apart: never "✔ … no problems" over files that failed', async () => {
    const t = { ...emptyTotals(), files: 6, failed: 4 };
    expect(summaryLines(t, 'en', { fixMode: false, dryRun: false })[0]).toBe('✖ 6 files: 2 checked, 4 failed, no problems');
    expect(summaryLines(t, 'zh', { fixMode: false, dryRun: false })[0]).toBe('✖ 共6个文件：已检查2个，失败4个，没有发现问题');
    // and through the CLI: a fix that cannot be written is a failed file
    const { folder } = freshCase();
    writeFileSync(join(folder, 'clean.txt'), '一、甲\n二、乙\n');
    const r = await run(['lint', '.', '--fix', '--no-config'], { cwd: folder, env: { PLANDOC_TEST_FAULT: 'write:ENOSPC' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('2 files: 1 checked, 1 failed');
  });

  it('terminal escape sequences in a file name are printed escaped', async () => {
    const { folder } = freshCase();
    const name = 'evil\u001b]0;pwned\u0007.txt';
    copyFileSync(SOURCE, join(folder, name));
    const r = await run(['lint', name, '--no-config'], { cwd: folder });
    expect(r.stdout).toContain('evil\\x1b]0;pwned\\x07.txt');
    expect(r.stdout).not.toContain('\u001b]0;');
  });
});
