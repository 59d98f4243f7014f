// Properties of the engine on any text: parsing and linting never throw, every range lies inside the
// document, fixes never overlap, fixing is idempotent and leaves nothing fixable, and a fix changes
// marker characters only. Both profiles; see docs/reliability.md for the definitions and the run counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixText, lintModel, lintText, parseDocument, defaultConfig, resolveConfig } from '../../server/src/core/linter.js';
import type { ProfileName, ResolvedConfig } from '../../server/src/core/config/types.js';
import type { Problem } from '../../server/src/core/types.js';
import { MARKER_FAMILIES, type MarkerFamily } from '../../server/src/core/model/types.js';
import { anyText, applyMutations, mutations, planArbitrary, render } from './generators.js';
import { configWithout, describeProblems, linesOf, nonMarkerChanges, NON_MARKER_FIXERS, overlappingFixes, rangesOutside } from './checks.js';
import { params, TIMEOUT } from './runs.js';

const profile = fc.constantFrom<ProfileName>('common', 'gbt9704');
/** The level order: usually the standard one, sometimes a user's `levels` setting in any order. */
const levels = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.shuffledSubarray([...MARKER_FAMILIES], { minLength: 5 }) });

/** A generated plan with random edits on top: realistic structure, broken in unplanned ways. */
const mutatedPlan = profile.chain((p) =>
  fc.tuple(planArbitrary(p), mutations).map(([plan, edits]) => ({ profile: p, text: applyMutations(render(plan).text, edits) })),
);

function checkFixes(text: string, p: ProfileName, order?: MarkerFamily[]): void {
  const config = withLevels(defaultConfig(p), order);
  const once = fixText(text, config);
  // nothing fixable is left, and fixing again changes nothing
  expect(describeProblems(once.problems.filter((x) => x.fix && x.fix.edits.length))).toBe('');
  expect(fixText(once.output, config).output).toBe(once.output);
  // the marker fixes alone touch marker characters only, inside the markers the model found
  const markerConfig = withLevels(configWithout(p, NON_MARKER_FIXERS), order);
  const markersOnly = fixText(text, markerConfig).output;
  const model = parseDocument(text, markerConfig.levels);
  expect(nonMarkerChanges(text, markersOnly, model)).toEqual([]);
  // and so does each quick fix alone, as an editor applies it
  for (const problem of lintModel(model, markerConfig)) {
    if (!problem.fix) continue;
    const single = applyFixes(text, [problem]).output;
    expect(nonMarkerChanges(text, single, model), `${problem.ruleId}: ${problem.message.en}`).toEqual([]);
  }
}

function withLevels(config: ResolvedConfig, order: MarkerFamily[] | undefined): ResolvedConfig {
  if (order) config.levels = order;
  return config;
}

describe('any text', () => {
  it('parsing, linting and fixing never throw', () => {
    fc.assert(
      fc.property(anyText, profile, (text, p) => {
        const config = defaultConfig(p);
        const { model } = lintText(text, config);
        expect(model.lines.length).toBe(linesOf(text).lines.length);
        fixText(text, config);
      }),
      params('total-any-text'),
    );
  }, TIMEOUT);

  it('every problem, related location and fix edit lies inside the document; no fix overlaps itself', () => {
    fc.assert(
      fc.property(anyText, profile, (text, p) => {
        const { problems } = lintText(text, defaultConfig(p));
        expect(rangesOutside(problems, text)).toEqual([]);
        expect(overlappingFixes(problems)).toEqual([]);
      }),
      params('ranges-any-text'),
    );
  }, TIMEOUT);

  it('fixing is idempotent, leaves nothing fixable and changes marker characters only', () => {
    fc.assert(fc.property(anyText, profile, levels, checkFixes), params('fix-any-text'));
  }, TIMEOUT);
});

describe('generated plans with random edits', () => {
  it('ranges inside, fixes idempotent and marker-only', () => {
    fc.assert(
      fc.property(mutatedPlan, levels, ({ profile: p, text }, order) => {
        const { problems } = lintText(text, withLevels(defaultConfig(p), order));
        expect(rangesOutside(problems, text)).toEqual([]);
        expect(overlappingFixes(problems)).toEqual([]);
        checkFixes(text, p, order);
      }),
      params('fix-mutated-plan'),
    );
  }, TIMEOUT);
});

/** Real documents: the seed (a compilation of eight plans) and three regulations from the corpus (Markdown, 章/条). */
const REAL = ['../fixtures/seed.txt', 'corpus/regulation-real-estate.md', 'corpus/regulation-export-control.md', 'corpus/regulation-hotels.md']
  .map((path) => readFileSync(join(import.meta.dirname, path), 'utf8'));

/** A window of 200–4,000 characters of a real document, randomly edited. */
const mutatedReal = fc
  .record({ doc: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 200, max: 4000 }), edits: mutations, profile, levels })
  .map(({ doc, at, length, edits, profile: p, levels: order }) => {
    const source = REAL[doc % REAL.length]!;
    const start = Math.floor(at * Math.max(0, source.length - length));
    return { profile: p, order, text: applyMutations(source.slice(start, start + length), edits) };
  });

describe('real documents with random edits', () => {
  it('ranges inside, fixes idempotent and marker-only', () => {
    fc.assert(
      fc.property(mutatedReal, ({ profile: p, order, text }) => {
        const { problems } = lintText(text, withLevels(defaultConfig(p), order));
        expect(rangesOutside(problems, text)).toEqual([]);
        expect(overlappingFixes(problems)).toEqual([]);
        checkFixes(text, p, order);
      }),
      params('fix-mutated-real'),
    );
  }, TIMEOUT);
});

describe('line ends and BOM do not matter', () => {
  const simple = (problems: Problem[]) => problems.map((p) => ({ rule: p.ruleId, range: p.range, message: p.message, fix: p.fix }));
  it('\\r\\n or \\r for \\n, or a leading BOM, gives the same problems and the same fix', () => {
    const source = fc.oneof(anyText, mutatedPlan.map((m) => m.text)).map((t) => t.replace(/\r\n?/g, '\n').replace(/^\uFEFF+/, ''));
    fc.assert(
      fc.property(source, profile, fc.constantFrom('\r\n', '\r'), (text, p, eol) => {
        const config = defaultConfig(p);
        const reference = lintText(text, config).problems;
        const other = text.replace(/\n/g, eol);
        expect(simple(lintText(other, config).problems)).toEqual(simple(reference));
        expect(simple(lintText('\uFEFF' + text, config).problems)).toEqual(simple(reference));
        const fixed = fixText(text, config).output;
        expect(fixText(other, config).output).toBe(fixed.replace(/\n/g, eol));
        expect(fixText('\uFEFF' + text, config).output).toBe('\uFEFF' + fixed);
      }),
      params('line-end-invariance'),
    );
  }, TIMEOUT);
});

describe('configuration', () => {
  it('any levels setting resolves to an order of the five families, keeping the known ones in the user\'s order', () => {
    const names = fc.array(fc.oneof(fc.constantFrom(...MARKER_FAMILIES), fc.constantFrom('roman', 'arabic_paren', '', 'CN')), { maxLength: 8 });
    fc.assert(
      fc.property(names, (levels) => {
        const resolved = resolveConfig({ levels: levels as MarkerFamily[] }, () => false).levels;
        expect([...resolved].sort()).toEqual([...MARKER_FAMILIES].sort());
        const known = [...new Set(levels.filter((l) => (MARKER_FAMILIES as readonly string[]).includes(l)))];
        expect(resolved.slice(0, known.length)).toEqual(known);
      }),
      params('levels-setting'),
    );
  });
});
