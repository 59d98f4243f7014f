// GitHub Actions workflow commands: one annotation per problem on the changed file's line.
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** the escaping of @actions/core's command.ts */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (ctx) => ({
  begin: () => '',
  file(r) {
    const file = escapeProperty(ctx.display(r.path));
    return r.problems
      .map((p) => {
        const props = `file=${file},line=${p.line},endLine=${p.endLine},col=${p.column},endColumn=${p.endColumn},title=${escapeProperty(p.rule)}`;
        return `::${COMMAND[p.severity]} ${props}::${escapeData(localize(p.message, ctx.locale))}\n`;
      })
      .join('');
  },
  end: () => '',
});
