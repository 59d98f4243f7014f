// The scorer itself, on a tiny synthetic annotation: a bug in scoring would misstate every accuracy figure.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { score } from '../../scripts/accuracy/score.js';
import { judge, staleVerdicts, verdictKey } from '../../scripts/accuracy/verdicts.js';
import { CORPUS_DIR, findingsFromReport, type Annotation } from '../../scripts/accuracy/corpus.js';
import { judgeAll, precision, worseThan } from '../../scripts/accuracy/measure.js';

const annotation: Annotation = {
  sequenceRules: ['numbering-sequence', 'numbering-restart'],
  defects: [
    { file: 'a.txt', line: 10, rules: ['numbering-sequence'], note: 'gap' },
    { file: 'a.txt', line: 20, rules: ['placeholder'], note: '20xx' },
    { file: 'b.txt', line: 5, rules: ['numbering-restart'], note: 'restart' },
    { file: 'b.txt', line: 40, rules: ['numbering-restart', 'numbering-sequence'], note: 'duplicate beside a trap' },
  ],
  clean: ['c.txt'],
  traps: [
    { file: 'a.txt', line: 30, note: 'a date' },
    { file: 'b.txt', line: 41, note: 'a table cell' },
  ],
};
// the same case as a `plandoc lint --format json` report, which is what score.py reads
const report = [
  { file: '/somewhere/docs/a.txt', problems: [
    { rule: 'numbering-sequence', line: 11, message: 'finds the gap (within one line)' },
    { rule: 'placeholder', line: 22, message: 'two lines off: does not find the 20xx' },
    { rule: 'numbering-restart', line: 31, message: 'beside a trap: a false alarm' },
    { rule: 'numbering-sequence', line: 9, message: 'a second finding of the gap' },
  ] },
  { file: 'docs/b.txt', problems: [
    { rule: 'numbering-sequence', line: 5, message: 'the wrong rule for the restart' },
    { rule: 'numbering-sequence', line: 40, message: 'finds the duplicate: beside a trap, but not a false alarm' },
  ] },
  { file: 'docs/c.txt', problems: [
    { rule: 'numbering-sequence', line: 1, message: 'on a clean document: a false alarm' },
    { rule: 'marker-width', line: 2, message: 'not a sequence rule: never a false alarm' },
  ] },
  { file: 'docs/d.txt', problems: [] },
];
const { documents, findings } = findingsFromReport(report, '/nonexistent');
const s = score(annotation, findings);

describe('accuracy scorer', () => {
  it('reads a report by file name', () => {
    expect(documents).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    expect(findings).toHaveLength(8);
  });
  it('finds a defect within one line and by one of its rules only', () => {
    expect(s.found.map((d) => `${d.file}:${d.line}`)).toEqual(['a.txt:10', 'b.txt:40']);
    expect(s.missed.map((d) => `${d.file}:${d.line}`)).toEqual(['a.txt:20', 'b.txt:5']);
    expect([...s.matching].map((f) => `${f.file}:${f.line}`)).toEqual(['a.txt:11', 'a.txt:9', 'b.txt:40']);
  });
  it('counts sequence findings on clean documents and beside traps as false alarms, unless they match a defect', () => {
    expect(s.falseAlarms.map((a) => `${a.finding.file}:${a.finding.line} ${a.why}`)).toEqual(['a.txt:31 trap l.30: a date', 'c.txt:1 clean document']);
  });
  it('judges matches correct, false alarms wrong, and looks the rest up in the verdicts', () => {
    const verdicts = {
      [verdictKey(findings[1]!)]: { verdict: 'wrong' as const, reason: 'two lines off' },
      'gone.txt | placeholder | XX | 占位符': { verdict: 'correct' as const, reason: 'no finding uses it any more' },
    };
    const judged = judge(findings, s, verdicts);
    expect(judged.map((j) => `${j.how}:${j.verdict?.verdict ?? '-'}`)).toEqual(['defect:correct', 'review:wrong', 'false alarm:wrong', 'defect:correct', 'review:-', 'defect:correct', 'false alarm:wrong', 'review:-']);
    expect(staleVerdicts(judged, verdicts)).toEqual(['gone.txt | placeholder | XX | 占位符']);
    const m = judgeAll(annotation, documents, findings, verdicts);
    expect(m.figures).toEqual({ defects: 4, found: 2, falseAlarms: 2, findings: 8, correct: 3, wrong: 3, unreviewed: 2 });
    expect(precision(m.figures)).toBe(0.5);
  });
  it('keys a verdict by document, rule, line text and Chinese message, not by line number', () => {
    const f = { file: 'a.txt', rule: 'placeholder', line: 3, column: 1, message: 'en', messageZh: '“XX”是占位符', lineText: '主办单位：XX' };
    expect(verdictKey({ ...f, line: 9 })).toBe(verdictKey(f));
    expect(verdictKey({ ...f, lineText: '承办单位：XX' })).not.toBe(verdictKey(f));
  });
  it('calls figures worse when recall drops, false alarms rise or precision falls', () => {
    const was = { found: 30, defects: 36, falseAlarms: 2, precision: 0.9 };
    const now = { defects: 36, found: 30, falseAlarms: 2, findings: 10, correct: 9, wrong: 1, unreviewed: 0 };
    expect(worseThan(now, was)).toEqual([]);
    expect(worseThan({ ...now, found: 29 }, was)).toHaveLength(1);
    expect(worseThan({ ...now, falseAlarms: 3 }, was)).toHaveLength(1);
    expect(worseThan({ ...now, correct: 8, wrong: 2 }, was)).toHaveLength(1);
  });
});

// score.py itself on the same case, when python3 and the corpus's score.py are here
const scorePy = join(CORPUS_DIR, 'score.py');
const python = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return existsSync(scorePy);
  } catch {
    return false;
  }
})();
if (!python) console.warn('score.py cross-check skipped: needs python3 and the real corpus\'s score.py');

describe.skipIf(!python)('the scorer agrees with score.py', () => {
  it('on recall, false alarms and the lists of misses and false alarms', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandoc-score-'));
    copyFileSync(scorePy, join(dir, 'score.py'));
    const expect_ = { _sequence_rules: annotation.sequenceRules, defects: annotation.defects.map((d) => ({ ...d, file: `docs/${d.file}` })), clean: annotation.clean.map((c) => `docs/${c}`), traps: annotation.traps };
    writeFileSync(join(dir, 'expect.json'), JSON.stringify(expect_));
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report));
    const out = execFileSync('python3', [join(dir, 'score.py'), join(dir, 'report.json')], { encoding: 'utf8' });
    expect(out).toContain(`recall: ${s.found.length}/${annotation.defects.length} `);
    expect(out).toContain(`false alarms (sequence rules on clean docs or within 1 line of a trap): ${s.falseAlarms.length}\n`);
    expect(out).toContain(`problems matching an annotated defect: ${s.matching.size}/${findings.length} `);
    const [, misses = '', alarms = ''] = out.split(/\nMISSES\n|\nFALSE ALARMS\n/);
    const listed = (block: string) => block.split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[0]).sort();
    expect(listed(misses)).toEqual(s.missed.map((d) => `${d.file}:${d.line}`).sort());
    expect(listed(alarms)).toEqual(s.falseAlarms.map((a) => `${a.finding.file}:${a.finding.line}`).sort());
  });
});
