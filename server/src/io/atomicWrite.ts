// Replaces a file's content atomically: write a temporary file beside it, fsync, then rename over the original.
// A crash at any point leaves either the old content or the new one, never a truncated mix.
import { accessSync, chownSync, closeSync, constants, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { injectFault, type WriteStage } from './faults.js';

export class WriteError extends Error {
  constructor(
    readonly path: string,
    /** errno code such as ENOSPC, EACCES, or READONLY when the file has no write permission */
    readonly code: string,
    readonly stage: WriteStage | 'check',
    detail: string,
  ) {
    super(detail);
    this.name = 'WriteError';
  }
}

let counter = 0;

/** Temporary files are dot-files next to the target so the rename never crosses file systems. */
export function temporaryPathFor(target: string): string {
  counter++;
  return join(dirname(target), `.${basename(target)}.plandoc-${process.pid}-${Date.now().toString(36)}-${counter}.tmp`);
}

/**
 * Writes `data` to an existing file atomically, keeping its mode (and owner when permitted).
 * Refuses files without write permission: rename would otherwise replace a read-only file behind the user's back.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  let target: string;
  let mode: number;
  let uid: number;
  let gid: number;
  try {
    target = realpathSync(path); // write through symlinks instead of replacing the link with a file
    const st = statSync(target);
    mode = st.mode & 0o7777;
    uid = st.uid;
    gid = st.gid;
    if ((mode & 0o222) === 0) throw Object.assign(new Error('file is read-only'), { code: 'READONLY' });
    accessSync(target, constants.W_OK);
  } catch (e) {
    throw toWriteError(path, 'check', e);
  }

  const tmp = temporaryPathFor(target);
  let stage: WriteStage = 'open';
  let fd: number | undefined;
  try {
    injectFault('open', tmp);
    fd = openSync(tmp, 'wx', mode);
    stage = 'write';
    injectFault('write', tmp);
    let written = 0;
    while (written < data.byteLength) written += writeSync(fd, data, written, data.byteLength - written);
    stage = 'fsync';
    injectFault('fsync', tmp);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (process.getuid?.() === 0) {
      try { chownSync(tmp, uid, gid); } catch { /* keeping the owner is best effort */ }
    }
    stage = 'rename';
    injectFault('rename', tmp);
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing */ }
    }
    try { unlinkSync(tmp); } catch { /* it may never have been created */ }
    throw toWriteError(path, stage, e);
  }
}

function toWriteError(path: string, stage: WriteStage | 'check', e: unknown): WriteError {
  const err = e as NodeJS.ErrnoException;
  return new WriteError(path, err.code ?? 'EUNKNOWN', stage, err.message ?? String(e));
}
