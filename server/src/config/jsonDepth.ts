// Nesting depth of JSON(C) text, found by one scan before parsing: 10,000 nested brackets in a config made
// the recursive parser and validator overflow the stack, which ended in an internal-error trace (issue 15).

/** No real configuration nests deeper than a handful of levels; past this the file is refused. */
export const MAX_CONFIG_DEPTH = 32;

/** The 1-based line where nesting first exceeds `limit`, or undefined. Strings and comments are skipped. */
export function lineBeyondDepth(text: string, limit = MAX_CONFIG_DEPTH): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    else if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22 || d === 0x0a) {
          if (d === 0x0a) line++; // an unterminated string: the parser reports it
          break;
        }
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end - 1;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 1;
      for (let k = i; k < stop; k++) if (text.charCodeAt(k) === 0x0a) line++;
      i = stop;
    } else if (c === 0x7b || c === 0x5b /* { [ */) {
      if (++depth > limit) return line;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}
