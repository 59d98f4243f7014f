// Binary detection: a document that is not text is skipped with a message instead of being linted as garbage.
import { bomEncoding } from './encoding.js';

const SAMPLE_BYTES = 8192;

/**
 * True for bytes that are not a text document: a NUL byte (outside UTF-16, which announces itself with a BOM)
 * or more than 10% control characters other than tab, line breaks, form feed and escape.
 */
export function looksBinary(buf: Uint8Array): boolean {
  const enc = bomEncoding(buf);
  if (enc === 'utf16le' || enc === 'utf16be') return false;
  const n = Math.min(buf.length, SAMPLE_BYTES);
  const sample = Buffer.from(buf.buffer, buf.byteOffset, n); // Buffer#indexOf is memchr
  if (sample.indexOf(0) >= 0) return true; // memchr: the common verdict for binaries, found without a loop
  // text rarely holds any control character: one memchr per kind finds that out faster than a byte loop
  let control = 0;
  for (const b of CONTROL_BYTES) {
    for (let at = sample.indexOf(b); at >= 0; at = sample.indexOf(b, at + 1)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Bytes that count as control characters: every byte below 0x20 except tab, LF, VT, FF, CR and ESC. */
const CONTROL_BYTES = Array.from({ length: 0x20 }, (_, b) => b).filter((b) => b !== 0 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(b));
