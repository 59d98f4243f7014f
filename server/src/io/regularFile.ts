// Opens only regular files, and reads small ones with a size limit. A FIFO named *.txt or .plandocrc.json
// blocked open() forever, and a config symlinked to /dev/zero was read until memory ran out (issue 15):
// O_NONBLOCK makes opening a FIFO return at once, and fstat then tells what the path really is.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { stripBom } from '../core/syntax/lines.js';
import { fsPath } from './bytePath.js';

export type SpecialKind = 'fifo' | 'socket' | 'device' | 'other';

/** A path that exists but is not a regular file (nor a folder): it is never read. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, readonly kind: SpecialKind) {
    super(`ENOTREG: not a regular file (${kind}), open '${path}'`);
    this.name = 'NotRegularFileError';
  }
}

/** A small file (config, ignore file) larger than its limit. */
export class FileTooLargeError extends Error {
  readonly code = 'ETOOLARGE';
  constructor(readonly path: string, readonly size: number, readonly limit: number) {
    super(`ETOOLARGE: ${size} bytes exceed the limit of ${limit}, read '${path}'`);
    this.name = 'FileTooLargeError';
  }
}

export function specialKind(st: Stats): SpecialKind {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'other';
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a path for reading if it is a regular file: returns the descriptor and its stats. Folders throw
 * EISDIR, FIFOs, sockets and devices NotRegularFileError; other errors (ENOENT, EACCES, ELOOP) propagate.
 */
export function openRegularFile(path: string): { fd: number; stats: Stats } {
  const fd = openSync(fsPath(path), OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (stats.isFile()) return { fd, stats };
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR', path });
    throw new NotRegularFileError(path, specialKind(stats));
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Reads a regular file of at most `limit` bytes (it may grow while read: reading stops past the limit). */
export function readSmallFile(path: string, limit: number): Buffer {
  const { fd, stats } = openRegularFile(path);
  try {
    if (stats.size > limit) throw new FileTooLargeError(path, stats.size, limit);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size - length, 0) + 1, 64 * 1024));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > limit) throw new FileTooLargeError(path, length, limit);
    }
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

/** Text of a small UTF-8 file, its BOM removed (an editor on Windows may save .plandocrc.json with one). */
export function readSmallTextFile(path: string, limit: number): string {
  return stripBom(readSmallFile(path, limit).toString('utf8')).text;
}
