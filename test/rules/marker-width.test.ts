import { describe, expect, it } from 'vitest';
import { findings, fix, fixture } from './harness.js';

const RULE = 'marker-width';

describe('marker-width, common profile', () => {
  const text = fixture('marker-width.common.txt');

  it('reports the minority bracket width, a mismatched pair, a full-width period in a half-width document and full-width digits', () => {
    expect(findings(text, RULE)).toEqual([
      '6:1 序号“(三)”使用了半角括号，全文多数序号使用全角括号，应改用全角括号',
      '7:1 序号“（四)”的左右括号一个是全角、一个是半角',
      '10:1 序号“3．”后的圆点应为半角“.”',
      '11:1 序号“４.”中的数字应为半角数字“4”',
      '13:1 序号“(2)”使用了半角括号，全文多数序号使用全角括号，应改用全角括号',
    ]);
  });

  it('fixes only the marker characters, and the fixed text is clean', () => {
    const out = fix(text);
    expect(out).toBe(fixture('marker-width.common.fixed.txt'));
    expect(findings(out, RULE)).toEqual([]);
  });

  it('accepts half-width brackets and 1． used throughout (the regulations’ habit)', () => {
    expect(findings(fixture('marker-width.half.txt'), RULE)).toEqual([]);
  });

  it('on a tie follows the style seen first', () => {
    expect(findings(fixture('marker-width.tie.txt'), RULE)).toEqual([
      '3:1 序号“（二）”使用了全角括号，全文其余序号使用半角括号，应改用半角括号',
      '6:1 序号“2.”后使用了半角圆点，全文其余序号使用全角圆点“．”',
    ]);
  });

  it('a lone mismatched pair is fixed to full width', () => {
    expect(fix('一、目标\n(一）提高认识\n(二）完善体系\n')).toBe('一、目标\n（一）提高认识\n（二）完善体系\n');
  });

  it('leaves glyph markers and Chinese-numeral markers alone', () => {
    expect(findings('一、目标\n⑴提高认识\n⑵完善体系\n①第一\n②第二\n', RULE)).toEqual([]);
  });
});

describe('marker-width, gbt9704 profile', () => {
  const text = fixture('marker-width.half.txt');

  it('requires full-width brackets and the half-width period', () => {
    expect(findings(text, RULE, 'gbt9704')).toEqual([
      '5:1 序号“(一)”使用了半角括号，按GB/T 9704的规定，应改用全角括号',
      '7:1 序号“(二)”使用了半角括号，按GB/T 9704的规定，应改用全角括号',
      '9:1 序号“(三)”使用了半角括号，按GB/T 9704的规定，应改用全角括号',
      '13:1 序号“1．”后的圆点应为半角“.”',
      '15:1 序号“2．”后的圆点应为半角“.”',
    ]);
  });

  it('fixes to （一） and 1. and the re-lint is clean', () => {
    const out = fix(text, 'gbt9704');
    expect(out).toBe(fixture('marker-width.half.gbt9704.fixed.txt'));
    expect(findings(out, RULE, 'gbt9704')).toEqual([]);
  });

  it('accepts full-width brackets and half-width periods', () => {
    expect(findings(fixture('marker-width.common.fixed.txt'), RULE, 'gbt9704')).toEqual([]);
  });
});
