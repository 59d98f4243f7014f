// The problems of one numbered list share one renumbering fix (or suggestion) object: in memory it is held once
// (results.ts), and a report written as JSON must hold it once too. Written in full on every problem, a list of
// 20,000 items whose 1,000 listed problems share a fix of 19,999 edits made 20 million edits of JSON from 160 KB
// of text (issue 15). So the first problem of a file that carries a fix (or suggestion) writes it in full, and
// every later problem carrying the same one writes a reference to it instead:
//
//   "fix": { "sameAs": 3 }                                       → problems[3].fix
//   "suggestions": [{ "title": …, "sameAs": { "problem": 3, "suggestion": 0 } }]
//                                                                → problems[3].suggestions[0].edits
//
// A reference always points at an earlier problem of the same file that holds the edits in full (never at
// another reference), so one pass in order resolves every reference. docs/cli.md describes it for consumers;
// the JSON report, the MCP server's answers and the cache use it.

/** `fix` of a problem whose fix is the one written in full on `problems[sameAs]` of the same file. */
export interface FixRef {
  sameAs: number;
}

/** Where a suggestion's edits are written in full: `problems[problem].suggestions[suggestion].edits`. */
export interface SuggestionRef {
  problem: number;
  suggestion: number;
}

interface Shareable {
  fix?: { edits: readonly unknown[] };
  suggestions?: readonly { edits: readonly unknown[] }[];
}

type SuggestionOf<P extends Shareable> = NonNullable<P['suggestions']>[number];

/** A problem as written: its fix and suggestions in full, or references to an earlier problem's. */
export type Packed<P extends Shareable> = Omit<P, 'fix' | 'suggestions'> & {
  fix?: NonNullable<P['fix']> | FixRef;
  suggestions?: (SuggestionOf<P> | (Omit<SuggestionOf<P>, 'edits'> & { sameAs: SuggestionRef }))[];
};

/**
 * The problems of one file with each fix and suggestion written once: a later problem whose fix (or suggestion)
 * has the very same edits as an earlier one's gets a reference. Equal but separate edits stay in full: only
 * sharing, which the engine decides, is recognised. Key order is kept.
 */
export function packShared<P extends Shareable>(problems: readonly P[]): Packed<P>[] {
  const fixAt = new Map<unknown, number>();
  const suggestionAt = new Map<unknown, SuggestionRef>();
  return problems.map((p, i) => {
    let out = p as unknown as Packed<P>;
    if (p.fix) {
      const at = fixAt.get(p.fix.edits);
      if (at === undefined) fixAt.set(p.fix.edits, i);
      else out = { ...out, fix: { sameAs: at } };
    }
    if (p.suggestions?.some((s) => suggestionAt.has(s.edits))) {
      out = {
        ...out,
        suggestions: p.suggestions.map((s) => {
          const ref = suggestionAt.get(s.edits);
          if (!ref) return s;
          const { edits: _edits, ...rest } = s;
          return { ...rest, sameAs: ref };
        }),
      } as Packed<P>;
    }
    p.suggestions?.forEach((s, j) => {
      if (!suggestionAt.has(s.edits)) suggestionAt.set(s.edits, { problem: i, suggestion: j });
    });
    return out;
  });
}

/**
 * The inverse of packShared: each reference replaced by the object it names, so the problems share it again.
 * Undefined when a reference does not name an earlier fix or suggestion written in full (a damaged file).
 */
export function unpackShared<P extends Shareable>(packed: readonly Packed<P>[]): P[] | undefined {
  const out: P[] = [];
  for (const p of packed) {
    let problem = p as unknown as P;
    const fix = p.fix as { sameAs?: unknown } | undefined;
    if (fix && 'sameAs' in fix) {
      const target = typeof fix.sameAs === 'number' ? out[fix.sameAs]?.fix : undefined;
      if (!target || 'sameAs' in target) return undefined;
      problem = { ...problem, fix: target };
    }
    const suggestions = p.suggestions as ({ sameAs?: SuggestionRef } & Record<string, unknown>)[] | undefined;
    if (suggestions?.some((s) => s && 'sameAs' in s)) {
      const resolved: unknown[] = [];
      for (const s of suggestions) {
        if (!s || !('sameAs' in s)) {
          resolved.push(s);
          continue;
        }
        const ref = s.sameAs;
        const target = ref && typeof ref === 'object' && typeof ref.problem === 'number' && typeof ref.suggestion === 'number' ? out[ref.problem]?.suggestions?.[ref.suggestion] : undefined;
        if (!target || !Array.isArray(target.edits)) return undefined;
        const { sameAs: _ref, ...rest } = s;
        resolved.push({ ...rest, edits: target.edits });
      }
      problem = { ...problem, suggestions: resolved as P['suggestions'] };
    }
    out.push(problem);
  }
  return out;
}
