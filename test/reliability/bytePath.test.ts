// File names that are not UTF-8 kept byte for byte in a string path (server/src/io/bytePath.ts, issue 15).
import { describe, expect, it } from 'vitest';
import { bytesOfPath, fsPath, hasRawBytes, pathFromBytes, visibleBytes } from '../../server/src/io/bytePath.js';

describe('byte paths', () => {
  it('round-trips every single byte and every pair of bytes', () => {
    const failed: string[] = [];
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const raw = Buffer.of(0x2f, a, b, 0x2e);
        if (!bytesOfPath(pathFromBytes(raw)).equals(raw)) failed.push(raw.toString('hex'));
      }
    }
    expect(failed).toEqual([]);
  });

  it('round-trips truncated, overlong and surrogate sequences, and leaves valid UTF-8 a plain string', () => {
    const cases = [[0xe6, 0x96], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xb2, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98]];
    for (const bytes of cases) {
      const raw = Buffer.from(bytes);
      const path = pathFromBytes(raw);
      expect(hasRawBytes(path)).toBe(true);
      expect(bytesOfPath(path).equals(raw)).toBe(true);
    }
    const valid = '方案/𐂀😀.txt'; // U+10080 is a surrogate pair whose low half lies in U+DC80–U+DCFF
    expect(pathFromBytes(Buffer.from(valid))).toBe(valid);
    expect(hasRawBytes(valid)).toBe(false);
    expect(fsPath(valid)).toBe(valid);
  });

  it('names differing only in bytes that are not UTF-8 stay different, and show those bytes as \\xNN', () => {
    const ff = pathFromBytes(Buffer.of(0x61, 0xff, 0x2e, 0x74, 0x78, 0x74));
    const fe = pathFromBytes(Buffer.of(0x61, 0xfe, 0x2e, 0x74, 0x78, 0x74));
    expect(ff).not.toBe(fe);
    expect(visibleBytes(ff)).toBe('a\\xff.txt');
    expect(visibleBytes(pathFromBytes(Buffer.concat([Buffer.from('方'), Buffer.of(0xb7)])))).toBe('方\\xb7');
    expect(Buffer.isBuffer(fsPath(ff))).toBe(true);
  });
});
