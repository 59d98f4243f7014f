// One measurement of the real corpus: lint, score, judge, and the figures the ratchet and the report use.
import { corpusPresent, lintCorpus, readAnnotation, CORPUS_DIR, type Annotation, type Finding } from './corpus.js';
import { score, type Score } from './score.js';
import { judge, readVerdicts, type Judged } from './verdicts.js';

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
}

export { corpusPresent, CORPUS_DIR };

export function measure(dir = CORPUS_DIR): Measurement {
  const annotation = readAnnotation(dir);
  const { documents, findings } = lintCorpus(dir);
  const s = score(annotation, findings);
  const judged = judge(findings, s, readVerdicts());
  const figures: Figures = {
    defects: annotation.defects.length,
    found: s.found.length,
    falseAlarms: s.falseAlarms.length,
    findings: findings.length,
    correct: judged.filter((j) => j.verdict?.verdict === 'correct').length,
    wrong: judged.filter((j) => j.verdict?.verdict === 'wrong').length,
    unreviewed: judged.filter((j) => !j.verdict).length,
  };
  return { annotation, documents, findings, score: s, judged, figures };
}

/** Precision of the reviewed findings, as a fraction (1 when nothing was found). */
export function precision(f: Figures): number {
  const reviewed = f.correct + f.wrong;
  return reviewed ? f.correct / reviewed : 1;
}
