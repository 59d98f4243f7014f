// Which lines each rule is switched off on, answered by binary search: checking every problem against every
// directive took 440 s on 9.6 MB of disable/enable pairs (issue 15). Built once per lint, O(d log d).
import type { Suppression } from './model/types.js';

/** Sorted, merged [from, to] line intervals of one key. */
type Intervals = { from: Int32Array; to: Int32Array };

export class SuppressionIndex {
  private readonly byRule: Map<string, Intervals>;

  constructor(suppressions: readonly Suppression[]) {
    const grouped = new Map<string, [number, number][]>();
    for (const s of suppressions) {
      // '' stands for a directive without ids: every rule
      for (const id of s.rules.length ? s.rules : ['']) {
        let list = grouped.get(id);
        if (!list) grouped.set(id, (list = []));
        list.push([s.from, s.to]);
      }
    }
    this.byRule = new Map([...grouped].map(([id, list]) => [id, merge(list)]));
  }

  isSuppressed(ruleId: string, line: number): boolean {
    return covers(this.byRule.get(''), line) || covers(this.byRule.get(ruleId), line);
  }
}

function merge(list: [number, number][]): Intervals {
  list.sort((a, b) => a[0] - b[0]);
  const from: number[] = [];
  const to: number[] = [];
  for (const [f, t] of list) {
    const last = to.length - 1;
    if (last >= 0 && f <= to[last]! + 1) to[last] = Math.max(to[last]!, t);
    else {
      from.push(f);
      to.push(t);
    }
  }
  return { from: Int32Array.from(from), to: Int32Array.from(to) };
}

function covers(intervals: Intervals | undefined, line: number): boolean {
  if (!intervals) return false;
  // the last interval starting at or before the line
  let lo = 0;
  let hi = intervals.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals.from[mid]! <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && intervals.to[lo - 1]! >= line;
}
