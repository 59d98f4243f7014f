// The stable machine format (docs/cli.md): [{ file, problems: [{ rule, severity, line, column, endLine, endColumn, message, fixable, fix?, suggestions? }] }].
// A fix or suggestion shared by several problems of a file is written in full once, then as { sameAs } (sharedFixes.ts).
import { localize } from '../../core/types.js';
import { packShared } from '../sharedFixes.js';
import type { Formatter } from './types.js';

export const json: Formatter = (ctx) => {
  let count = 0;
  return {
    begin: () => '[',
    file(r) {
      const entry = {
        file: ctx.display(r.path),
        problems: packShared(r.problems.map((p) => ({
          rule: p.rule,
          severity: p.severity,
          line: p.line,
          column: p.column,
          endLine: p.endLine,
          endColumn: p.endColumn,
          message: localize(p.message, ctx.locale),
          fixable: p.fixable,
          ...(p.fix ? { fix: p.fix } : {}),
          ...(p.suggestions ? { suggestions: p.suggestions.map((s) => ({ title: localize(s.title, ctx.locale), edits: s.edits })) } : {}),
        }))),
      };
      const text = JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ');
      return `${count++ ? ',' : ''}\n  ${text}`;
    },
    end: () => (count ? '\n]\n' : ']\n'),
  };
};
