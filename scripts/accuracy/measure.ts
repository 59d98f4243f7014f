// One measurement of the real corpus: lint (or read a saved report), score, judge, and the figures the ratchet and
// the report use.
import { corpusPresent, lintCorpus, readAnnotation, CORPUS_DIR, type Annotation, type Finding } from './corpus.js';
import { score, type Score } from './score.js';
import { judge, readVerdicts, staleVerdicts, type Judged } from './verdicts.js';

export interface Figures {
  defects: number;
  found: number;
  falseAlarms: number;
  findings: number;
  correct: number;
  wrong: number;
  unreviewed: number;
}

export interface Measurement {
  annotation: Annotation;
  documents: string[];
  findings: Finding[];
  score: Score;
  judged: Judged[];
  figures: Figures;
  /** keys in verdicts.json that no current finding uses */
  stale: string[];
}

export { corpusPresent, CORPUS_DIR };

export async function measure(dir = CORPUS_DIR, linted?: { documents: string[]; findings: Finding[] }): Promise<Measurement> {
  const annotation = readAnnotation(dir);
  const { documents, findings } = linted ?? (await lintCorpus(dir));
  return judgeAll(annotation, documents, findings);
}

export function judgeAll(annotation: Annotation, documents: string[], findings: Finding[], verdicts = readVerdicts()): Measurement {
  const s = score(annotation, findings);
  const judged = judge(findings, s, verdicts);
  const figures: Figures = {
    defects: annotation.defects.length,
    found: s.found.length,
    falseAlarms: s.falseAlarms.length,
    findings: findings.length,
    correct: judged.filter((j) => j.verdict?.verdict === 'correct').length,
    wrong: judged.filter((j) => j.verdict?.verdict === 'wrong').length,
    unreviewed: judged.filter((j) => !j.verdict).length,
  };
  return { annotation, documents, findings, score: s, judged, figures, stale: staleVerdicts(judged, verdicts) };
}

/** Precision of the reviewed findings, as a fraction (1 when there is none). */
export function precision(f: Figures): number {
  const reviewed = f.correct + f.wrong;
  return reviewed ? f.correct / reviewed : 1;
}

export interface Baseline { found: number; defects: number; falseAlarms: number; precision: number }

export const baselineOf = (f: Figures): Baseline => ({ found: f.found, defects: f.defects, falseAlarms: f.falseAlarms, precision: Number(precision(f).toFixed(4)) });

/** What is worse now than in the recorded baseline (empty when nothing is). Precision is compared at 4 decimals. */
export function worseThan(now: Figures, was: Baseline): string[] {
  const out: string[] = [];
  const p = baselineOf(now).precision;
  if (now.found < was.found) out.push(`recall ${now.found}/${now.defects} < ${was.found}/${was.defects}`);
  if (now.falseAlarms > was.falseAlarms) out.push(`false alarms ${now.falseAlarms} > ${was.falseAlarms}`);
  if (p < was.precision) out.push(`precision ${(100 * p).toFixed(2)}% < ${(100 * was.precision).toFixed(2)}%`);
  return out;
}
