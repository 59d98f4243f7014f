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
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.1;
}
