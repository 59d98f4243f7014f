// Small helpers the month-* and week-sequence rules share: ranges and names of time sections.
import type { TimeSection } from '../model/types.js';
import type { Localized, Range, RelatedInfo } from '../types.js';

/** The range of the time expression itself (三月份 in `三月份：`). */
export function sectionRange(s: TimeSection): Range {
  return { start: { line: s.line, character: s.expr.start }, end: { line: s.line, character: s.expr.end } };
}

/** “三月份” / '三月份' */
export function quoted(s: TimeSection): Localized {
  return { zh: `“${s.expr.raw}”`, en: `'${s.expr.raw}'` };
}

/** A pointer to another section, for Problem.related. */
export function relatedSection(s: TimeSection, message: Localized): RelatedInfo {
  return { range: sectionRange(s), message };
}

/** 第12行 / line 12 (1-based, as people read them). */
export function lineRef(s: TimeSection): Localized {
  return { zh: `第${s.line + 1}行`, en: `line ${s.line + 1}` };
}

/** What problems say about the earlier section they point at: its name, its line, the link to it and their messages. */
export interface SectionPointer {
  /** “三月份” / '三月份' */
  name: Localized;
  /** 第12行 / line 12 */
  line: Localized;
  /** Problem.related for a problem that points at this section alone */
  related: RelatedInfo[];
  /**
   * Messages of problems that point at this section alone, by the reported section's text: a heading
   * repeated a thousand times gets one message, not a thousand equal ones. `variant` tells apart
   * what else the message depends on (the month shared), so a hit is exact.
   */
  messages: Map<string, { variant: number; message: Localized }>;
}

/**
 * Pointers built once per section within one check(): in a document of repeated headings every problem
 * points at the same few sections, and sharing their names and links (read-only, like every problem)
 * keeps the work and the garbage per problem to the message itself.
 */
export function pointerCache(linkMessage: (name: Localized) => Localized): (s: TimeSection) => SectionPointer {
  const made = new Map<TimeSection, SectionPointer>();
  return (s) => {
    let p = made.get(s);
    if (!p) {
      const name = quoted(s);
      made.set(s, (p = { name, line: lineRef(s), related: [relatedSection(s, linkMessage(name))], messages: new Map() }));
    }
    return p;
  };
}
