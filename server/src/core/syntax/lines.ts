// Splits a document into lines and finds where each line's content begins
// once indentation and Markdown wrapping (#, >, -, *, +) are seen through.
import { isSpace } from './numerals.js';

/** One physical line. Columns are UTF-16 offsets into `text`. */
export interface Line {
  index: number;
  /** line text without its terminator */
  text: string;
  /** '\n', '\r\n', '\r' or '' for the last line */
  eol: string;
  /** column where the content begins after indentation and Markdown wrapping (#, -, *, >, spaces, U+3000, NBSP) */
  contentStart: number;
  /** the Markdown heading depth when the line is an ATX heading, else 0 */
  headingDepth: number;
  /** true for lines inside fenced code blocks, HTML comments or table rows: never structure */
  opaque: boolean;
  blank: boolean;
}


export function stripBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/**
 * The document's lines. With `previous` (the last parse's lines of the same document), a
 * line whose text and terminator are unchanged at the same index is that same object: a
 * keystroke allocates one line, not 10,000. Lines carry no document offset for this reason.
 */
/** Where each line begins (UTF-16 offsets; \r\n, \r and \n end a line): the offsets splitLines's lines start at. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (c === 0x0a) starts.push(i + 1);
  }
  return starts;
}

export function splitLines(text: string, previous?: readonly Line[]): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // native indexOf finds the breaks in half the time of a loop over every character (bench/core-throughput.mjs)
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  if (lf < 0) lf = n;
  if (cr < 0) cr = n;
  let start = 0;
  while (lf < n || cr < n) {
    const i = cr < lf ? cr : lf;
    const eol = cr < lf ? (text.charCodeAt(cr + 1) === 0x0a ? '\r\n' : '\r') : '\n';
    lines.push(lineAt(lines.length, text, start, i, eol, previous));
    start = i + eol.length;
    if (lf < start) lf = nextOr(text, '\n', start, n);
    if (cr < start) cr = nextOr(text, '\r', start, n);
  }
  lines.push(lineAt(lines.length, text, start, n, '', previous));
  return lines;
}

function lineAt(index: number, text: string, start: number, end: number, eol: string, previous: readonly Line[] | undefined): Line {
  const lineText = text.slice(start, end);
  const old = previous?.[index];
  // slice and === compare whole memory; startsWith went character by character, 3× slower
  // opaque is left as the last parse decided it: parseDocument decides it again, or keeps the
  // whole last model when only one plain line changed (and so did nothing else)
  if (old && old.eol === eol && old.text === lineText) return old;
  return makeLine(index, previous?.length ? detached(lineText) : lineText, eol);
}

/**
 * The line's text as a string of its own. A slice points into the whole document text
 * and keeps it alive, and a kept line outlives its version: after 150 keystrokes on
 * different lines, 150 copies of a 10,000-line text stayed in memory (50 MB).
 */
function detached(s: string): string {
  // slicing a concatenation flattens it into a new string: the result no longer refers to the document
  return s.length < 13 ? s : ('\n' + s).slice(1);
}

function nextOr(text: string, ch: string, from: number, none: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? none : i;
}

function makeLine(index: number, text: string, eol: string): Line {
  const { contentStart, headingDepth } = findContentStart(text);
  return { index, text, eol, contentStart, headingDepth, opaque: false, blank: contentStart >= text.length };
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Bounded: looks at a short prefix only, so a 10 MB line costs nothing here. */
export function findContentStart(text: string): { contentStart: number; headingDepth: number } {
  let i = skipSpaces(text, 0);
  // block quotes
  while (text.charCodeAt(i) === 0x3e /* > */) i = skipSpaces(text, i + 1);
  // ATX heading
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 0x23 /* # */ && hashes < 7) hashes++;
  if (hashes >= 1 && hashes <= 6 && (i + hashes === text.length || isSpace(text.charCodeAt(i + hashes)))) {
    return { contentStart: skipSpaces(text, i + hashes), headingDepth: hashes };
  }
  // bullets: "- ", "* ", "+ ", "• "
  for (let guard = 0; guard < 3; guard++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2a || c === 0x2b || c === 0x2022) && isSpace(text.charCodeAt(i + 1))) {
      i = skipSpaces(text, i + 1);
    } else break;
  }
  // emphasis wrapping a marker or an article: **第一条**
  if (text.startsWith('**', i)) i += 2;
  return { contentStart: i, headingDepth: 0 };
}
