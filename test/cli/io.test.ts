// The io layer in-process: encoding detection and round trips, binary detection, sizes, the atomic writer.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, encodeText, roundTrips } from '../../server/src/io/encoding.js';
import { looksBinary } from '../../server/src/io/binary.js';
import { parseByteSize, readDocument } from '../../server/src/io/readDocument.js';
import { WriteError, writeFileAtomic } from '../../server/src/io/atomicWrite.js';
import { unifiedDiff } from '../../server/src/cli/diff.js';
import { selectShard } from '../../server/src/cli/shard.js';
import { displayWidth } from '../../server/src/cli/width.js';

const TEXT = '一、总则\r\n（一）适用范围：𠀀 surrogate pair, ①②\r\n';

describe('encodings', () => {
  it('detects and strips each BOM; decoding then encoding gives the same bytes', () => {
    const cases: [Buffer, string, boolean][] = [
      [Buffer.from(TEXT, 'utf8'), 'utf8', false],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'utf8', true],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]), 'utf16le', true],
      [iconv.encode(TEXT, 'utf16-be', { addBOM: true }), 'utf16be', true],
      [iconv.encode(TEXT, 'gb18030'), 'gb18030', false],
    ];
    for (const [bytes, encoding, bom] of cases) {
      expect(detectEncoding(bytes)).toEqual({ encoding, bom });
      const d = decodeText(bytes);
      expect(d.text).toBe(TEXT);
      expect(roundTrips(bytes, d)).toBe(true);
      expect(encodeText(d.text, d.encoding, d.bom).equals(bytes)).toBe(true);
    }
  });

  it('GBK bytes that are not valid UTF-8 are read as GB18030', () => {
    expect(decodeText(iconv.encode('计划生育工作制度', 'gbk')).text).toBe('计划生育工作制度');
  });

  it('invalid bytes do not round-trip, so --fix refuses to rewrite them', () => {
    const bytes = Buffer.from([0xe4, 0xb8, 0x80, 0xe3, 0x80, 0x81, 0x81, 0x20]); // 一、 then a broken GB18030 lead byte
    expect(roundTrips(bytes, decodeText(bytes))).toBe(false);
  });

  it('binary detection: NUL bytes or many control characters, but not UTF-16 with a BOM', () => {
    expect(looksBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from('\x01\x02\x03\x04abc'))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abc', 'utf16le')]))).toBe(false);
    expect(looksBinary(Buffer.from('一、总则\n\tTab\f', 'utf8'))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });

  it('parses sizes', () => {
    expect(parseByteSize('500')).toBe(500);
    expect(parseByteSize('2KB')).toBe(2048);
    expect(parseByteSize('1.5 MiB')).toBe(1572864);
    expect(parseByteSize('10mb')).toBe(10485760);
    expect(parseByteSize('ten')).toBeUndefined();
  });
});

describe('atomic write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-io-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    delete process.env.PLANDOC_TEST_FAULT;
  });

  it('replaces the content and leaves no temporary file', () => {
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'old');
    writeFileAtomic(file, Buffer.from('new'));
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  for (const [fault, code] of [['open:EACCES', 'EACCES'], ['write:ENOSPC', 'ENOSPC'], ['fsync:EIO', 'EIO'], ['rename:EXDEV', 'EXDEV']] as const) {
    it(`${fault}: a WriteError with code ${code}, the original intact, the temporary file gone`, () => {
      const file = join(dir, `f-${code}.txt`);
      writeFileSync(file, 'original');
      process.env.PLANDOC_TEST_FAULT = fault;
      let error: unknown;
      try {
        writeFileAtomic(file, Buffer.from('replacement'));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WriteError);
      expect((error as WriteError).code).toBe(code);
      expect(readFileSync(file, 'utf8')).toBe('original');
      expect(readdirSync(dir).filter((f) => f.includes('plandoc-'))).toEqual([]);
    });
  }

  it('a path whose parent is a file fails cleanly (ENOTDIR)', () => {
    const parent = join(dir, 'plain-file');
    writeFileSync(parent, 'x');
    expect(() => writeFileAtomic(join(parent, 'child.txt'), Buffer.from('y'))).toThrow(WriteError);
    expect(existsSync(join(parent, 'child.txt'))).toBe(false);
  });

  it('readDocument reports the size instead of reading files over the limit', () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(2000));
    expect(readDocument(file, { maxBytes: 1000 })).toEqual({ kind: 'too-large', size: 2000 });
  });
});

describe('helpers', () => {
  it('unifiedDiff: empty for equal texts, hunks with context, insertions and deletions', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'f')).toBe('');
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 3\n', 'LINE 3\n').replace('line 18\n', 'line 18\nextra\n');
    expect(unifiedDiff(before, after, 'f')).toBe(
      ['--- a/f', '+++ b/f', '@@ -1,6 +1,6 @@', ' line 1', ' line 2', '-line 3', '+LINE 3', ' line 4', ' line 5', ' line 6',
        '@@ -16,5 +16,6 @@', ' line 16', ' line 17', ' line 18', '+extra', ' line 19', ' line 20', ''].join('\n'),
    );
  });

  it('selectShard: round robin over the sorted list, shards partition it', () => {
    const files = Array.from({ length: 10 }, (_, i) => i);
    const parts = [1, 2, 3].map((index) => selectShard(files, { index, count: 3 }));
    expect(parts).toEqual([[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
  });

  it('displayWidth counts CJK and full-width forms as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('一、总则')).toBe(8);
    expect(displayWidth('（1）')).toBe(5);
  });
});

describe('damaged UTF-8 versus GBK', () => {
  it('UTF-8 with a stray byte stays UTF-8 (U+FFFD in place, no round trip); GBK and GB18030 text stay GB18030', () => {
    const text = '某某街道2024年工作计划\n一、指导思想\n三、主要任务\n'.repeat(5);
    const damaged = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0xff]), Buffer.from('附则\n', 'utf8')]);
    expect(detectEncoding(damaged)).toEqual({ encoding: 'utf8', bom: false });
    const d = decodeText(damaged);
    expect(d.text).toBe(`${text}\uFFFD附则\n`);
    expect(roundTrips(damaged, d)).toBe(false);
    for (const enc of ['gbk', 'gb18030']) expect(detectEncoding(iconv.encode(text, enc)).encoding).toBe('gb18030');
  });
});
