// The one-line summary of a run, in the user's language.
import type { Locale } from '../core/types.js';
import type { Totals } from './results.js';

export function summaryLines(t: Totals, locale: Locale, opts: { fixMode: boolean; dryRun: boolean }): string[] {
  const lines: string[] = [];
  const problems = t.errors + t.warnings + t.infos;
  // files that failed are not "checked": the first line counts them apart, so it never reads as a clean run
  const checked = t.files - t.failed;
  if (locale === 'zh') {
    const files = t.failed ? `共${t.files}个文件：已检查${checked}个，失败${t.failed}个` : `已检查${t.files}个文件`;
    if (problems === 0) lines.push(`${t.failed ? '✖' : '✔'} ${files}，没有发现问题`);
    else lines.push(`✖ ${files}，发现${problems}个问题（${t.errors}个错误，${t.warnings}个警告，${t.infos}个提示）`);
    if (t.fixed) lines.push(opts.dryRun ? `  将修复${t.filesFixed}个文件中的${t.fixed}处问题（未写入，见上方差异）` : `  已修复${t.filesFixed}个文件中的${t.fixed}处问题`);
    else if (opts.dryRun) lines.push('  没有可自动修复的问题');
    else if (!opts.fixMode && t.fixableErrors + t.fixableWarnings) lines.push(`  其中${t.fixableErrors}个错误、${t.fixableWarnings}个警告可用“--fix”自动修复`);
    if (t.withSuggestions) lines.push(`  另有${t.withSuggestions}个问题附修改建议，须在编辑器中逐条确认，“--fix”不会改动`);
    if (t.skipped) lines.push(`  跳过${t.skipped}个文件（二进制、超过大小限制或不是普通文件）`);
    if (t.failed) lines.push(`  ${t.failed}个文件读写失败`);
  } else {
    const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : word.endsWith('x') ? 'es' : 's'}`;
    const files = t.failed ? `${n(t.files, 'file')}: ${checked} checked, ${t.failed} failed` : `${n(t.files, 'file')} checked`;
    if (problems === 0) lines.push(`${t.failed ? '✖' : '✔'} ${files}, no problems`);
    else lines.push(`✖ ${files}, ${n(problems, 'problem')} (${n(t.errors, 'error')}, ${n(t.warnings, 'warning')}, ${t.infos} info)`);
    if (t.fixed) lines.push(opts.dryRun ? `  would fix ${n(t.fixed, 'problem')} in ${n(t.filesFixed, 'file')} (not written; see the diff above)` : `  fixed ${n(t.fixed, 'problem')} in ${n(t.filesFixed, 'file')}`);
    else if (opts.dryRun) lines.push('  nothing to fix automatically');
    else if (!opts.fixMode && t.fixableErrors + t.fixableWarnings) lines.push(`  ${n(t.fixableErrors, 'error')} and ${n(t.fixableWarnings, 'warning')} fixable with --fix`);
    if (t.withSuggestions) lines.push(`  ${n(t.withSuggestions, 'more problem')} with suggestions, to review one by one in the editor (--fix leaves them)`);
    if (t.skipped) lines.push(`  ${n(t.skipped, 'file')} skipped (binary, over the size limit, or not a regular file)`);
    if (t.failed) lines.push(`  ${n(t.failed, 'file')} could not be read or written`);
  }
  return lines;
}
