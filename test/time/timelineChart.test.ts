import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/core/model/parse.js';
import { timeline } from '../../server/src/core/analysis/timeline.js';
import { renderTimelineChart, timelineChartData } from '../../server/src/cli/timelineChart.js';
import { COLORS } from '../../server/src/cli/color.js';
import { displayWidth } from '../../server/src/cli/width.js';

const read = (path: string) => readFileSync(join(__dirname, '..', path), 'utf8').replace(/\s*\{[a-z-]+\}/g, '');
const seedTimeline = timeline(parseDocument(read('fixtures/seed.txt')));
const gapTimeline = timeline(parseDocument(read('fixtures/time/month-gap.txt')));
const overlapTimeline = timeline(parseDocument(read('fixtures/time/month-overlap.txt')));
const schoolTimeline = timeline(parseDocument(read('fixtures/time/school-year.txt')));

/** The month cells of a chart row (ASCII glyphs): what follows the 27-cell title column, 4 characters a month. */
function cells(row: string): string[] {
  let i = 0;
  let w = 0;
  const chars = [...row];
  while (i < chars.length && w < 27) w += displayWidth(chars[i++]!);
  const rest = chars.slice(i).join('');
  const out: string[] = [];
  for (let k = 0; k < rest.length; k += 4) out.push(rest.slice(k, k + 3));
  return out;
}

function rowOf(chart: string, start: string): string {
  const row = chart.split('\n').find((l) => l.trimStart().startsWith(start));
  if (!row) throw new Error(`no row ${start} in\n${chart}`);
  return row;
}

describe('renderTimelineChart', () => {
  it('draws the seed: a column per month, a bar per section at its months', () => {
    const chart = renderTimelineChart(seedTimeline, { locale: 'zh', ascii: true });
    expect(chart).toContain('时间覆盖: 2023年计划生育工作制度(通用8篇) · 2023年');
    const header = rowOf(chart, '篇八');
    expect(header.trimEnd().endsWith(' 1   2   3   4   5   6   7   8   9  10  11  12 月')).toBe(true);
    expect(cells(rowOf(chart, '294 一月至三月份'))).toEqual(['###', '###', '###']);
    expect(cells(rowOf(chart, '300 十到十二月'))).toEqual([...new Array(9).fill('   '), '###', '###', '###']);
    expect(cells(rowOf(chart, '47 三月份'))).toEqual(['   ', '   ', '###']);
    expect(chart).toContain('各月均已覆盖，无重叠');
  });

  it('marks missing months inside the plan and lists them', () => {
    const chart = renderTimelineChart(gapTimeline, { locale: 'en', ascii: true });
    const coverage = chart.split('\n')[3]!;
    expect(cells(coverage)).toEqual(['###', '###', '###', '###', ' x ', '###', '###', '###', '###', '###', '###', '###']);
    expect(chart).toContain('Missing: May');
    expect(chart).not.toContain('Every month covered');
  });

  it('marks overlapping months', () => {
    const zh = renderTimelineChart(overlapTimeline, { locale: 'zh', ascii: true });
    expect(cells(zh.split('\n')[3]!).slice(0, 4)).toEqual(['###', '!!!', '!!!', '###']);
    expect(zh).toContain('重叠：二月、三月');
  });

  it('a school year starts in September and marks where the next year begins', () => {
    const chart = renderTimelineChart(schoolTimeline, { locale: 'en', ascii: true, sections: false });
    const lines = chart.split('\n');
    const marker = lines.find((l) => l.includes('↓ next year'))!;
    const header = lines[lines.indexOf(marker) + 1]!;
    expect(header).toMatch(/Sep Oct Nov Dec Jan Feb Mar Apr May Jun Jul$/);
    expect(marker.indexOf('↓')).toBe(displayWidthBefore(header, 'Jan'));
    expect(chart).not.toMatch(/^\s+\d+ 九月份/m); // sections: false
  });

  it('says so when there are no time sections', () => {
    const chart = renderTimelineChart(timeline(parseDocument('一、总则\n二、附则\n')), { locale: 'en' });
    expect(chart).toContain('No time sections found');
  });

  it('colours only with a palette, and Unicode glyphs by default', () => {
    expect(renderTimelineChart(gapTimeline, { locale: 'zh' })).not.toContain('\x1b[');
    const coloured = renderTimelineChart(gapTimeline, { locale: 'zh', palette: COLORS });
    expect(coloured).toContain('\x1b[31m ✗ \x1b[39m');
    expect(coloured).toContain('\x1b[32m███\x1b[39m');
  });
});

function displayWidthBefore(s: string, needle: string): number {
  return displayWidth(s.slice(0, s.indexOf(needle)));
}

describe('timelineChartData (--format json)', () => {
  it('gives 1-based lines, labels in the chosen language and the months of each section', () => {
    const data = timelineChartData(seedTimeline, 'zh', 'seed.txt');
    expect(data.file).toBe('seed.txt');
    expect(data.year).toBe(2023);
    const pian8 = data.scopes.find((s) => s.title.startsWith('篇八'))!;
    expect(pian8.kind).toBe('pian');
    expect(pian8.line).toBe(288);
    expect(pian8.months.map((m) => m.sections)).toEqual(new Array(12).fill(1));
    expect(pian8.sections[0]).toEqual({ line: 294, column: 3, text: '一月至三月份', kind: 'month-range', title: expect.any(String), months: ['一月', '二月', '三月'] });
    expect(pian8.missing).toEqual([]);
  });

  it('missing and overlapping months by name', () => {
    expect(timelineChartData(gapTimeline, 'en').scopes[0]!.missing).toEqual(['May']);
    expect(timelineChartData(overlapTimeline, 'zh').scopes[0]!.overlaps).toEqual(['二月', '三月']);
    expect(timelineChartData(schoolTimeline, 'zh').scopes[0]!.months.map((m) => m.label).slice(3, 5)).toEqual(['十二月', '次年一月']);
  });

  it('round-trips through JSON', () => {
    const data = timelineChartData(seedTimeline, 'en');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
