// Inputs that must never crash the engine.
import { describe, expect, it } from 'vitest';
import { lintText, fixText } from '../../server/src/core/linter.js';

describe('bad input', () => {
  it('an empty document has one empty line and no problems', () => {
    const r = lintText('');
    expect(r.model.lines).toHaveLength(1);
    expect(r.problems).toEqual([]);
  });

  it('binary-looking text (NUL and control bytes) lints without throwing', () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(() => lintText(bytes)).not.toThrow();
  });

  it('U+FFFD from invalid UTF-8 is reported as lost characters, not a crash', () => {
    const decoded = new TextDecoder('utf-8').decode(Uint8Array.from([0xe4, 0xb8, 0x80, 0xe3, 0x80, 0x81, 0xff, 0xfe, 0xe7]));
    const r = lintText(decoded);
    expect(r.model.placeholders.some((p) => p.kind === 'lost-char')).toBe(true);
  });

  it('a 10 MB single line lints and fixes', () => {
    const line = '1、' + '计划'.repeat(5 * 1024 * 1024);
    const r = lintText(line);
    expect(r.model.lines).toHaveLength(1);
    expect(fixText(line).output.length).toBe(line.length);
  });

  it('lone surrogates and mixed line endings keep every problem inside the document', () => {
    const text = '\uD800一、甲\r\n三、乙\r\uDC00\n（一）、丙';
    const r = lintText(text);
    for (const p of r.problems) {
      expect(p.range.start.line).toBeLessThan(r.model.lines.length);
      expect(p.range.end.character).toBeLessThanOrEqual(r.model.lines[p.range.end.line]!.text.length);
    }
  });
});
