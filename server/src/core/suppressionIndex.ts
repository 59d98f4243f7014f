// Which lines each rule is switched off on, answered by binary search: checking every problem against every
// directive took 440 s on 9.6 MB of disable/enable pairs (issue 15). Built once per lint in O(d log d) for d
// directives (one typed-array sort per rule id, no object per directive); each problem then costs O(log d),
// and a rule that no directive names costs nothing at all (lintModel asks forRule once per rule).
import type { Suppression } from './model/types.js';

/** Sorted, merged, disjoint [from, to] line intervals of one key. */
type Intervals = { from: Int32Array; to: Int32Array };

/** Counts the steps of building and querying, so a test can tell n·log n from quadratic without a clock. */
export interface SuppressionCounter {
  /** interval endpoints read while merging and searching */
  steps: number;
}

/** A line is at most 2^26 − 1 (a 64 MB document has fewer lines), so from·2^27 + to is an exact double. */
const TO_BITS = 2 ** 27;

export class SuppressionIndex {
  private readonly byRule = new Map<string, Intervals>();

  constructor(suppressions: readonly Suppression[], private readonly counter?: SuppressionCounter) {
    // '' stands for a directive without ids: every rule
    const sizes = new Map<string, number>();
    for (const s of suppressions) for (const id of s.rules.length ? s.rules : ['']) sizes.set(id, (sizes.get(id) ?? 0) + 1);
    const keys = new Map<string, { keys: Float64Array; n: number }>();
    for (const [id, size] of sizes) keys.set(id, { keys: new Float64Array(size), n: 0 });
    for (const s of suppressions) {
      const key = s.from * TO_BITS + s.to;
      for (const id of s.rules.length ? s.rules : ['']) {
        const k = keys.get(id)!;
        k.keys[k.n++] = key;
      }
    }
    for (const [id, k] of keys) this.byRule.set(id, this.merge(k.keys.sort()));
  }

  /**
   * The check for one rule, or undefined when no directive can switch it off: lintModel then lets the rule's
   * problems through without a lookup each.
   */
  forRule(ruleId: string): ((line: number) => boolean) | undefined {
    const all = this.byRule.get('');
    const own = this.byRule.get(ruleId);
    if (!all && !own) return undefined;
    return (line) => this.covers(all, line) || this.covers(own, line);
  }

  isSuppressed(ruleId: string, line: number): boolean {
    return this.forRule(ruleId)?.(line) ?? false;
  }

  /** One pass over the intervals sorted by start: overlapping and touching ones become one. */
  private merge(sorted: Float64Array): Intervals {
    const from = new Int32Array(sorted.length);
    const to = new Int32Array(sorted.length);
    let n = 0;
    for (const key of sorted) {
      const f = Math.floor(key / TO_BITS);
      const t = key - f * TO_BITS;
      if (n > 0 && f <= to[n - 1]! + 1) to[n - 1] = Math.max(to[n - 1]!, t);
      else {
        from[n] = f;
        to[n++] = t;
      }
    }
    if (this.counter) this.counter.steps += sorted.length;
    return { from: from.subarray(0, n), to: to.subarray(0, n) };
  }

  private covers(intervals: Intervals | undefined, line: number): boolean {
    if (!intervals) return false;
    // the last interval starting at or before the line
    let lo = 0;
    let hi = intervals.from.length;
    let steps = 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      steps++;
      if (intervals.from[mid]! <= line) lo = mid + 1;
      else hi = mid;
    }
    if (this.counter) this.counter.steps += steps;
    return lo > 0 && intervals.to[lo - 1]! >= line;
  }
}
