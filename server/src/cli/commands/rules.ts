// plandoc rules: every rule with its default severity, whether --fix repairs it, and its documentation.
import { rules } from '../../core/rules/registry.js';
import { localize, type Locale } from '../../core/types.js';
import type { CliArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { writeReport } from '../output.js';
import { ruleDocUrl } from '../../core/docs/url.js';
import { padEnd } from '../width.js';

export function rulesCommand(args: CliArgs, cwd: string, locale: Locale): number {
  const format = args.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError({ zh: `rules 的格式只能是 table 或 json，收到“${format}”`, en: `rules formats are table and json, got "${format}"` });
  const rows = rules.map((r) => ({
    id: r.meta.id,
    defaultSeverity: r.meta.defaultSeverity,
    fixable: r.meta.fixable,
    description: localize(r.meta.description, locale),
    docs: ruleDocUrl(r.meta.id),
  }));
  if (format === 'json') {
    writeReport(JSON.stringify(rows, null, 2) + '\n', args.outputFile, cwd);
    return 0;
  }
  const head = locale === 'zh' ? ['规则', '默认级别', '可修复', '说明'] : ['Rule', 'Default', 'Fixable', 'Description'];
  const yes = locale === 'zh' ? '是' : 'yes';
  const table = [head, ...rows.map((r) => [r.id, r.defaultSeverity, r.fixable ? yes : '', r.description])];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => [...row[i]!].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  const lines = table.map((row) => row.map((cell, i) => (i < 3 ? padEnd(cell, widths[i]!) : cell)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  ') + '  ' + '-'.repeat(20));
  const docsTitle = locale === 'zh' ? '文档' : 'Documentation';
  lines.push('', `${docsTitle}:`, ...rows.map((r) => `  ${padEnd(r.id, widths[0]!)}  ${r.docs}`));
  writeReport(lines.join('\n') + '\n', args.outputFile, cwd);
  return 0;
}
