// Per-file notices on stderr: skipped files, read/write failures, ignored explicit paths.
import { localize, type Locale } from '../core/types.js';
import type { FileResult } from './results.js';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function fileNotices(results: readonly FileResult[], display: (p: string) => string, locale: Locale, maxBytes: number): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.status !== 'skipped-binary' && r.status !== 'skipped-size' && !r.error) continue; // the usual case: nothing to say
    const file = display(r.path);
    if (r.status === 'skipped-binary') {
      out.push(locale === 'zh' ? `跳过 ${file}：看起来是二进制文件，不是文本文档` : `Skipped ${file}: it looks like a binary file, not a text document`);
    } else if (r.status === 'skipped-size') {
      out.push(locale === 'zh'
        ? `跳过 ${file}：文件大小 ${mb(r.size ?? 0)} 超过上限 ${mb(maxBytes)}（可用 --max-file-size 调整）`
        : `Skipped ${file}: ${mb(r.size ?? 0)} exceeds the size limit of ${mb(maxBytes)} (raise it with --max-file-size)`);
    }
    if (r.error) out.push(`${file}: ${localize(r.error.message, locale)} [${r.error.code}]`);
  }
  return out;
}

export function ignoredNotice(paths: string[], locale: Locale): string[] {
  return paths.map((p) => (locale === 'zh' ? `${p}：被 .gitignore、.plandocignore 或配置中的 ignores 排除，未检查（用 --no-ignore 强制检查）` : `${p}: excluded by .gitignore, .plandocignore or the config's ignores; not linted (use --no-ignore to lint it)`));
}
