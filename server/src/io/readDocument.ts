// Reads one document from disk: size limit, binary check and encoding detection in one place.
import { readFileSync, statSync } from 'node:fs';
import { looksBinary } from './binary.js';
import { decodeText, type DecodedText, type EncodingName } from './encoding.js';

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

/** Reads and decodes a document; I/O errors (ENOENT, EACCES, EISDIR …) propagate to the caller. */
export function readDocument(path: string, options: ReadOptions = {}): ReadResult {
  const raw = readRawDocument(path, options);
  return Buffer.isBuffer(raw) ? decodeBytes(raw, options.encoding) : raw;
}

/** The bytes alone (or too-large): a cache hit is decided on them before any decoding. */
export function readRawDocument(path: string, options: ReadOptions = {}): Buffer | { kind: 'too-large'; size: number } {
  const max = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const size = statSync(path).size;
  if (size > max) return { kind: 'too-large', size };
  return readFileSync(path);
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
