// Spreads lint tasks over worker threads. Workers run this same bundle (dist/cli.js) in worker mode, take
// small batches on demand so a slow file does not hold others back, and results are handed back by index so
// the caller can report them in the original order.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/load.js';
import type { LintJobOptions, LintOutcome, LintTask } from './lintFile.js';
import type { FromWorker, SerializedError, ToWorker, WorkerData } from './workerProtocol.js';

const BATCH = 8;

export function deserializeError(e: SerializedError): Error {
  if (e.kind === 'config') return new ConfigError(e.file, e.key, e.localized, e.line);
  const err = new Error(e.message);
  err.stack = e.stack;
  return err;
}

export async function runInWorkers(
  tasks: readonly LintTask[],
  jobs: number,
  options: LintJobOptions,
  onOutcome: (outcome: LintOutcome) => void,
  /** when the report's reader lags, resolves once it caught up: workers get no new batch until then */
  drained: () => Promise<void> | undefined = () => undefined,
): Promise<void> {
  const entry = fileURLToPath(import.meta.url);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePool, rejectPool) => {
      let running = 0;
      let failed = false;
      const fail = (e: Error) => {
        if (failed) return;
        failed = true;
        rejectPool(e);
      };
      const feed = (w: Worker): boolean => {
        if (next >= tasks.length) return false;
        const batch = tasks.slice(next, next + BATCH);
        next += batch.length;
        w.postMessage({ type: 'tasks', tasks: batch } satisfies ToWorker);
        return true;
      };
      const count = Math.max(1, Math.min(jobs, Math.ceil(tasks.length / BATCH)));
      for (let i = 0; i < count; i++) {
        const w = new Worker(entry, { workerData: { plandocWorker: true, options } satisfies WorkerData });
        workers.push(w);
        running++;
        w.on('message', (msg: FromWorker) => {
          if (msg.type === 'fatal') return fail(deserializeError(msg.error));
          for (const o of msg.outcomes) onOutcome(o);
          const next = () => {
            if (failed || feed(w)) return;
            w.postMessage({ type: 'exit' } satisfies ToWorker);
            if (--running === 0) resolvePool();
          };
          const wait = drained();
          if (wait) void wait.then(next);
          else next();
        });
        w.on('error', (e) => fail(e));
        w.on('exit', (code) => {
          if (code !== 0) fail(new Error(`worker exited with code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
