import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEdits, continueList, demoteItem, insertNextItem, promoteItem, renumberDocument, renumberList,
} from '../../client/src/edit/edits.js';

const doc = (s: string) => s.split('\n');
const seed = readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8').split(/\r?\n/);

describe('continueList (Enter)', () => {
  it('continues （二） with （三） and moves later items down', () => {
    const lines = doc('（一）甲。\n（二）乙。\n（三）丙。');
    const r = continueList(lines, 1, lines[1]!.length)!;
    expect(applyEdits(lines, r.edits)).toEqual(['（一）甲。', '（二）乙。', '（三）', '（四）丙。']);
    expect(r.cursor).toEqual({ line: 2, character: 3 });
  });

  it('continues the seed: Enter after （二） inserts （三）', () => {
    const line = seed.findIndex((l) => l.startsWith('（二）以“人口素质'));
    const r = continueList(seed, line, seed[line]!.length)!;
    const out = applyEdits(seed, r.edits);
    expect(out[line + 1]).toBe('（三）');
    expect(out.slice(line + 2).find((l) => l.startsWith('（') && l.includes('严格按《条例》'))).toMatch(/^（四）/);
  });

  it('keeps separator, width, indentation and Markdown bullet', () => {
    const lines = doc(' - 4、庆祝“三八”妇女节。');
    const r = continueList(lines, 0, lines[0]!.length)!;
    expect(applyEdits(lines, r.edits)).toEqual([' - 4、庆祝“三八”妇女节。', ' - 5、']);
    const full = doc('１．甲');
    expect(applyEdits(full, continueList(full, 0, 3)!.edits)[1]).toBe('２．');
  });

  it('splits the item text at the cursor', () => {
    const lines = doc('一、甲乙');
    const r = continueList(lines, 0, 3)!;
    expect(applyEdits(lines, r.edits)).toEqual(['一、甲', '二、乙']);
  });

  it('ends the list when Enter is pressed on an empty item', () => {
    const lines = doc('1.甲\n2.');
    const r = continueList(lines, 1, 2)!;
    expect(applyEdits(lines, r.edits)).toEqual(['1.甲', '']);
    expect(r.cursor).toEqual({ line: 1, character: 0 });
  });

  it('starts body text after a heading item, and offers its first sub-item on the empty line below', () => {
    const lines = doc('二、主要任务');
    expect(continueList(lines, 0, lines[0]!.length)).toBeNull(); // VS Code's own Enter: a new body line
    const below = doc('二、主要任务\n');
    const r = continueList(below, 1, 0)!;
    expect(applyEdits(below, r.edits)).toEqual(['二、主要任务', '（一）']);
    expect(r.cursor).toEqual({ line: 1, character: 3 });
    // the document's own style for the level, and sub-items already there move down
    const styled = doc('一、目标\n(一)甲\n二、任务\n\n(一)乙');
    expect(applyEdits(styled, continueList(styled, 3, 0)!.edits)).toEqual(['一、目标', '(一)甲', '二、任务', '(一)', '(二)乙']);
    // a sentence is a list entry, not a heading: Enter continues the list
    const sentence = doc('（一）加强组织领导，明确责任。');
    expect(applyEdits(sentence, continueList(sentence, 0, sentence[0]!.length)!.edits)).toEqual(['（一）加强组织领导，明确责任。', '（二）']);
    // the third level is a list, however short
    const third = doc('1.建立台账');
    expect(applyEdits(third, continueList(third, 0, third[0]!.length)!.edits)).toEqual(['1.建立台账', '2.']);
    // an empty line below body text is no place for a sub-item
    expect(continueList(doc('二、主要任务\n正文。\n'), 2, 0)).toBeNull();
  });

  it('leaves Enter alone outside items and inside a marker', () => {
    const lines = doc('三月份：\n正文\n（一）甲');
    expect(continueList(lines, 0, 4)).toBeNull();
    expect(continueList(lines, 1, 2)).toBeNull();
    expect(continueList(lines, 2, 1)).toBeNull();
  });
});

describe('demoteItem (Tab)', () => {
  it('turns a top item into the next level under its previous sibling and renumbers both lists', () => {
    const lines = doc('一、甲\n（一）甲一\n二、乙\n（一）乙一\n三、丙');
    const r = demoteItem(lines, 2, 2)!;
    expect(applyEdits(lines, r.edits)).toEqual(['一、甲', '（一）甲一', '（二）乙', '（三）乙一', '二、丙']);
    expect(r.cursor).toEqual({ line: 2, character: 3 });
  });

  it('uses the style the document already uses for the new level', () => {
    const lines = doc('（一）甲\n1、甲一\n（二）乙');
    expect(applyEdits(lines, demoteItem(lines, 2, 3)!.edits)).toEqual(['（一）甲', '1、甲一', '2、乙']);
  });

  it('starts a new sub-list at 1 and uses the standard style when none exists', () => {
    const lines = doc('一、甲\n二、乙');
    expect(applyEdits(lines, demoteItem(lines, 1, 2)!.edits)).toEqual(['一、甲', '（一）乙']);
  });

  it('does nothing on the lowest level or outside an item', () => {
    expect(demoteItem(doc('①甲\n②乙'), 1, 1)).toBeNull();
    expect(demoteItem(doc('正文'), 0, 0)).toBeNull();
  });
});

describe('promoteItem (Shift+Tab)', () => {
  it('makes the item its parent\'s next sibling; later siblings become its children', () => {
    const lines = doc('一、甲\n（一）a\n（二）b\n（三）c\n二、乙');
    const r = promoteItem(lines, 2, 3)!;
    expect(applyEdits(lines, r.edits)).toEqual(['一、甲', '（一）a', '二、b', '（一）c', '三、乙']);
    expect(r.cursor).toEqual({ line: 2, character: 2 });
  });

  it('is the inverse of demote on a simple list', () => {
    const lines = doc('一、甲\n二、乙\n三、丙');
    const demoted = applyEdits(lines, demoteItem(lines, 1, 2)!.edits);
    expect(demoted).toEqual(['一、甲', '（一）乙', '二、丙']);
    expect(applyEdits(demoted, promoteItem(demoted, 1, 3)!.edits)).toEqual(lines);
  });

  it('does nothing at the top level', () => {
    expect(promoteItem(doc('一、甲'), 0, 0)).toBeNull();
  });
});

describe('renumbering', () => {
  it('renumbers the list under the cursor only', () => {
    const lines = doc('一、甲\n（一）a\n（三）b\n二、乙\n四、丙');
    expect(applyEdits(lines, renumberList(lines, 2))).toEqual(['一、甲', '（一）a', '（二）b', '二、乙', '四、丙']);
  });

  it('renumbers every list, keeping scopes and explicit restarts', () => {
    const lines = doc('三月份：\n3、甲\n4、乙\n四月份：\n1、丙\n3、丁\n1、戊');
    expect(applyEdits(lines, renumberDocument(lines))).toEqual(['三月份：', '1、甲', '2、乙', '四月份：', '1、丙', '2、丁', '1、戊']);
  });

  it('leaves the seed\'s correct （一）…（八） run untouched', () => {
    const edits = renumberDocument(seed);
    const first = seed.findIndex((l) => l.startsWith('（一）切实加强'));
    const last = seed.findIndex((l) => l.startsWith('（八）按照国家'));
    expect(edits.filter((e) => e.line >= first && e.line <= last)).toEqual([]);
  });
});

describe('insertNextItem', () => {
  it('adds the next sibling after the item\'s paragraph', () => {
    const lines = doc('1、甲\n说明。\n\n（1）x\n2、乙');
    const r = insertNextItem(lines, 1)!;
    expect(r.cursor.line).toBe(2);
    expect(applyEdits(lines, r.edits).slice(0, 3)).toEqual(['1、甲', '说明。', '2、']);
  });
});

describe('scopeWindowOf', () => {
  it('gives the same Enter result as the whole document, reading only the scope', async () => {
    const { scopeWindowOf } = await import('../../client/src/edit/structure.js');
    let big: string[] = [];
    while (big.length < 50000) big = big.concat(seed);
    const line = big.findIndex((l, i) => i > 30000 && l.startsWith('（二）以“人口素质'));
    const window = scopeWindowOf((i) => big[i]!, big.length, line);
    expect(window.lines.length).toBeLessThan(200);
    expect(big[window.start]).toMatch(/篇一$/);
    const local = continueList(window.lines, line - window.start, big[line]!.length)!;
    const whole = continueList(big, line, big[line]!.length)!;
    expect(local.edits.map((e) => ({ ...e, line: e.line + window.start }))).toEqual(whole.edits);
  });

  it('stops at the limit when there is no heading', async () => {
    const { scopeWindowOf } = await import('../../client/src/edit/structure.js');
    const lines = Array.from({ length: 100 }, (_, i) => `${i + 1}、项`);
    const w = scopeWindowOf((i) => lines[i]!, lines.length, 50, 10);
    expect([w.start, w.lines.length]).toEqual([40, 20]);
  });
});
