// Replaces a file's content atomically: write a temporary file beside it, fsync, then rename over the original.
// A crash at any point leaves either the old content or the new one, never a truncated mix.
//
// Before the rename the original is checked again (size, mtime, inode and every byte): an edit saved while a
// long --fix ran used to be overwritten silently. The temporary file gets the original's owner, group and
// mode (setuid/setgid included, umask not applied); a file that cannot keep them, or that has more than one
// hard link (a rename would split the names: the other one would keep the old text), is refused.
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fsyncSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsPath, realPath } from './bytePath.js';
import { injectFault, pauseForTest, type WriteStage } from './faults.js';
import { readSmallFile } from './regularFile.js';

export class WriteError extends Error {
  constructor(
    readonly path: string,
    /**
     * errno code such as ENOSPC, EACCES; READONLY when the file has no write permission, CHANGED when it was
     * modified since it was read, HARDLINK when it has several names, OWNER when its owner cannot be kept
     */
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

/** What the file held when it was read: the write goes ahead only if it still holds exactly that. */
export interface ReadState {
  bytes: Uint8Array;
  stats: Pick<Stats, 'size' | 'mtimeMs' | 'ino' | 'dev'>;
}

/**
 * Writes `data` to an existing file atomically, keeping its mode, owner and group.
 * Refuses files without write permission: rename would otherwise replace a read-only file behind the user's back.
 */
export function writeFileAtomic(path: string, data: Uint8Array, expected?: ReadState): void {
  let target: string;
  let mode: number;
  let uid: number;
  let gid: number;
  try {
    target = realPath(path); // write through symlinks instead of replacing the link with a file
    const st = statSync(fsPath(target));
    mode = st.mode & 0o7777;
    uid = st.uid;
    gid = st.gid;
    if ((mode & 0o222) === 0) throw Object.assign(new Error('file is read-only'), { code: 'READONLY' });
    if (st.nlink > 1) throw Object.assign(new Error(`the file has ${st.nlink} hard links`), { code: 'HARDLINK' });
    accessSync(fsPath(target), constants.W_OK);
    if (expected) checkUnchanged(target, expected);
  } catch (e) {
    throw toWriteError(path, 'check', e);
  }

  const tmp = temporaryPathFor(target);
  let stage: WriteStage = 'open';
  let fd: number | undefined;
  try {
    injectFault('open', tmp);
    fd = openSync(fsPath(tmp), 'wx', 0o600);
    // owner first: chown clears setuid/setgid, so the mode (umask not applied) is set after it
    try {
      fchownSync(fd, uid, gid);
    } catch (e) {
      throw Object.assign(new Error(`the owner ${uid}:${gid} cannot be kept (${(e as NodeJS.ErrnoException).code})`), { code: 'OWNER' });
    }
    fchmodSync(fd, mode);
    stage = 'write';
    injectFault('write', tmp);
    let written = 0;
    while (written < data.byteLength) written += writeSync(fd, data, written, data.byteLength - written);
    stage = 'fsync';
    injectFault('fsync', tmp);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    stage = 'rename';
    pauseForTest('rename', drainFifo);
    // last look before the rename: an edit saved meanwhile wins over the fix
    if (expected) checkUnchanged(target, expected);
    injectFault('rename', tmp);
    renameSync(fsPath(tmp), fsPath(target));
  } catch (e) {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing */ }
    }
    try { unlinkSync(fsPath(tmp)); } catch { /* it may never have been created */ }
    throw toWriteError(path, stage, e);
  }
}

function drainFifo(fifo: string): void {
  const fd = openSync(fifo, 'r');
  try {
    const buf = Buffer.alloc(64);
    while (readSync(fd, buf, 0, buf.length, null) > 0) { /* until the test closes its end */ }
  } finally {
    closeSync(fd);
  }
}

/** Throws CHANGED unless the file has the size, mtime, inode and bytes it had when it was read. */
function checkUnchanged(target: string, expected: ReadState): void {
  const st = statSync(fsPath(target));
  const was = expected.stats;
  let same = st.size === was.size && st.mtimeMs === was.mtimeMs && st.ino === was.ino && st.dev === was.dev;
  if (same) {
    try {
      same = readSmallFile(target, was.size).equals(expected.bytes);
    } catch {
      same = false; // grown past its old size, or no longer a regular file
    }
  }
  if (!same) throw Object.assign(new Error('the file changed since it was read'), { code: 'CHANGED' });
}

function toWriteError(path: string, stage: WriteStage | 'check', e: unknown): WriteError {
  const err = e as NodeJS.ErrnoException;
  return new WriteError(path, err.code ?? 'EUNKNOWN', stage, err.message ?? String(e));
}
