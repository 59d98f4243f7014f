// Precision by review: every finding gets a verdict. Findings that match an annotated defect are correct and
// sequence false alarms are wrong without review; the others are reviewed once, by reading the document, and the
// verdict is kept in test/accuracy/verdicts.json under a key that survives unrelated line shifts: the document,
// the rule, the text of the finding's line and its Chinese message.
import { existsSync, readFileSync } from 'node:fs';
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
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

export function judge(findings: Finding[], s: Score, verdicts: Verdicts): Judged[] {
  const alarms = new Set(s.falseAlarms.map((a) => a.finding));
  return findings.map((finding) => {
    if (s.matching.has(finding)) return { finding, verdict: { verdict: 'correct', reason: 'matches an annotated defect' }, how: 'defect' };
    if (alarms.has(finding)) return { finding, verdict: { verdict: 'wrong', reason: 'sequence false alarm' }, how: 'false alarm' };
    return { finding, verdict: verdicts[verdictKey(finding)], how: 'review' };
  });
}
