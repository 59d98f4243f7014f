// File names that are not valid UTF-8, kept byte for byte (issue 15). Linux allows any bytes in a name; a
// string path used to turn them into U+FFFD, so two such files became one path, or a path that does not exist.
//
// A name's bytes are decoded as UTF-8 where they are valid, and each byte that is not is kept as a lone
// surrogate U+DC80–U+DCFF (the "surrogateescape" of PEP 383). Valid UTF-8 never decodes to a lone surrogate,
// so such a path can never equal the path of another file, and it converts back to exactly the bytes it came
// from. It stays a string everywhere (sorting, worker messages, the cache, config lookup); only the calls
// into the file system turn it back into a Buffer (fsPath), and reports show those bytes as \xNN (visibleBytes).
import { isUtf8 } from 'node:buffer';
import { realpathSync } from 'node:fs';

/** A lone low surrogate U+DC80–U+DCFF: one byte of a name that is not UTF-8 (a surrogate pair is not one). */
const RAW_BYTE = /(?<![\ud800-\udbff])[\udc80-\udcff]/;
const RAW_BYTES = /(?<![\ud800-\udbff])[\udc80-\udcff]/g;

/** True when the path holds bytes that are not UTF-8. */
export function hasRawBytes(path: string): boolean {
  return RAW_BYTE.test(path);
}

/** A name (or path) read as bytes: UTF-8 where it is valid, each other byte kept as U+DC80–U+DCFF. */
export function pathFromBytes(raw: Uint8Array): string {
  if (isUtf8(raw)) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const b = raw[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const seq = n && i + n <= raw.length ? raw.subarray(i, i + n) : undefined;
    // isUtf8 on exactly one sequence rejects bad continuation bytes, overlong forms, surrogates and > U+10FFFF
    if (seq && isUtf8(seq)) {
      out += Buffer.from(seq.buffer, seq.byteOffset, seq.byteLength).toString('utf8');
      i += n;
    } else {
      out += String.fromCharCode(0xdc00 + b);
      i++;
    }
  }
  return out;
}

/** The bytes a path stands for: the inverse of pathFromBytes. */
export function bytesOfPath(path: string): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  for (const m of path.matchAll(RAW_BYTES)) {
    parts.push(Buffer.from(path.slice(start, m.index), 'utf8'), Buffer.of(m[0].charCodeAt(0) - 0xdc00));
    start = m.index + 1;
  }
  parts.push(Buffer.from(path.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

/** What to hand the file system: the path itself, or its bytes when it holds a name that is not UTF-8. */
export function fsPath(path: string): string | Buffer {
  return hasRawBytes(path) ? bytesOfPath(path) : path;
}

/**
 * realpathSync that keeps a name's bytes (a link's target may be a name that is not UTF-8, too). The native
 * one: the JavaScript realpathSync turns a Buffer path into a string before it starts.
 */
export function realPath(path: string): string {
  return pathFromBytes(realpathSync.native(fsPath(path), { encoding: 'buffer' }));
}

/** A path as reports show it: each byte that is not UTF-8 written \xNN. */
export function visibleBytes(path: string): string {
  return hasRawBytes(path) ? path.replace(RAW_BYTES, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`) : path;
}
