// The default human format: problems grouped under each file, aligned for CJK text, then the summary.
import { localize } from '../../core/types.js';
import { displayWidth, padEnd, padStart } from '../width.js';
import type { Formatter } from './types.js';

const SEVERITY_LABEL = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } };

export const stylish: Formatter = (results, ctx) => {
  const c = ctx.colors;
  const out: string[] = [];
  for (const r of results) {
    if (!r.problems.length) continue;
    out.push(c.underline(ctx.display(r.path)));
    const rows = r.problems.map((p) => ({
      pos: `${p.line}:${p.column}`,
      sev: SEVERITY_LABEL[ctx.locale][p.severity],
      severity: p.severity,
      msg: localize(p.message, ctx.locale),
      rule: p.rule,
    }));
    const posW = Math.max(...rows.map((x) => x.pos.length));
    const sevW = Math.max(...rows.map((x) => displayWidth(x.sev)));
    const msgW = Math.max(...rows.map((x) => displayWidth(x.msg)));
    for (const x of rows) {
      const paint = x.severity === 'error' ? c.red : x.severity === 'warning' ? c.yellow : c.blue;
      out.push(`  ${c.dim(padStart(x.pos, posW))}  ${paint(padEnd(x.sev, sevW))}  ${padEnd(x.msg, msgW)}  ${c.dim(x.rule)}`.trimEnd());
    }
    out.push('');
  }
  const [first, ...rest] = ctx.summary;
  if (first !== undefined) {
    const bad = first.startsWith('✖');
    out.push(bad ? c.red(c.bold(first)) : c.green(first), ...rest);
  }
  return out.join('\n') + '\n';
};
