// The façade every adapter uses: parse once, run the enabled rules, apply fixes.
import type { DocumentModel } from './model/types.js';
import type { ResolvedConfig } from './config/types.js';
import type { Fix, Problem, TextEdit } from './types.js';
import { parseDocument } from './model/parse.js';
import { SuppressionIndex } from './suppressionIndex.js';
import { capProblems, DEFAULT_MAX_PROBLEMS_PER_RULE, ProblemCap } from './problemCap.js';
import { rules } from './rules/registry.js';
import { defaultConfig } from './config/resolve.js';
import { lineStarts, stripBom } from './syntax/lines.js';

export { parseDocument, createParseCache, type ParseCache } from './model/parse.js';
export { defaultConfig, resolveConfig, validateUserConfig } from './config/resolve.js';

/** `maxPerRule`: past it a rule's problems become one "and N more" problem (core/problemCap.ts). */
export function lintModel(model: DocumentModel, config: ResolvedConfig = defaultConfig(), maxPerRule = DEFAULT_MAX_PROBLEMS_PER_RULE): Problem[] {
  const problems: Problem[] = [];
  const suppressed = model.suppressions.length ? new SuppressionIndex(model.suppressions) : undefined;
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const severity = setting ? setting.severity : rule.meta.defaultSeverity;
    if (severity === 'off') continue; // rules that are off cost nothing
    const reports = rule.check({ model, profile: config.profile, options: setting?.options ?? {}, severity });
    const cap = new ProblemCap(rule.meta.id, severity, maxPerRule);
    // O(log d) a problem, and nothing at all for a rule no directive names (core/suppressionIndex.ts)
    const isSuppressed = suppressed?.forRule(rule.meta.id);
    for (const r of reports) {
      if (isSuppressed?.(r.range.start.line)) continue;
      if (!cap.admit(r)) continue;
      // completed in place: copying every report with a spread was 4% of lint time (bench/core-throughput.mjs)
      const problem = r as Problem;
      problem.ruleId = rule.meta.id;
      problem.severity = severity;
      problems.push(problem);
    }
    const more = cap.summary();
    if (more) problems.push(more);
  }
  problems.sort(compareProblems);
  return problems;
}

export function lintText(text: string, config: ResolvedConfig = defaultConfig(), maxPerRule = DEFAULT_MAX_PROBLEMS_PER_RULE): { model: DocumentModel; problems: Problem[] } {
  const model = parseDocument(text, config.levels);
  return { model, problems: lintModel(model, config, maxPerRule) };
}

function compareProblems(a: Problem, b: Problem): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Applies the problems' fixes to `text`. A fix whose edits overlap an edit
 * already taken is skipped (fixText runs again for it); identical fixes from
 * several problems are applied once. Positions are in the BOM-less text the
 * model was parsed from; a leading BOM in `text` is kept.
 */
export function applyFixes(text: string, problems: Problem[]): { output: string; applied: number } {
  const { text: body, bom: hasBom } = stripBom(text);
  const bom = hasBom ? '\uFEFF' : '';
  const starts = lineStarts(body);
  const toOffset = (p: { line: number; character: number }) => Math.min((starts[p.line] ?? body.length) + p.character, body.length);
  // kept sorted by start (ties: insertions first), so an overlap check is a binary search, not a scan:
  // scanning every taken edit made fixing 8,000 markers take 8 s and 50,000 take minutes (test/property)
  const taken: PlacedEdit[] = [];
  const seenFixObjects = new Set<Fix>();
  const seenFixes = new Set<string>();
  let applied = 0;
  for (const p of problems) {
    if (!p.fix || p.fix.edits.length === 0) continue;
    // the reports of one list share one renumbering fix: skip it by identity before serialising it
    if (seenFixObjects.has(p.fix)) continue;
    seenFixObjects.add(p.fix);
    const key = JSON.stringify(p.fix.edits);
    if (seenFixes.has(key)) continue;
    const edits = p.fix.edits.map((e: TextEdit) => ({ start: toOffset(e.range.start), end: toOffset(e.range.end), text: e.newText }));
    if (edits.some((e) => overlapsTaken(taken, e))) continue;
    seenFixes.add(key);
    for (const e of edits) taken.splice(insertionIndex(taken, e), 0, e);
    applied++;
  }
  const pieces: string[] = [];
  let at = 0;
  for (const e of taken) {
    pieces.push(body.slice(at, e.start), e.text);
    at = Math.max(at, e.end);
  }
  pieces.push(body.slice(at));
  return { output: bom + pieces.join(''), applied };
}

interface PlacedEdit {
  start: number;
  end: number;
  text: string;
}

function insertionIndex(taken: PlacedEdit[], e: PlacedEdit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = taken[mid]!;
    if (t.start < e.start || (t.start === e.start && t.end <= e.end)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Taken edits never overlap, so their ends rise with their starts: only the neighbours of e's place can touch it. */
function overlapsTaken(taken: PlacedEdit[], e: PlacedEdit): boolean {
  const i = insertionIndex(taken, { start: e.start, end: -1, text: '' });
  for (let j = i - 1; j >= 0 && taken[j]!.end >= e.start; j--) if (overlaps(e, taken[j]!)) return true;
  for (let j = i; j < taken.length && taken[j]!.start <= e.end; j++) if (overlaps(e, taken[j]!)) return true;
  return false;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  // two insertions at one point would apply in an arbitrary order
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

const MAX_FIX_PASSES = 10;

/**
 * Applies fixes until none is left (or MAX_FIX_PASSES), re-linting between passes. Every fix is applied,
 * whatever the problem cap; only the problems returned are capped.
 */
export function fixText(text: string, config: ResolvedConfig = defaultConfig()): { output: string; applied: number; problems: Problem[] } {
  let output = text;
  let applied = 0;
  let { problems } = lintText(output, config, Infinity);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const r = applyFixes(output, problems);
    if (r.applied === 0 || r.output === output) break;
    output = r.output;
    applied += r.applied;
    problems = lintText(output, config, Infinity).problems;
  }
  return { output, applied, problems: capProblems(problems, DEFAULT_MAX_PROBLEMS_PER_RULE, compareProblems) };
}
