// JUnit XML: one testcase per file, failing when the file has problems (each listed in the failure body).
// The suite's counts come first in the XML, so this format buffers its testcases until the end.
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';
import { xmlEscape } from './xml.js';

const RANK = { info: 0, warning: 1, error: 2 } as const;

export const junit: Formatter = (ctx) => {
  const cases: string[] = [];
  let failures = 0;
  return {
    begin: () => '',
    file(r) {
      const name = xmlEscape(ctx.display(r.path));
      if (!r.problems.length) {
        cases.push(`    <testcase name="${name}" classname="${name}"/>`);
        return '';
      }
      failures++;
      const worst = r.problems.reduce((w, p) => (RANK[p.severity] > RANK[w] ? p.severity : w), r.problems[0]!.severity);
      const summary = ctx.locale === 'zh' ? `${r.problems.length} 个问题` : `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`;
      const body = r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${localize(p.message, ctx.locale)} (${p.rule})`).join('\n');
      cases.push(`    <testcase name="${name}" classname="${name}">`, `      <failure message="${xmlEscape(summary)}" type="${worst}">${xmlEscape(body)}</failure>`, '    </testcase>');
      return '';
    },
    end() {
      const tests = cases.filter((c) => c.startsWith('    <testcase')).length;
      return [
        '<?xml version="1.0" encoding="utf-8"?>',
        `<testsuites name="plandoc" tests="${tests}" failures="${failures}" errors="0">`,
        `  <testsuite name="plandoc" tests="${tests}" failures="${failures}" errors="0">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n');
    },
  };
};
