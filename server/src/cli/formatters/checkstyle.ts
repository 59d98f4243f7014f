// Checkstyle XML, read by Jenkins warnings-ng, reviewdog and many CI dashboards.
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';
import { xmlEscape } from './xml.js';

export const checkstyle: Formatter = (ctx) => ({
  begin: () => '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n',
  file(r) {
    const out = [`  <file name="${xmlEscape(ctx.display(r.path))}">`];
    for (const p of r.problems) {
      out.push(`    <error line="${p.line}" column="${p.column}" severity="${p.severity}" message="${xmlEscape(localize(p.message, ctx.locale))}" source="plandoc.${xmlEscape(p.rule)}"/>`);
    }
    out.push('  </file>');
    return out.join('\n') + '\n';
  },
  end: () => '</checkstyle>\n',
});
