// Ordinal markers as the editor commands see them: recognise the marker that
// begins a line, and write a marker of a given family, style and value.
// Pure (no vscode) so the edit logic is unit-testable; recognition is the core's
// own (server/src/core is free of vscode and LSP imports, and small).

import { MARKER_FAMILIES, matchMarker, type MarkerFamily } from '../../../server/src/core/syntax/markers.js';
import { formOf, standardForm, writeMarker, type MarkerForm } from '../../../server/src/core/syntax/markerText.js';
import { findContentStart } from '../../../server/src/core/syntax/lines.js';
import { parseCnNumeral, toCnNumeral } from '../../../server/src/core/syntax/numerals.js';

export type Family = MarkerFamily;

/** Default level order, highest first (GB/T 9704-2012 §7.3.3 plus the common ①): the core's level table. */
export const DEFAULT_LEVELS: readonly Family[] = MARKER_FAMILIES;

/** How a marker is written, apart from its value (the core's MarkerForm), and the spaces the writer puts after it. */
export interface MarkerStyle extends MarkerForm {
  /** spaces written between the marker and the item text */
  gap: string;
}

export interface LineMarker extends MarkerStyle {
  value: number;
  /** text before the marker: indentation and Markdown wrappers (`- `, `> `, `## `) */
  prefix: string;
  /** column of the first marker character */
  start: number;
  /** column where the item text begins */
  textStart: number;
}

// Numerals, marker recognition and marker writing come from the core, so what the editor commands
// take for a marker, and how they write one, is exactly what the language server's rules check and fix.
export const toCn = toCnNumeral;
export const parseCn = parseCnNumeral;

/** The canonical style of each family (GB/T 15834-2011 Appendix B.3). */
export function canonicalStyle(family: Family): MarkerStyle {
  return { ...standardForm(family), gap: '' };
}

/** Writes the marker for `value` in `style` (without the gap). */
export function formatMarker(style: MarkerStyle, value: number): string {
  return writeMarker(style, value);
}

/**
 * The marker that begins `line`, or null. Accepts what writers type while a
 * list grows: a marker may be followed by nothing yet (`（三）` on its own).
 */
export function parseLineMarker(line: string): LineMarker | null {
  const { contentStart: start } = findContentStart(line);
  const m = matchMarker(line, start);
  if (!m) return null;
  // 一 指导思想: the space stands where 、 belongs; formOf leaves it out, and it stays the gap, as written
  const form = formOf(m);
  const markerEnd = start + m.open.length + m.numeral.length + m.close.length + form.separator.length;
  return { ...form, value: m.value, gap: line.slice(markerEnd, m.textStart), prefix: line.slice(0, start), start, textStart: m.textStart };
}

/** The style of `marker` (its value and position dropped). */
export function styleOf(marker: LineMarker): MarkerStyle {
  const { family, open, close, separator, fullwidth, glyph, gap } = marker;
  return { family, open, close, separator, fullwidth, glyph, gap };
}
