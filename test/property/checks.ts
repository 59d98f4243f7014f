// The invariants the properties assert, as functions that return what is wrong (empty when nothing is),
// so a failure message shows the offending problem or line instead of a bare `false`.
import type { Problem, Range, TextEdit } from '../../server/src/core/types.js';
import type { DocumentModel } from '../../server/src/core/model/types.js';
import type { ResolvedConfig, ProfileName } from '../../server/src/core/config/types.js';
import { defaultConfig } from '../../server/src/core/linter.js';

/** Lines of the BOM-less text, split exactly as an editor does: \r\n, \r and \n each end a line. */
export function linesOf(text: string): { lines: string[]; eols: string[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: string[] = [];
  const eols: string[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    lines.push(body.slice(start, m.index));
    eols.push(m[0]);
    start = m.index + m[0].length;
  }
  lines.push(body.slice(start));
  return { lines, eols };
}

function rangeIssue(r: Range, lines: string[]): string | undefined {
  const inside = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  if (!inside(r.start)) return `start ${JSON.stringify(r.start)} outside the document`;
  if (!inside(r.end)) return `end ${JSON.stringify(r.end)} outside the document`;
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `start after end ${JSON.stringify(r)}`;
  return undefined;
}

/** Every range a problem carries — its own, its related locations, its fix's edits — lies inside the document. */
export function rangesOutside(problems: Problem[], text: string): string[] {
  const { lines } = linesOf(text);
  const out: string[] = [];
  for (const p of problems) {
    const ranges: [string, Range][] = [['range', p.range], ...(p.related ?? []).map((r): [string, Range] => ['related', r.range]), ...(p.fix?.edits ?? []).map((e): [string, Range] => ['edit', e.range])];
    for (const [what, r] of ranges) {
      const issue = rangeIssue(r, lines);
      if (issue) out.push(`${p.ruleId} ${what}: ${issue}`);
    }
  }
  return out;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
const same = (a: Range['start'], b: Range['start']) => a.line === b.line && a.character === b.character;

/** Two edits overlap when they share a character, or are both insertions at one point (their order would be arbitrary). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  const aEmpty = same(a.range.start, a.range.end);
  const bEmpty = same(b.range.start, b.range.end);
  if (aEmpty && bEmpty) return same(a.range.start, b.range.start);
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

/** Fixes whose own edits overlap one another. */
export function overlappingFixes(problems: Problem[]): string[] {
  const out: string[] = [];
  for (const p of problems) {
    const edits = p.fix?.edits ?? [];
    for (let i = 0; i < edits.length; i++) {
      for (let j = i + 1; j < edits.length; j++) {
        if (editsOverlap(edits[i]!, edits[j]!)) out.push(`${p.ruleId}: ${JSON.stringify(edits[i])} overlaps ${JSON.stringify(edits[j])}`);
      }
    }
  }
  return out;
}

/**
 * Marker characters: what a marker fix may insert or delete. Chinese numerals, ASCII and full-width
 * digits, the numbered glyphs ①–⑳ ㉑–㊿ ⑴–⒇ ⒈–⒛, both widths of round brackets, the separators
 * 、 . ． ， , and the typing slips [ ] { } 【 that stand for a separator, and the spaces (space, tab,
 * U+3000, NBSP) between a marker and its text or after 第一条. Every other character — the item's
 * text, line ends, Markdown, punctuation inside sentences — must survive a fix, in order.
 */
export function isMarkerChar(code: number): boolean {
  return MARKER_CODES.has(code) || (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0x2460 && code <= 0x249b) || (code >= 0x3251 && code <= 0x325f) || (code >= 0x32b1 && code <= 0x32bf);
}
const MARKER_CODES = new Set([...'〇零一二三四五六七八九十百两（）()、.．，,[]{}【 \t\u3000\u00a0'].map((c) => c.charCodeAt(0)));

function withoutMarkerChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isMarkerChar(s.charCodeAt(i))) out += s[i];
  return out;
}

/**
 * What a fix changed beyond marker characters, line by line. The line count and every line end must be
 * kept; on a changed line, the window between the longest common prefix and suffix must (1) differ only
 * by marker characters and (2) lie within the marker (or 第…条 article heading) the original model found
 * on that line: from its first character to the end of the run of marker characters it begins.
 */
export function nonMarkerChanges(before: string, after: string, model: DocumentModel): string[] {
  const a = linesOf(before);
  const b = linesOf(after);
  if (a.lines.length !== b.lines.length) return [`line count ${a.lines.length} → ${b.lines.length}`];
  const out: string[] = [];
  if (a.eols.join('|') !== b.eols.join('|')) out.push('line ends changed');
  if ((before.charCodeAt(0) === 0xfeff) !== (after.charCodeAt(0) === 0xfeff)) out.push('BOM changed');
  for (let i = 0; i < a.lines.length; i++) {
    const x = a.lines[i]!;
    const y = b.lines[i]!;
    if (x === y) continue;
    let p = 0;
    while (p < x.length && p < y.length && x[p] === y[p]) p++;
    let s = 0;
    while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
    const removed = x.slice(p, x.length - s);
    const inserted = y.slice(p, y.length - s);
    if (withoutMarkerChars(removed) !== withoutMarkerChars(inserted)) {
      out.push(`line ${i}: “${removed}” → “${inserted}” changes more than marker characters`);
      continue;
    }
    const zone = markerZone(model, i);
    if (!zone || p < zone.start || x.length - s > zone.end) {
      out.push(`line ${i}: change at ${p}–${x.length - s} outside the marker ${zone ? `${zone.start}–${zone.end}` : '(none)'}: “${x}” → “${y}”`);
    }
  }
  return out;
}

/**
 * Where a fix may act on a line: the marker (or article heading) the model found, extended over the
 * marker characters that follow it — a stray 、 or ， after （一） or 2) is removed as the marker's
 * punctuation, possibly in a later pass once the marker around it is repaired.
 */
function markerZone(model: DocumentModel, line: number): { start: number; end: number } | undefined {
  const m = model.markerAt[line];
  const a = model.articles.find((art) => art.line === line);
  const text = model.lines[line]!.text;
  const extend = (end: number) => {
    while (end < text.length && isMarkerChar(text.charCodeAt(end))) end++;
    return end;
  };
  const zones = [m && { start: m.start, end: extend(m.textStart) }, a && { start: a.start, end: extend(a.end) }].filter((z): z is { start: number; end: number } => !!z);
  if (!zones.length) return undefined;
  return { start: Math.min(...zones.map((z) => z.start)), end: Math.max(...zones.map((z) => z.end)) };
}

/** The default config of a profile with some rules off. */
export function configWithout(profile: ProfileName, off: string[]): ResolvedConfig {
  const config = defaultConfig(profile);
  for (const id of off) if (config.rules[id]) config.rules[id]!.severity = 'off';
  return config;
}

/** Rules whose fixes rewrite something other than markers (month-style rewrites time expressions). */
export const NON_MARKER_FIXERS = ['month-style'];

export function describeProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.ruleId}@${p.range.start.line}:${p.range.start.character} ${p.message.en}${p.fix ? ' [fix]' : ''}`).join('\n');
}
