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
    const labels = SEVERITY_LABEL[ctx.locale];
    const rows = r.problems.map((p) => {
      const msg = localize(p.message, ctx.locale);
      return { pos: `${p.line}:${p.column}`, sev: labels[p.severity], severity: p.severity, msg, msgWidth: displayWidth(msg), rule: p.rule };
    });
    let posW = 0;
    let sevW = 0;
    let msgW = 0;
    for (const x of rows) {
      posW = Math.max(posW, x.pos.length);
      sevW = Math.max(sevW, displayWidth(x.sev));
      msgW = Math.max(msgW, x.msgWidth);
    }
    const out = [c.underline(ctx.display(r.path))];
    for (const x of rows) {
      const paint = x.severity === 'error' ? c.red : x.severity === 'warning' ? c.yellow : c.blue;
      out.push(`  ${c.dim(padStart(x.pos, posW))}  ${paint(padEnd(x.sev, sevW))}  ${padEnd(x.msg, msgW, x.msgWidth)}  ${c.dim(x.rule)}`.trimEnd());
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
