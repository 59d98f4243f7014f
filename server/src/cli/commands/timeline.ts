// plandoc timeline FILE: which months the plan covers, drawn by timelineChart.ts, or as JSON (--format json).
import { parseDocument } from '../../core/linter.js';
import { timeline } from '../../core/analysis/timeline.js';
import type { Locale } from '../../core/types.js';
import type { CliArgs } from '../args.js';
import { COLORS, NO_COLORS, useColor } from '../color.js';
import { UsageError } from '../errors.js';
import { displayPath } from '../lintFile.js';
import { writeReport } from '../output.js';
import { readSingleDocument } from '../singleDocument.js';
import { renderTimelineChart, timelineChartData } from '../timelineChart.js';

export function timelineCommand(args: CliArgs, cwd: string, locale: Locale): number {
  const format = args.format ?? 'chart';
  if (format !== 'chart' && format !== 'json') throw new UsageError({ zh: `timeline 的格式只能是 chart 或 json，收到“${format}”`, en: `timeline formats are chart and json, got "${format}"` });
  const { path, text, config } = readSingleDocument(args, cwd, 'timeline');
  const data = timeline(parseDocument(text, config.levels));
  const file = displayPath(path, cwd);
  const report = format === 'json'
    ? JSON.stringify(timelineChartData(data, locale, file), null, 2) + '\n'
    : renderTimelineChart(data, { locale, file, palette: useColor(process.stdout, args.color) && !args.outputFile ? COLORS : NO_COLORS, ascii: process.env.TERM === 'dumb' });
  writeReport(report, args.outputFile, cwd);
  return 0;
}
