// Per-file notices on stderr: skipped files, read/write failures, ignored explicit paths.
import { localize, type Locale } from '../core/types.js';
import type { FileResult } from './results.js';
import type { SkippedPath } from './discover.js';
import type { UnreadPackageJson } from './configFor.js';
import { MAX_PACKAGE_JSON_BYTES } from '../config/load.js';

/**
 * A name with its control characters (C0, DEL, C1, and so terminal escape sequences) written as \xNN or \uNNNN:
 * a file name must not be able to move the cursor, recolour or retitle the terminal it is printed on.
 */
export function visibleName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Why a path found in the tree was not linted (none of these fails the run). */
export function skippedPathNotices(skipped: readonly SkippedPath[], display: (p: string) => string, locale: Locale): string[] {
  return skipped.map((s) => {
    const file = display(s.path);
    const zh = locale === 'zh';
    switch (s.reason) {
      case 'special': return zh ? `跳过 ${file}：不是普通文件（而是命名管道、设备或套接字）` : `Skipped ${file}: not a regular file (a named pipe, device or socket)`;
      case 'dangling': return zh ? `跳过 ${file}：符号链接指向的文件不存在` : `Skipped ${file}: the symbolic link points to nothing`;
      case 'loop': return zh ? `跳过 ${file}：符号链接形成了循环` : `Skipped ${file}: the symbolic link is a loop`;
      case 'ignore-file': return zh ? `未使用忽略文件 ${file}：${ignoreFileReason(s.code, true)}` : `Ignore file ${file} not used: ${ignoreFileReason(s.code, false)}`;
    }
  });
}

/** package.json files the config search passed over without reading them (config/load.ts, cli/configFor.ts). */
export function unreadPackageJsonNotices(unread: readonly UnreadPackageJson[], display: (p: string) => string, locale: Locale): string[] {
  const mb = MAX_PACKAGE_JSON_BYTES / 1024 / 1024;
  return unread.map((u) => {
    const file = display(u.path);
    const why = {
      fifo: ['它不是普通文件，而是命名管道', 'not a regular file but a named pipe (FIFO)'],
      socket: ['它不是普通文件，而是套接字', 'not a regular file but a socket'],
      device: ['它不是普通文件，而是设备文件', 'not a regular file but a device'],
      other: ['它不是普通文件', 'not a regular file'],
      folder: ['它是目录，不是文件', 'a folder, not a file'],
      'too-large': [`文件大小超过${mb}MB的上限`, `larger than the ${mb} MB limit`],
    }[u.kind];
    return locale === 'zh'
      ? `未从${file}读取“plandoc”配置：${why[0]}`
      : `${file} was not read for a "plandoc" config: it is ${why[1]}`;
  });
}

function ignoreFileReason(code: string | undefined, zh: boolean): string {
  if (code === 'ENOTREG') return zh ? '不是普通文件' : 'not a regular file';
  if (code === 'ETOOLARGE') return zh ? '超过 1 MB 的上限' : 'larger than the 1 MB limit';
  return zh ? `无法读取（${code}）` : `cannot be read (${code})`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function fileNotices(results: readonly FileResult[], display: (p: string) => string, locale: Locale, maxBytes: number): string[] {
  const out: string[] = [];
  for (const r of results) {
    if (r.status !== 'skipped-binary' && r.status !== 'skipped-size' && !r.error && !r.notice) continue; // the usual case: nothing to say
    const file = display(r.path);
    if (r.status === 'skipped-binary') {
      out.push(locale === 'zh' ? `跳过 ${file}：看起来是二进制文件，不是文本文档` : `Skipped ${file}: it looks like a binary file, not a text document`);
    } else if (r.status === 'skipped-size') {
      out.push(locale === 'zh'
        ? `跳过 ${file}：文件大小 ${mb(r.size ?? 0)} 超过上限 ${mb(maxBytes)}（可用 --max-file-size 调整）`
        : `Skipped ${file}: ${mb(r.size ?? 0)} exceeds the size limit of ${mb(maxBytes)} (raise it with --max-file-size)`);
    }
    if (r.error) out.push(`${file}: ${localize(r.error.message, locale)} [${r.error.code}]`);
    if (r.notice) out.push(`${file}: ${localize(r.notice.message, locale)} [${r.notice.code}]`);
  }
  return out;
}

export function ignoredNotice(paths: string[], locale: Locale): string[] {
  return paths.map((p) => (locale === 'zh' ? `${p}：被 .gitignore、.plandocignore 或配置中的 ignores 排除，未检查（用 --no-ignore 强制检查）` : `${p}: excluded by .gitignore, .plandocignore or the config's ignores; not linted (use --no-ignore to lint it)`));
}
