// The one-line summary of a run, in the user's language.
import type { Locale } from '../core/types.js';
import type { Totals } from './results.js';

export function summaryLines(t: Totals, locale: Locale, opts: { fixMode: boolean; dryRun: boolean }): string[] {
  const lines: string[] = [];
  const problems = t.errors + t.warnings + t.infos;
  if (locale === 'zh') {
    if (problems === 0) lines.push(`✔ 已检查 ${t.files} 个文件，没有发现问题`);
    else lines.push(`✖ 已检查 ${t.files} 个文件，发现 ${problems} 个问题（${t.errors} 个错误，${t.warnings} 个警告，${t.infos} 个提示）`);
    if (t.fixed) lines.push(opts.dryRun ? `  可自动修复 ${t.fixed} 处（未写入，见上方差异）` : `  已自动修复 ${t.fixed} 处`);
    else if (!opts.fixMode && t.fixableErrors + t.fixableWarnings) lines.push(`  其中 ${t.fixableErrors} 个错误、${t.fixableWarnings} 个警告可用 --fix 自动修复`);
    if (t.skipped) lines.push(`  跳过 ${t.skipped} 个文件（二进制或超过大小限制）`);
    if (t.failed) lines.push(`  ${t.failed} 个文件读写失败`);
  } else {
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : word.endsWith('x') ? 'es' : 's'}`;
    if (problems === 0) lines.push(`✔ ${n(t.files, 'file')} checked, no problems`);
    else lines.push(`✖ ${n(t.files, 'file')} checked, ${n(problems, 'problem')} (${n(t.errors, 'error')}, ${n(t.warnings, 'warning')}, ${t.infos} info)`);
    if (t.fixed) lines.push(opts.dryRun ? `  ${n(t.fixed, 'fix')} available (not written; see the diff above)` : `  ${n(t.fixed, 'fix')} applied`);
    else if (!opts.fixMode && t.fixableErrors + t.fixableWarnings) lines.push(`  ${n(t.fixableErrors, 'error')} and ${n(t.fixableWarnings, 'warning')} fixable with --fix`);
    if (t.skipped) lines.push(`  ${n(t.skipped, 'file')} skipped (binary or over the size limit)`);
    if (t.failed) lines.push(`  ${n(t.failed, 'file')} could not be read or written`);
  }
  return lines;
}
