// Worker thread body: lints the batches the main thread sends, in the order received.
import { parentPort } from 'node:worker_threads';
import { ConfigError } from '../config/load.js';
import { FileLinter } from './lintFile.js';
import type { FromWorker, SerializedError, ToWorker, WorkerData } from './workerProtocol.js';

export function serializeError(e: unknown): SerializedError {
  if (e instanceof ConfigError) return { kind: 'config', file: e.file, key: e.key, localized: e.localized, line: e.line };
  const err = e as Error;
  return { kind: 'internal', message: err?.message ?? String(e), stack: err?.stack };
}

export function runWorker(data: WorkerData): void {
  const port = parentPort!;
  let linter: FileLinter;
  try {
    linter = new FileLinter(data.options);
  } catch (e) {
    port.postMessage({ type: 'fatal', error: serializeError(e) } satisfies FromWorker);
    return;
  }
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'exit') {
      port.close();
      return;
    }
    try {
      const outcomes = msg.tasks.map((t) => linter.lintPath(t));
      port.postMessage({ type: 'results', outcomes } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ type: 'fatal', error: serializeError(e) } satisfies FromWorker);
    }
  });
}
