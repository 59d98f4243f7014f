// Precision by review: every finding gets a verdict. Findings that match an annotated defect are correct and
// sequence false alarms are wrong without review; the others are reviewed once, by reading the document, and the
// verdict is kept in test/accuracy/verdicts.json under a key that survives unrelated line shifts: the document,
// the rule, the (trimmed, first 60 characters of the) text of the finding's line and its Chinese message —
//   "12.txt | marker-consistency | 1.发表文章的数目… | 序号 1. 与同级序号的主要写法“1、”不一致（见第 14 行）"
// A finding whose line text or message changes needs a new verdict; two findings with the same four parts share one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from './corpus.js';
import type { Score } from './score.js';

export const VERDICTS_FILE = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../test/accuracy/verdicts.json');

export interface Verdict { verdict: 'correct' | 'wrong'; reason: string }
export type Verdicts = Record<string, Verdict>;
export type Judged = { finding: Finding; verdict: Verdict | undefined; how: 'defect' | 'false alarm' | 'review' };

export function verdictKey(f: Finding): string {
  return `${f.file} | ${f.rule} | ${f.lineText.slice(0, 60)} | ${f.messageZh}`;
}

export function readVerdicts(path = VERDICTS_FILE): Verdicts {
  if (!existsSync(path)) return {};
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Verdicts;
  for (const [key, v] of Object.entries(raw)) {
    if (v?.verdict !== 'correct' && v?.verdict !== 'wrong') throw new Error(`${path}: "${key}" needs "verdict": "correct" or "wrong" (it has ${JSON.stringify(v?.verdict)})`);
    if (!v.reason?.trim()) throw new Error(`${path}: "${key}" needs a reason`);
  }
  return raw;
}

export function judge(findings: Finding[], s: Score, verdicts: Verdicts): Judged[] {
  const alarms = new Set(s.falseAlarms.map((a) => a.finding));
  return findings.map((finding) => {
    if (s.matching.has(finding)) return { finding, verdict: { verdict: 'correct', reason: 'matches an annotated defect' }, how: 'defect' };
    if (alarms.has(finding)) return { finding, verdict: { verdict: 'wrong', reason: 'sequence false alarm' }, how: 'false alarm' };
    const v = Object.hasOwn(verdicts, verdictKey(finding)) ? verdicts[verdictKey(finding)] : undefined;
    return { finding, verdict: v, how: 'review' };
  });
}

/** Verdicts that no reviewed finding uses any more (the finding went away or its line or message changed). */
export function staleVerdicts(judged: Judged[], verdicts: Verdicts): string[] {
  const used = new Set(judged.filter((j) => j.how === 'review').map((j) => verdictKey(j.finding)));
  return Object.keys(verdicts).filter((k) => !used.has(k));
}

/**
 * The unreviewed findings, for `npm run accuracy -- --review`: each with the lines around it (to judge it by) and
 * a JSON object of entries to complete (verdict, reason) and paste into verdicts.json.
 */
export function reviewText(judged: Judged[], docLines: (file: string) => string[]): string {
  const open = judged.filter((j) => !j.verdict);
  if (!open.length) return 'every finding has a verdict';
  const out: string[] = [];
  for (const { finding: f } of open) {
    out.push(`── ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.messageZh}${f.message !== f.messageZh ? ` / ${f.message}` : ''}`);
    const lines = docLines(f.file);
    for (let n = Math.max(1, f.line - 2); n <= Math.min(lines.length, f.line + 2); n++) out.push(`${n === f.line ? '>' : ' '}${String(n).padStart(5)} | ${lines[n - 1]!.slice(0, 100)}`);
  }
  const entries = Object.fromEntries(open.map((j) => [verdictKey(j.finding), { verdict: 'correct | wrong', reason: '' }]));
  out.push('', `Judge each finding above by reading its document, then add these entries to test/accuracy/verdicts.json with "verdict": "correct" or "wrong" and a short reason:`, JSON.stringify(entries, null, 2));
  return out.join('\n');
}

/** Drops the stale verdicts from verdicts.json (`--prune`); keeps the order and the rest as they are. */
export function pruneVerdicts(stale: string[], path = VERDICTS_FILE): number {
  const all = readVerdicts(path);
  for (const k of stale) delete all[k];
  writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
  return stale.length;
}
