// Entry of dist/cli.js. The same bundle also runs as a lint worker thread (see pool.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import type { WorkerData } from './workerProtocol.js';

if (!isMainThread && (workerData as WorkerData | undefined)?.plandocWorker) {
  const { runWorker } = await import('./worker.js');
  runWorker(workerData as WorkerData);
} else {
  const { runCli } = await import('./run.js');
  process.exitCode = await runCli(process.argv.slice(2));
}
