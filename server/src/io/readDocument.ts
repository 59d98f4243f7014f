// Reads one document from disk: size limit, binary check and encoding detection in one place.
import { closeSync, readSync, type Stats } from 'node:fs';
import { looksBinary } from './binary.js';
import { decodeText, type DecodedText, type EncodingName } from './encoding.js';
import { openRegularFile } from './regularFile.js';

/** Default size limit for one document; larger files are skipped with a warning (`--max-file-size`). */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export type ReadResult =
  | ({ kind: 'text'; bytes: Buffer } & DecodedText)
  | { kind: 'binary' }
  | { kind: 'too-large'; size: number };

export interface ReadOptions {
  encoding?: EncodingName;
  maxBytes?: number;
}

/** Reads and decodes a document; I/O errors (ENOENT, EACCES, EISDIR, ENOTREG for a FIFO or device …) propagate. */
export function readDocument(path: string, options: ReadOptions = {}): ReadResult {
  const raw = readRawDocument(path, options);
  return Buffer.isBuffer(raw) ? decodeBytes(raw, options.encoding) : raw;
}

/** The bytes alone (or too-large): a cache hit is decided on them before any decoding. */
export function readRawDocument(path: string, options: ReadOptions = {}): Buffer | { kind: 'too-large'; size: number } {
  return readRawDocumentWithStats(path, options).raw;
}

/**
 * One open, one fstat, reads of exactly the size: cheaper per file than statSync + readFileSync. The stats
 * are taken before the bytes are read, so a change after the read always shows in a later stat.
 */
export function readRawDocumentWithStats(path: string, options: ReadOptions = {}): { raw: Buffer | { kind: 'too-large'; size: number }; stats: Stats } {
  const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  // only regular files: a FIFO would block the run forever, a device never ends
  const { fd, stats } = openRegularFile(path);
  try {
    if (stats.size > max) return { raw: { kind: 'too-large', size: stats.size }, stats };
    return { raw: readWhole(fd, stats.size, max), stats };
  } finally {
    closeSync(fd);
  }
}

/** Reads `size` bytes as readFileSync does; a size of 0 (procfs, pipes) means "read until the end". */
function readWhole(fd: number, size: number, max: number): Buffer {
  if (size > 0) {
    const buf = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const n = readSync(fd, buf, length, size - length, null);
      if (n === 0) break; // the file shrank meanwhile
      length += n;
    }
    return length === size ? buf : buf.subarray(0, length);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > max) break;
  }
  return Buffer.concat(chunks, total);
}

export function decodeBytes(bytes: Buffer, encoding?: EncodingName): ReadResult {
  if (!encoding && looksBinary(bytes)) return { kind: 'binary' };
  return { kind: 'text', bytes, ...decodeText(bytes, encoding) };
}

/** Parses a size such as `500KB`, `10MB`, `2MiB` or a plain byte count. */
export function parseByteSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const scale = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * scale);
}
