// Small helpers shared by rules: ranges of markers, renumbering edits, message templates.
import type { Marker } from '../model/types.js';
import type { Fix, Localized, Problem, Range, RelatedInfo, Suggestion, TextEdit } from '../types.js';
import { numeralLike } from '../syntax/markerText.js';

/** The marker's own characters: brackets, numeral and separator, without the spaces after it. */
export function markerRange(m: Marker): Range {
  return { start: { line: m.line, character: m.start }, end: { line: m.line, character: markerEnd(m) } };
}

export function markerEnd(m: Marker): number {
  return m.start + m.open.length + m.numeral.length + m.close.length + (m.separator === ' ' ? 0 : m.separator.length);
}

/** Range of the separator alone (empty at its place when there is none). */
export function separatorRange(m: Marker): Range {
  const s = m.start + m.open.length + m.numeral.length + m.close.length;
  const len = m.separator === ' ' ? m.textStart - s : m.separator.length;
  return { start: { line: m.line, character: s }, end: { line: m.line, character: s + len } };
}

/** Range of the numeral alone (inside the brackets). */
export function numeralRange(m: Marker): Range {
  const s = m.start + m.open.length;
  return { start: { line: m.line, character: s }, end: { line: m.line, character: s + m.numeral.length } };
}

/** Edits that renumber a list from `start`; undefined when a value cannot be written (㊿ + 1). */
export function renumberEdits(items: Marker[], start = 1): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (let i = 0; i < items.length; i++) {
    const m = items[i]!;
    const want = start + i;
    if (m.value === want) continue;
    const numeral = numeralLike(m, want);
    if (numeral === undefined) return undefined;
    edits.push({ range: numeralRange(m), newText: numeral });
  }
  return edits;
}

/** A marker as the writer wrote it, for messages: 3、 / （一） */
export function shown(m: Marker): string {
  return shownAs(m, m.numeral);
}

/** The marker as it reads with another numeral: 3、 as 二 → 二、 written like （三） → （二） */
export function shownAs(m: Marker, numeral: string): string {
  return `${m.open}${numeral}${m.close}${m.separator.trim()}`;
}

/** Text quoted for a Chinese message: “3、” (markers and the writer's words are quoted, never set off by spaces). */
export function q(text: string): string {
  return `“${text}”`;
}

export function msg(zh: string, en: string): Localized {
  return { zh, en };
}

/**
 * A complete problem with every field present, in one order. Objects of one shape stay on the fast paths
 * of the runner, the sort and the adapters, and filling in ruleId and severity later allocates nothing;
 * a report without them would grow a property store per problem (1.1 million on a line of placeholders).
 */
/**
 * A rule's report: only what the rule knows (where, what, the fix). The runner (linter.ts) fills in the rule's id and
 * its configured severity; the placeholders give every report the Problem's shape from the start, so filling them in
 * does not change the object's layout (copying or reshaping reports cost 4% of lint time).
 */
export function problem(range: Range, message: Localized, fix?: Fix, related?: RelatedInfo[], suggestions?: Suggestion[]): Problem {
  return { ruleId: '', severity: 'warning', range, message, fix, related, suggestions };
}

/**
 * The title of a renumbering that states its whole result: 改为“二、” for one item, otherwise the list's
 * first and last markers after it and how many markers change.
 */
export function renumberTitle(items: Marker[], start: number, edits: TextEdit[]): Localized {
  if (edits.length === 1) {
    const e = edits[0]!;
    const m = items.find((i) => i.line === e.range.start.line)!;
    const after = shownAs(m, e.newText);
    return msg(`改为“${after}”`, `Change to “${after}”`);
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const at = (m: Marker, value: number) => shownAs(m, numeralLike(m, value) ?? m.numeral);
  const from = at(first, start);
  const to = at(last, start + items.length - 1);
  return msg(`将本列表重新编号为“${from}”至“${to}”，共改动${edits.length}处`, `Renumber this list “${from}” to “${to}” (${edits.length} changes)`);
}
