// The language server parses each new version of a document with the per-line results
// of the last one (core/model/lineCache.ts). Whatever the edits, that parse must equal a
// parse from scratch: same model, same problems.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParseCache, defaultConfig, lintModel, parseDocument } from '../../server/src/core/linter.js';
import type { DocumentModel } from '../../server/src/core/model/types.js';
import { MARKER_FAMILIES, type MarkerFamily } from '../../server/src/core/model/types.js';
import { mutations, planArbitrary, render, type Mutation } from './generators.js';
import { params, TIMEOUT } from './runs.js';

/** The model as plain data: parent links left out (they make cycles), a restart as the index of the list it restarts. */
function snapshot(model: DocumentModel): string {
  return JSON.stringify(model, (key, value) => (key === 'parent' ? undefined : key === 'restartOf' ? model.lists.indexOf(value) : value));
}

/** Each edit applied to the text left by the ones before, like keystrokes. */
function versions(text: string, edits: Mutation[]): string[] {
  const out = [text];
  for (const m of edits) {
    const t = out[out.length - 1]!;
    const at = Math.floor(m.at * t.length);
    out.push(t.slice(0, at) + m.insert + t.slice(Math.min(t.length, at + m.length)));
  }
  return out;
}

function expectSameAsFresh(texts: string[], levels: readonly MarkerFamily[] = MARKER_FAMILIES): void {
  const cache = createParseCache();
  const config = { ...defaultConfig(), levels: [...levels] };
  for (const text of texts) {
    const kept = parseDocument(text, levels, cache);
    const fresh = parseDocument(text, levels);
    expect(snapshot(kept)).toBe(snapshot(fresh));
    expect(JSON.stringify(lintModel(kept, config))).toBe(JSON.stringify(lintModel(fresh, config)));
  }
}

const seed = readFileSync(join(__dirname, '../fixtures/seed.txt'), 'utf8');

describe('parsing with the last version\'s line results', () => {
  it('equals a fresh parse after any edits to a generated plan', () => {
    fc.assert(
      fc.property(fc.constantFrom<'common' | 'gbt9704'>('common', 'gbt9704').chain((p) => planArbitrary(p)), mutations, (plan, edits) => {
        expectSameAsFresh(versions(render(plan).text, edits));
      }),
      params('incremental-parse'),
    );
  }, TIMEOUT);

  it('equals a fresh parse when lines move, repeat, vanish and come back in the seed', () => {
    const lines = seed.split('\n');
    const moved = [...lines.slice(40), ...lines.slice(0, 40)];
    const repeated = [...lines, ...lines];
    const inserted = [...lines.slice(0, 50), '三月份：', '1、召开会议。', ...lines.slice(50)];
    expectSameAsFresh([seed, moved.join('\n'), repeated.join('\n'), inserted.join('\n'), lines.slice(100).join('\n'), seed]);
  });

  it('starts afresh when the level order changes', () => {
    const cache = createParseCache();
    const reversed = [...MARKER_FAMILIES].reverse();
    parseDocument(seed, MARKER_FAMILIES, cache);
    expect(snapshot(parseDocument(seed, reversed, cache))).toBe(snapshot(parseDocument(seed, reversed)));
  });

  it('reuses the objects of unchanged lines, so an edit re-scans only what it touched', () => {
    const cache = createParseCache();
    const before = parseDocument(seed, MARKER_FAMILIES, cache);
    const lines = seed.split('\n');
    const edited = before.markers[5]!.line;
    lines[edited] = lines[edited] + '。';
    const after = parseDocument(lines.join('\n'), MARKER_FAMILIES, cache);
    const unchanged = after.markers.filter((m) => m.line !== edited);
    expect(unchanged.length).toBeGreaterThan(10);
    for (const m of unchanged) expect(before.markerAt[m.line]).toBe(m);
    expect(before.markerAt[edited]).not.toBe(after.markerAt[edited]);
  });
});

describe('typing in prose keeps the last model', () => {
  const lines = seed.split('\n');
  const prose = lines.findIndex((l, i) => i > 20 && i < 80 && /^[\u4e00-\u9fff]{6,}/.test(l) && !/[一二三四五六七八九十]是|第[一二三四五六七八九十]|首先|其次|[xX×○□【]/.test(l));

  it('a keystroke in a prose line reuses the model\'s structure, and equals a fresh parse', () => {
    expect(prose).toBeGreaterThan(0);
    const cache = createParseCache();
    const before = parseDocument(seed, MARKER_FAMILIES, cache);
    const typed = [...lines];
    typed[prose] = typed[prose]!.slice(0, 3) + '进一步' + typed[prose]!.slice(3);
    const after = parseDocument(typed.join('\n'), MARKER_FAMILIES, cache);
    expect(after.markers).toBe(before.markers); // the last model's structure, not a new one
    expect(after.lines[prose]!.text).toBe(typed[prose]);
    expect(snapshot(after)).toBe(snapshot(parseDocument(typed.join('\n'))));
  });

  it('but not when the line ends a time range that the next line\'s heading would continue', () => {
    // 活动安排：1月至 / 三月份： is one wrapped range, not a heading; without the 至 the heading stands
    const text = '工作计划\n\n活动安排：1月至\n三月份：\n1、召开会议。\n';
    const cache = createParseCache();
    expect(parseDocument(text, MARKER_FAMILIES, cache).timeSections).toHaveLength(0);
    const edited = text.replace('1月至', '1月');
    expectSameAsFresh([text, edited, text]);
    const kept = parseDocument(edited, MARKER_FAMILIES, cache);
    expect(kept.timeSections).toHaveLength(1);
    expect(snapshot(kept)).toBe(snapshot(parseDocument(edited)));
  });

  it('nor when a keystroke turns prose into a marker, a fence or a heading', () => {
    const base = lines.slice(0, 80);
    const variants = ['三、新的一项', '```', '# 标题', '<!-- plandoc-disable -->', '| 表 | 格 |', '', '一是加强；二是落实', '20xx年'];
    for (const v of variants) {
      const typed = [...base];
      typed[prose] = v;
      expectSameAsFresh([base.join('\n'), typed.join('\n'), base.join('\n')]);
    }
  });
});

describe('parsing with the last version\'s line results, at scale', () => {
  it('survives pasting and deleting 30,000 lines at once (more than splice can take as arguments)', () => {
    const cache = createParseCache();
    const small = seed;
    const big = seed + '\n' + Array.from({ length: 30_000 }, (_, i) => `${(i % 9) + 1}、第${i}行。`).join('\n');
    for (const text of [small, big, small]) {
      expect(snapshot(parseDocument(text, MARKER_FAMILIES, cache))).toBe(snapshot(parseDocument(text)));
    }
  }, 60_000);
});
