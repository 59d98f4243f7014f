// The Node API of plandoc-lint: the CLI's checks on a string, for scripts and other tools. A thin layer over
// the engine's façade (core/linter.ts); every result has the shape of the CLI's JSON output. docs/api.md.
import { fixText, lintText, parseDocument } from '../core/linter.js';
import { stripBom } from '../core/syntax/lines.js';
import { rules as registry, ruleById } from '../core/rules/registry.js';
import { timeline as coreTimeline } from '../core/analysis/timeline.js';
import { localize, type Problem } from '../core/types.js';
import { outlineJson } from '../cli/commands/outline.js';
import { unifiedDiff } from '../cli/diff.js';
import { toCliProblem } from '../cli/results.js';
import { ruleDocUrl } from '../core/docs/url.js';
import { timelineChartData } from '../cli/timelineChart.js';
import { VERSION } from '../cli/version.js';
import { resolveOptions } from './config.js';
import { PlanDocError } from './errors.js';
import type { FixChange, FixResult, LintProblem, LintResult, Locale, Options, OutlineNode, RuleInfo, Timeline } from './types.js';

export type * from './types.js';
export { PlanDocError } from './errors.js';
export type { PlanDocErrorWhere } from './errors.js';

/** The version of plandoc-lint. */
export const version: string = VERSION;

function checkText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new PlanDocError({ zh: `文本必须是字符串，收到 ${typeof text}`, en: `The text must be a string, got ${typeof text}` });
  }
  return stripBom(text).text;
}

function toLintProblems(problems: Problem[], locale: Locale): LintProblem[] {
  return problems.map((p) => {
    const c = toCliProblem(p);
    const out: LintProblem = { ...c, message: localize(c.message, locale), suggestions: undefined };
    if (c.suggestions) out.suggestions = c.suggestions.map((s) => ({ title: localize(s.title, locale), edits: s.edits }));
    else delete out.suggestions;
    return out;
  });
}

/** Lints a document: its problems sorted by position, with counts. */
export function lint(text: string, options: Options = {}): LintResult {
  const body = checkText(text);
  const { config, configFile } = resolveOptions(options);
  const problems = toLintProblems(lintText(body, config).problems, options.locale ?? 'zh');
  const count = (s: LintProblem['severity']) => problems.filter((p) => p.severity === s).length;
  const result: LintResult = {
    problems,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fixableCount: problems.filter((p) => p.fixable).length,
  };
  if (configFile) result.configFile = configFile;
  return result;
}

/** Fixes what can be fixed (only marker characters change), as `plandoc lint --fix` does, and says what changed. */
export function fix(text: string, options: Options = {}): FixResult {
  const body = checkText(text);
  const bom = stripBom(text).bom ? '\uFEFF' : '';
  const { config } = resolveOptions(options);
  const fixed = fixText(body, config);
  const name = options.filePath ?? 'document';
  return {
    output: bom + fixed.output,
    applied: fixed.applied,
    changes: changedLines(body, fixed.output),
    diff: fixed.output === body ? '' : unifiedDiff(body, fixed.output, name),
    problems: toLintProblems(fixed.problems, options.locale ?? 'zh'),
  };
}

/** The document's structure: markers, articles, headings and time sections as a tree. */
export function outline(text: string, options: Options = {}): OutlineNode[] {
  const { config } = resolveOptions(options);
  return outlineJson(parseDocument(checkText(text), config.levels));
}

/** Which months the plan covers, per scope (the document, each 篇 and 章), with the months missing or planned twice. */
export function timeline(text: string, options: Options = {}): Timeline {
  const { config } = resolveOptions(options);
  const { file: _file, ...data } = timelineChartData(coreTimeline(parseDocument(checkText(text), config.levels)), options.locale ?? 'zh');
  return data;
}

/** Every rule, with its description in the chosen language. */
export function rules(locale: Locale = 'zh'): RuleInfo[] {
  return registry.map((r) => ruleInfo(r.meta.id, locale)!);
}

/** One rule's description, default severity, options and documentation link; undefined for an unknown id. */
export function ruleInfo(id: string, locale: Locale = 'zh'): RuleInfo | undefined {
  const meta = ruleById(id)?.meta;
  if (!meta) return undefined;
  return {
    id: meta.id,
    description: localize(meta.description, locale),
    defaultSeverity: meta.defaultSeverity,
    fixable: meta.fixable,
    options: Object.entries(meta.options ?? {}).map(([name, spec]) => ({ name, default: spec.default, description: localize(spec.description, locale) })),
    docs: ruleDocUrl(meta.id),
  };
}

/** Lines that differ, paired in place: fixes rewrite markers within their lines (the common head and tail are skipped). */
function changedLines(before: string, after: string): FixChange[] {
  if (before === after) return [];
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const changes: FixChange[] = [];
  for (let i = head; i < Math.max(a.length, b.length) - tail; i++) {
    const was = a[i];
    const now = b[i];
    if (was !== now) changes.push({ line: i + 1, before: was ?? '', after: now ?? '' });
  }
  return changes;
}
