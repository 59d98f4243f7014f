// Read and write failures in words a writer can act on: what happened, that the file is intact, what to do.
import type { Localized } from '../core/types.js';
import type { WriteError } from '../io/atomicWrite.js';

export function readFailure(e: unknown): { code: string; message: Localized } {
  const code = (e as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
  const detail = (e as Error).message ?? String(e);
  const known: Record<string, Localized> = {
    ENOENT: { zh: '文件不存在（可能在检查期间被删除）', en: 'The file does not exist (it may have been deleted during the run)' },
    EACCES: { zh: '没有读取权限：请检查文件权限', en: 'Permission denied while reading: check the file permissions' },
    EISDIR: { zh: '这是一个目录，不是文件', en: 'This is a directory, not a file' },
    ELOOP: { zh: '符号链接形成了循环，无法找到实际文件', en: 'The symbolic link is a loop; it leads to no file' },
    ENOTREG: { zh: '这不是普通文件（而是命名管道、设备或套接字），未读取', en: 'This is not a regular file (a named pipe, device or socket), so it was not read' },
  };
  return { code, message: known[code] ?? { zh: `无法读取文件（${detail}）`, en: `Cannot read the file (${detail})` } };
}

export function writeFailure(e: WriteError): { code: string; message: Localized } {
  const unchanged = { zh: '文件保持原样，未作任何修改', en: 'the file was left unchanged' };
  const byCode: Record<string, Localized> = {
    READONLY: { zh: `文件是只读的，${unchanged.zh}。请先取消只读属性再运行 --fix，或去掉 --fix 只做检查`, en: `The file is read-only; ${unchanged.en}. Make it writable before running --fix, or lint without --fix` },
    EACCES: { zh: `没有写入权限，${unchanged.zh}。请检查文件及其所在目录的权限`, en: `Permission denied; ${unchanged.en}. Check the permissions of the file and its folder` },
    EPERM: { zh: `操作不被允许，${unchanged.zh}。请检查文件及其所在目录的权限`, en: `Operation not permitted; ${unchanged.en}. Check the permissions of the file and its folder` },
    EROFS: { zh: `文件位于只读文件系统上，${unchanged.zh}`, en: `The file is on a read-only file system; ${unchanged.en}` },
    ENOSPC: { zh: `磁盘空间不足，${unchanged.zh}（临时文件已删除）。请释放磁盘空间后重试`, en: `No space left on the device; ${unchanged.en} (the temporary file was removed). Free some space and retry` },
    CHANGED: { zh: `文件在检查期间被修改过，为保留新的修改，修复未写入，${unchanged.zh}。请重新运行 --fix`, en: `The file was changed while it was being fixed; to keep that edit the fix was not written and ${unchanged.en}. Run --fix again` },
    HARDLINK: { zh: `文件有多个硬链接，替换它会使其他链接保留旧内容，${unchanged.zh}。请先去掉多余的链接，或手工修改`, en: `The file has more than one hard link; replacing it would leave the old text under the other names, so ${unchanged.en}. Remove the extra links, or fix it by hand` },
    OWNER: { zh: `无法保留文件原有的所有者和属组，${unchanged.zh}。请以文件所有者的身份运行 --fix`, en: `The file's owner and group could not be kept; ${unchanged.en}. Run --fix as the file's owner` },
    EDQUOT: { zh: `超出磁盘配额，${unchanged.zh}。请释放空间后重试`, en: `Disk quota exceeded; ${unchanged.en}. Free some space and retry` },
  };
  return {
    code: e.code,
    message: byCode[e.code] ?? { zh: `写入失败（${e.message}），${unchanged.zh}`, en: `Write failed (${e.message}); ${unchanged.en}` },
  };
}

export function notRoundTripFailure(encoding: string): { code: string; message: Localized } {
  return {
    code: 'ENCODING',
    message: {
      zh: `文件含有 ${encoding} 编码下无效的字节，写回会改变修复之外的内容，因此未修改文件。请用 --encoding 指定正确的编码，或手工修改`,
      en: `The file contains bytes that are invalid in ${encoding}; writing it back would change more than the fixes, so it was left unchanged. Pass the right --encoding or fix it by hand`,
    },
  };
}

export function ambiguousEncodingFailure(encoding: string): { code: string; message: Localized } {
  return {
    code: 'ENCODING',
    message: {
      zh: `无法确定文件编码：字节既是有效的 UTF-8，也是有效的 GBK，当前按 ${encoding} 读取。为免写坏文件，未作修改。请用 --encoding 指定编码后再运行 --fix`,
      en: `The encoding is ambiguous: the bytes are valid both as UTF-8 and as GBK (read as ${encoding}). To avoid corrupting the file it was left unchanged. Name the --encoding and run --fix again`,
    },
  };
}

/** A fix not written because a symbolic link leads out of the linted folders (not a failure: exit unchanged). */
export function outsideTreeNotice(target: string): { code: string; message: Localized } {
  return {
    code: 'SYMLINK',
    message: {
      zh: `这是指向所检查目录之外（${target}）的符号链接，修复未写入。如确需修改链接的目标，请加 --follow-symlinks`,
      en: `This symbolic link leads out of the linted folders (to ${target}), so the fix was not written. Pass --follow-symlinks to fix the target anyway`,
    },
  };
}

export function internalFailure(e: unknown): { code: string; message: Localized } {
  const err = e as Error;
  const where = err?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e);
  return {
    code: 'EINTERNAL',
    message: {
      zh: `PlanDoc 处理此文件时出现内部错误，文件未被修改。请附上此信息报告问题：${where}`,
      en: `PlanDoc hit an internal error on this file and left it unchanged. Please report it with: ${where}`,
    },
  };
}
