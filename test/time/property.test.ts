// Properties of the time scanner, the month-style renderer and the overlap sweep over generated input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchTimeHeading } from '../../server/src/core/syntax/time/parse.js';
import { renderInStyle } from '../../server/src/core/syntax/time/format.js';
import type { TimeExpression, TimeStyle } from '../../server/src/core/syntax/time/types.js';
import { DAYS_PER_MONTH_SLOT, overlapsIn, type PlacedSection } from '../../server/src/core/analysis/sequence.js';
import type { TimeSection } from '../../server/src/core/model/types.js';

const runs = Number(process.env.FUZZ_RUNS ?? 500);

/** Characters that matter to the scanner, plus ordinary text. */
const pieces = fc.constantFrom(
  '一', '二', '三', '十', '元', '〇', '1', '2', '9', '０', '１', '月', '份', '日', '号', '至', '到', '—', '-', '～', '、', '第',
  '季', '度', '周', '半', '年', '上', '下', '中', '旬', '次', '寒', '暑', '假', '学', '期', 'Q', '（', '）', '(', ')', '：',
  '，', ' ', '\t', '|', '开展', '工作', '安排', '以前', '前', '的', 'x', '\u3000', '\ud800',
);
const line = fc.array(pieces, { maxLength: 30 }).map((a) => a.join(''));

describe('matchTimeHeading properties', () => {
  it('never throws; a result lies within the line and its raw text is the slice it names', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: -2, max: 40 }), (text, from) => {
        const r = matchTimeHeading(text, from);
        if (!r) return;
        const e = r.expr;
        expect(e.start).toBeGreaterThanOrEqual(from);
        expect(e.end).toBeGreaterThan(e.start);
        expect(e.end).toBeLessThanOrEqual(Math.min(text.length, from + 64));
        expect(text.slice(e.start, e.end)).toBe(e.raw);
        if (e.fromMonth !== undefined && !e.invalid) {
          expect(e.fromMonth).toBeGreaterThanOrEqual(1);
          expect(e.toMonth).toBeLessThanOrEqual(12);
        }
      }),
      { numRuns: runs * 10 },
    );
  });

  it('an expression followed by running text reads the same expression', () => {
    fc.assert(
      fc.property(line, (text) => {
        const alone = matchTimeHeading(text, 0);
        if (!alone || !alone.standalone || /[\s：:，,。、（(]$/.test(text)) return;
        const item = matchTimeHeading(text.replace(/[：:]$/, '') + '：开展活动。', 0);
        expect(item?.expr.raw).toBe(alone.expr.raw);
      }),
      { numRuns: runs * 10 },
    );
  });
});

describe('renderInStyle reads back as what it was asked to write', () => {
  const style = fc.record({
    numerals: fc.constantFrom<TimeStyle['numerals']>('cn', 'arabic', 'fullwidth'),
    fen: fc.boolean(),
    connector: fc.constantFrom('至', '到', '—', '——', '-', '--', '～', '~'),
    repeatMonth: fc.boolean(),
  });

  it('months and month ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), style, style, (a, b, from, to) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const kind = lo === hi ? 'month' : 'month-range';
        const source: TimeExpression = { kind, start: 0, end: 0, raw: '', fromMonth: lo, toMonth: hi, style: from };
        const text = renderInStyle(source, to);
        const back = matchTimeHeading(text + '：', 0);
        expect(back, text).not.toBeNull();
        expect(back!.expr).toMatchObject({ kind, fromMonth: lo, toMonth: hi, raw: text });
        expect(back!.expr.style.numerals).toBe(to.numerals);
        expect(back!.expr.style.fen).toBe(to.fen);
        if (kind === 'month-range') {
          expect(back!.expr.style.connector).toBe(to.connector);
          expect(back!.expr.style.repeatMonth).toBe(to.repeatMonth);
        }
      }),
      { numRuns: runs },
    );
  });
});

describe('overlapsIn agrees with a day-by-day reference', () => {
  /** A section from month a day x to month b day y (absolute months, days 1–31), as `place` writes them. */
  const span = fc
    .tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }), fc.boolean())
    .map(([month, length, d1, d2, whole]) => {
      const [lo, hi] = length === 0 && d1 > d2 ? [d2, d1] : [d1, d2];
      return whole
        ? { fromDay: month * DAYS_PER_MONTH_SLOT + 1, toDay: (month + length) * DAYS_PER_MONTH_SLOT + 31 }
        : { fromDay: month * DAYS_PER_MONTH_SLOT + lo, toDay: (month + length) * DAYS_PER_MONTH_SLOT + hi };
    });

  it('reports each section sharing a day with an earlier one, the months shared, and the first planner of each shared day', () => {
    fc.assert(
      fc.property(fc.array(fc.option(span, { freq: 8 }), { maxLength: 40 }), (spans) => {
        const sections: PlacedSection[] = spans.map((s, line) => ({
          section: { line } as TimeSection,
          monthGranular: false,
          ...(s ? { from: Math.floor(s.fromDay / DAYS_PER_MONTH_SLOT), to: Math.floor(s.toDay / DAYS_PER_MONTH_SLOT), ...s } : {}),
        }));
        const days = (p: PlacedSection) => {
          const out: number[] = [];
          if (p.fromDay === undefined) return out;
          for (let d = p.fromDay; d <= p.toDay!; d++) if (d % DAYS_PER_MONTH_SLOT !== 0) out.push(d);
          return out;
        };
        const expected = [];
        for (let i = 0; i < sections.length; i++) {
          const firsts = new Set<number>();
          const months = new Set<number>();
          for (const d of days(sections[i]!)) {
            const first = sections.findIndex((q, j) => j < i && days(q).includes(d));
            if (first < 0) continue;
            firsts.add(first);
            months.add(Math.floor(d / DAYS_PER_MONTH_SLOT));
          }
          if (firsts.size) expected.push({ line: i, earlier: [...firsts].sort((a, b) => a - b), months: [...months].sort((a, b) => a - b) });
        }
        const actual = overlapsIn({ parent: null, sections, wrapsYear: false }).map((o) => ({
          line: o.section.section.line,
          earlier: o.earlier.map((e) => e.section.line),
          months: o.months,
        }));
        expect(actual).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});
