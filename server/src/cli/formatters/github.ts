// GitHub Actions workflow commands: one annotation per problem on the changed file's line.
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts escaping rules */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, ctx) => {
  const out: string[] = [];
  for (const r of results) {
    const file = escapeProperty(ctx.display(r.path));
    for (const p of r.problems) {
      const props = `file=${file},line=${p.line},endLine=${p.endLine},col=${p.column},endColumn=${p.endColumn},title=${escapeProperty(p.rule)}`;
      out.push(`::${COMMAND[p.severity]} ${props}::${escapeData(localize(p.message, ctx.locale))}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
