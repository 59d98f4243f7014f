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
  const sample = buf.subarray(0, n);
  if (sample.indexOf(0) >= 0) return true; // memchr: the common verdict for binaries, found without a loop
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i]!;
    if (b < 0x20 && (CONTROL_BITS >>> b) & 1) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Bit b set: byte b counts as a control character (every byte below 0x20 except tab, LF, VT, FF, CR and ESC). */
const CONTROL_BITS = ~((1 << 0x09) | (1 << 0x0a) | (1 << 0x0b) | (1 << 0x0c) | (1 << 0x0d) | (1 << 0x1b));
