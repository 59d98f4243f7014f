// The raw baseline the core is measured against: decode the bytes, split the
// lines, test one regular expression per line. Nothing a linter could do with
// less work while still looking at every line.
const decoder = new TextDecoder('utf-8');
const MARKER_LINE = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十百零〇\d]+[章节条])/;

/** @param {Uint8Array[]} buffers @returns {number} lines that look like items (kept so the work is not optimised away) */
export function rawScan(buffers) {
  let hits = 0;
  for (const bytes of buffers) {
    const lines = decoder.decode(bytes).split(/\r\n|\r|\n/);
    for (const line of lines) if (MARKER_LINE.test(line)) hits++;
  }
  return hits;
}

/** The core's counterpart: decode, then lintText with the default configuration. */
export function coreLint(core, buffers, config = core.defaultConfig()) {
  let problems = 0;
  for (const bytes of buffers) problems += core.lintText(decoder.decode(bytes), config).problems.length;
  return problems;
}

export function coreParse(core, buffers) {
  let markers = 0;
  for (const bytes of buffers) markers += core.parseDocument(decoder.decode(bytes)).markers.length;
  return markers;
}
