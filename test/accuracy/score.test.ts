// The scorer itself, on a tiny synthetic annotation: a bug in scoring would misstate every accuracy figure.
import { describe, expect, it } from 'vitest';
import { score } from '../../scripts/accuracy/score.js';
import { judge, verdictKey } from '../../scripts/accuracy/verdicts.js';
import type { Annotation, Finding } from '../../scripts/accuracy/corpus.js';

const annotation: Annotation = {
  sequenceRules: ['numbering-sequence', 'numbering-restart'],
  defects: [
    { file: 'a.txt', line: 10, rules: ['numbering-sequence'], note: 'gap' },
    { file: 'a.txt', line: 20, rules: ['placeholder'], note: '20xx' },
    { file: 'b.txt', line: 5, rules: ['numbering-restart'], note: 'restart' },
  ],
  clean: ['c.txt'],
  traps: [{ file: 'a.txt', line: 30, note: 'a date' }],
};
const finding = (file: string, rule: string, line: number): Finding => ({ file, rule, line, message: `${rule} at ${line}`, messageZh: rule, lineText: `line ${line}` });

describe('accuracy scorer', () => {
  const findings = [
    finding('a.txt', 'numbering-sequence', 11), // finds the gap (within one line)
    finding('a.txt', 'placeholder', 22), // two lines off: does not find the 20xx
    finding('b.txt', 'numbering-sequence', 5), // the wrong rule for the restart
    finding('a.txt', 'numbering-restart', 31), // beside a trap: a false alarm
    finding('c.txt', 'numbering-sequence', 1), // on a clean document: a false alarm
    finding('c.txt', 'marker-width', 2), // not a sequence rule: never a false alarm
  ];
  const s = score(annotation, findings);

  it('finds a defect within one line and by one of its rules only', () => {
    expect(s.found.map((d) => d.line)).toEqual([10]);
    expect(s.missed.map((d) => d.line)).toEqual([20, 5]);
  });
  it('counts sequence findings on clean documents and beside traps as false alarms, and nothing else', () => {
    expect(s.falseAlarms.map((a) => `${a.finding.file}:${a.finding.line}`)).toEqual(['a.txt:31', 'c.txt:1']);
  });
  it('judges matches correct, false alarms wrong, and looks the rest up in the verdicts', () => {
    const verdicts = { [verdictKey(findings[1]!)]: { verdict: 'wrong' as const, reason: 'two lines off' } };
    const judged = judge(findings, s, verdicts).map((j) => `${j.how}:${j.verdict?.verdict ?? '-'}`);
    expect(judged).toEqual(['defect:correct', 'review:wrong', 'review:-', 'false alarm:wrong', 'false alarm:wrong', 'review:-']);
  });
});
