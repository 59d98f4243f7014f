// The default human format: problems grouped under each file, aligned for CJK text, then the summary.
import { localize } from '../../core/types.js';
import { displayWidth, padEnd, padStart } from '../width.js';
import type { Formatter } from './types.js';

const SEVERITY_LABEL = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } };

export const stylish: Formatter = (ctx) => ({
  begin: () => '',
  file(r) {
    if (!r.problems.length) return '';
    const c = ctx.colors;
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
    const out = [c.underline(ctx.display(r.path))];
    for (const x of rows) {
      const paint = x.severity === 'error' ? c.red : x.severity === 'warning' ? c.yellow : c.blue;
      out.push(`  ${c.dim(padStart(x.pos, posW))}  ${paint(padEnd(x.sev, sevW))}  ${padEnd(x.msg, msgW)}  ${c.dim(x.rule)}`.trimEnd());
    }
    return out.join('\n') + '\n\n';
  },
  end(summary) {
    const c = ctx.colors;
    const [first, ...rest] = summary;
    if (first === undefined) return '';
    return [first.startsWith('✖') ? c.red(c.bold(first)) : c.green(first), ...rest].join('\n') + '\n';
  },
});
