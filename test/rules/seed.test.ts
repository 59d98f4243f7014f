// The seed under the seven rules of this folder: its real defects at the right lines, nothing on its correct runs.
import { describe, expect, it } from 'vitest';
import { fixture, lint } from './harness.js';

const seed = fixture('../seed.txt');
const lines = (rule: string, profile: 'common' | 'gbt9704' = 'common') =>
  lint(seed, profile).filter((p) => p.ruleId === rule).map((p) => p.range.start.line + 1);

describe('seed: 计划生育工作制度(通用8篇)', () => {
  it('marker-width: the half-width (1)(2)(3) among full-width （一）…（八）', () => {
    expect(lines('marker-width')).toEqual([95, 97, 99]);
  });

  it('marker-consistency: the 1.…8. link list in 篇一, whose other lists use 1、', () => {
    expect(lines('marker-consistency')).toEqual([65, 67, 69, 71, 73, 75, 77, 79]);
  });

  it('placeholder: every 20xx, 二0xx and □', () => {
    expect(lines('placeholder')).toEqual([75, 91, 95, 117, 117, 125, 143, 143, 145, 145, 149, 149, 169, 173, 179, 179, 257]);
  });

  it('article-sequence: 篇一…篇八 are in order', () => {
    expect(lines('article-sequence')).toEqual([]);
  });

  it('heading-hierarchy, single-item-list, inline-sequence: nothing under common', () => {
    expect([...lines('heading-hierarchy'), ...lines('single-item-list'), ...lines('inline-sequence')]).toEqual([]);
  });

  it('gbt9704: each 篇 whose first list is not 一、, and 1、 straight under 二 / 二、', () => {
    expect(lines('heading-hierarchy', 'gbt9704')).toEqual([11, 83, 171, 237, 265, 294]);
  });
});
