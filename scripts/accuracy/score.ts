// Scores findings against the annotation with score.py's rules: a defect is found by a finding of one of its rules
// within one line; a sequence-rule finding that matches no defect is a false alarm when it is on a clean document or
// within one line of a trap. (test/accuracy/score.test.ts runs score.py itself on a synthetic case to keep them equal.)
import type { Annotation, Defect, Finding } from './corpus.js';

export interface Score {
  found: Defect[];
  missed: Defect[];
  /** sequence-rule findings on clean documents or near traps, with why */
  falseAlarms: { finding: Finding; why: string }[];
  /** findings that match an annotated defect */
  matching: Set<Finding>;
}

export function score(annotation: Annotation, findings: Finding[]): Score {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
  const hits = (d: Defect, f: Finding) => f.file === d.file && d.rules.includes(f.rule) && Math.abs(f.line - d.line) <= 1;
  const found: Defect[] = [];
  const missed: Defect[] = [];
  for (const d of annotation.defects) ((byFile.get(d.file) ?? []).some((f) => hits(d, f)) ? found : missed).push(d);
  const matching = new Set(findings.filter((f) => annotation.defects.some((d) => hits(d, f))));
  const sequence = new Set(annotation.sequenceRules);
  const clean = new Set(annotation.clean);
  const falseAlarms: Score['falseAlarms'] = [];
  for (const f of findings) {
    if (!sequence.has(f.rule) || matching.has(f)) continue;
    const trap = annotation.traps.find((t) => t.file === f.file && Math.abs(t.line - f.line) <= 1);
    if (trap) falseAlarms.push({ finding: f, why: `trap l.${trap.line}: ${trap.note}` });
    else if (clean.has(f.file)) falseAlarms.push({ finding: f, why: 'clean document' });
  }
  return { found, missed, falseAlarms, matching };
}
