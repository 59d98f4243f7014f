// The stable machine format (docs/cli.md): [{ file, problems: [{ rule, severity, line, column, endLine, endColumn, message, fixable }] }].
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';

export const json: Formatter = (results, ctx) => {
  const files = results.map((r) => ({
    file: ctx.display(r.path),
    problems: r.problems.map((p) => ({
      rule: p.rule,
      severity: p.severity,
      line: p.line,
      column: p.column,
      endLine: p.endLine,
      endColumn: p.endColumn,
      message: localize(p.message, ctx.locale),
      fixable: p.fixable,
    })),
  }));
  return JSON.stringify(files, null, 2) + '\n';
};
