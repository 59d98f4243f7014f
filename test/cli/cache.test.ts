// --cache answers from a file's stat when it can (size, mtime, ctime, inode, as git's index does) and from
// its content otherwise. These tests doctor the cache file to see which way a run decided: a doctored entry
// that is believed proves the file was not linted, and a doctored key that is believed proves it was not read.
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

// the same number of bytes: （二） → （三） opens a numbering gap (one error)
const CLEAN = '一、总则\n（一）第一项。\n（二）第二项。\n';
const GAP = '一、总则\n（一）第一项。\n（三）第二项。\n';

interface Entry { key: string; config: string; problems: { rule: string }[]; stamp?: { size: number; mtimeMs: number; ctimeMs: number; ino: number }; checkedMs?: number }
interface CacheFile { version: string; format: number; entries: Record<string, Entry> }

const HOUR_AGO = new Date(Date.now() - 3600_000);
const FAKE_PROBLEM = { rule: 'doctored', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 2, message: { zh: '伪造', en: 'doctored' }, fixable: false };

describe('--cache stat fast path', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  let cacheFile: string;
  const lint = async () => {
    const r = await runCli(['lint', 'plan.txt', '--format', 'json', '--cache', '--no-config', '--locale', 'en'], { cwd: dir });
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true);
    return (JSON.parse(r.stdout) as { problems: { rule: string }[] }[])[0]!.problems.map((p) => p.rule);
  };
  const readCache = () => JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheFile;
  const doctor = (change: (e: Entry) => void) => {
    const cache = readCache();
    change(Object.values(cache.entries)[0]!);
    writeFileSync(cacheFile, JSON.stringify(cache));
  };

  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    file = join(dir, 'plan.txt');
    cacheFile = join(dir, '.plandoccache');
  });
  afterEach(() => cleanup());

  it('stores the stat with each entry, taken before the content was read', async () => {
    writeFileSync(file, GAP);
    const before = Date.now();
    expect(await lint()).toEqual(['numbering-sequence']);
    const entry = Object.values(readCache().entries)[0]!;
    const st = statSync(file);
    expect(entry.stamp).toEqual({ size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
    expect(entry.checkedMs).toBeGreaterThanOrEqual(before);
  }, 30_000);

  it('an old file whose stat is unchanged is a hit without reading it (a doctored content key is believed)', async () => {
    writeFileSync(file, GAP);
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    await lint();
    doctor((e) => {
      e.key = 'not the hash of this file';
      e.problems = [FAKE_PROBLEM];
      // utimes just set the ctime to now, which no test can set back: as if the check came 10 s after it
      e.checkedMs = Math.max(e.stamp!.mtimeMs, e.stamp!.ctimeMs) + 10_000;
    });
    expect(await lint()).toEqual(['doctored']);
  }, 30_000);

  it('a touched but unchanged file is still a hit, verified by content; the entry takes the new stat', async () => {
    writeFileSync(file, GAP);
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    await lint();
    doctor((e) => {
      e.problems = [FAKE_PROBLEM];
    });
    const touched = new Date(Date.now() - 1800_000);
    utimesSync(file, touched, touched);
    expect(await lint()).toEqual(['doctored']);
    expect(Object.values(readCache().entries)[0]!.stamp!.mtimeMs).toBe(statSync(file).mtimeMs);
  }, 30_000);

  it('a touched file whose content changed is linted afresh, even with its size kept', async () => {
    writeFileSync(file, CLEAN);
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    expect(await lint()).toEqual([]);
    writeFileSync(file, GAP);
    expect(await lint()).toEqual(['numbering-sequence']);
  }, 30_000);

  it('racily clean: an edit of the same size with the mtime set back, unseen by stat, is caught by content', async () => {
    // linted right after it was written: its timestamps are not clearly older than the check
    writeFileSync(file, CLEAN);
    const { atime, mtime } = statSync(file);
    expect(await lint()).toEqual([]);
    writeFileSync(file, GAP);
    utimesSync(file, atime, mtime);
    // as if the edit had fallen in the same timestamp tick: the stored stat now matches the file exactly
    const st = statSync(file);
    doctor((e) => {
      e.stamp = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
    });
    expect(await lint()).toEqual(['numbering-sequence']);
  }, 30_000);

  it('the same stat is not trusted under another config: a changed --rule lints afresh', async () => {
    writeFileSync(file, GAP);
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    expect(await lint()).toEqual(['numbering-sequence']);
    const r = await runCli(['lint', 'plan.txt', '--format', 'json', '--cache', '--no-config', '--rule', 'numbering-sequence=off'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { problems: unknown[] }[])[0]!.problems).toEqual([]);
  }, 30_000);
});
