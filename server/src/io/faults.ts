// Fault injection for the reliability tests: PLANDOC_TEST_FAULT=<stage>:<ERRNO|crash>, e.g. `write:ENOSPC`
// or `rename:crash`. Root ignores permission bits and a disk cannot be filled on demand, so the tests make the
// writer fail at the exact step instead. Unset in normal use; one env lookup per write costs nothing.
export type WriteStage = 'open' | 'write' | 'fsync' | 'rename';

const MESSAGES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'i/o error',
  EROFS: 'read-only file system',
};

export function injectFault(stage: WriteStage, path: string): void {
  const spec = process.env.PLANDOC_TEST_FAULT;
  if (!spec) return;
  const [at, code] = spec.split(':');
  if (at !== stage || !code) return;
  if (code === 'crash') process.kill(process.pid, 'SIGKILL');
  const err = new Error(`${code}: ${MESSAGES[code] ?? 'injected fault'}, ${stage} '${path}'`) as NodeJS.ErrnoException;
  err.code = code;
  err.path = path;
  throw err;
}

/**
 * PLANDOC_TEST_PAUSE=<stage>:<fifo>: at that step the writer opens the FIFO and reads it to the end, so a
 * test can edit the file at exactly that moment (it opens the FIFO for writing, edits, closes) with no sleep.
 */
export function pauseForTest(stage: WriteStage, readToEnd: (fifo: string) => void): void {
  const spec = process.env.PLANDOC_TEST_PAUSE;
  if (!spec) return;
  const at = spec.indexOf(':');
  if (spec.slice(0, at) === stage) readToEnd(spec.slice(at + 1));
}
