// Caps the problems one rule reports in one document: a generated or damaged file with millions of findings
// must not exhaust memory in the CLI or the language server (issue 15). Past the cap, one more problem says
// how many were left out. No real document comes near the default: the largest real regulation in the corpus
// has a few dozen findings per rule.
import type { Localized, Problem, Range, Severity } from './types.js';
import type { RuleReport } from './rules/types.js';

export const DEFAULT_MAX_PROBLEMS_PER_RULE = 1000;

export class ProblemCap {
  private kept = 0;
  private omitted = 0;
  private firstOmitted?: Range;

  constructor(private readonly ruleId: string, private readonly severity: Severity, private readonly limit: number) {}

  /** True while the rule is under its cap; counts the reports it turns away. */
  admit(report: RuleReport): boolean {
    if (this.kept < this.limit) {
      this.kept++;
      return true;
    }
    if (this.omitted++ === 0) this.firstOmitted = report.range;
    return false;
  }

  /** The "and N more" problem, placed at the first report left out; undefined when nothing was. */
  summary(): Problem | undefined {
    if (!this.omitted || !this.firstOmitted) return undefined;
    return { ruleId: this.ruleId, severity: this.severity, range: this.firstOmitted, message: moreMessage(this.omitted, this.limit) };
  }
}

function moreMessage(omitted: number, limit: number): Localized {
  return {
    zh: `本规则在此文档中另有${omitted}处问题未逐一列出（每条规则在一个文档中最多列出${limit}处），请先修改已列出的问题，再重新检查`,
    en: `${omitted} more problems of this rule are not listed (at most ${limit} are listed per rule in one document). Fix the ones listed, then lint again`,
  };
}

/** The cap applied to an already sorted list (what fixText returns): each rule keeps its first `limit`. */
export function capProblems(problems: Problem[], limit: number, compare: (a: Problem, b: Problem) => number): Problem[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.ruleId, (counts.get(p.ruleId) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > limit)) return problems;
  const caps = new Map<string, ProblemCap>();
  const kept: Problem[] = [];
  for (const p of problems) {
    let cap = caps.get(p.ruleId);
    if (!cap) caps.set(p.ruleId, (cap = new ProblemCap(p.ruleId, p.severity, limit)));
    if (cap.admit(p)) kept.push(p);
  }
  for (const cap of caps.values()) {
    const more = cap.summary();
    if (more) kept.push(more);
  }
  return kept.sort(compare);
}
