// Worker thread body: once the task list arrives, claims small batches from the counter it shares with the
// main thread (which lints too) and posts each batch's outcomes back, until no task is left.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../config/load.js';
import { FileLinter } from './lintFile.js';
import { CLAIM_BATCH, CONTROL_NEXT, CONTROL_PAUSED, type FromWorker, type SerializedError, type ToWorker, type WorkerData } from './workerProtocol.js';

export function serializeError(e: unknown): SerializedError {
  if (e instanceof ConfigError) return { kind: 'config', file: e.file, key: e.key, localized: e.localized, line: e.line };
  const err = e as Error;
  return { kind: 'internal', message: err?.message ?? String(e), stack: err?.stack };
}

export function runWorker(): void {
  const port = parentPort;
  if (!port) {
    process.stderr.write('plandoc: --plandoc-worker is internal (worker threads only)\n');
    process.exitCode = 2;
    return;
  }
  const data = workerData as WorkerData;
  const control = new Int32Array(data.control);
  let linter: FileLinter;
  try {
    linter = new FileLinter(data.options);
  } catch (e) {
    port.postMessage({ type: 'fatal', error: serializeError(e) } satisfies FromWorker);
    return;
  }
  port.once('message', (msg: ToWorker) => {
    const { tasks } = msg;
    try {
      for (;;) {
        // the report's reader lags: wait (blocking this thread only) until the main thread lifts the pause
        while (Atomics.load(control, CONTROL_PAUSED) === 1) Atomics.wait(control, CONTROL_PAUSED, 1);
        const start = Atomics.add(control, CONTROL_NEXT, CLAIM_BATCH);
        if (start >= tasks.length) break;
        const outcomes = tasks.slice(start, start + CLAIM_BATCH).map((t) => linter.lintPath(t));
        port.postMessage({ type: 'results', outcomes } satisfies FromWorker);
      }
    } catch (e) {
      port.postMessage({ type: 'fatal', error: serializeError(e) } satisfies FromWorker);
    }
    port.close();
  });
}
