// Entry of dist/cli.js, kept tiny: `plandoc --version` answers from a constant the build injects, without
// loading the linter; every other path imports what it needs on demand (esbuild puts it in dist/cli/ chunks).
// The same file also starts the lint worker threads (see pool.ts), which load only the linting code.
import { fileURLToPath } from 'node:url';
import { WORKER_FLAG } from './workerProtocol.js';

/** Defined by scripts/build.mjs from package.json; run from source (tsx), version.ts reads package.json instead. */
declare const PLANDOC_VERSION: string | undefined;

const argv = process.argv.slice(2);
// a worker thread gets the flag as its only argument (pool.ts); checking argv spares loading node:worker_threads
if (argv.length === 1 && argv[0] === WORKER_FLAG) {
  const { runWorker } = await import('./worker.js');
  runWorker();
} else if (argv.length === 1 && ['--version', '-v', '-V', 'version'].includes(argv[0]!) && typeof PLANDOC_VERSION === 'string') {
  process.stdout.write(`${PLANDOC_VERSION}\n`);
} else {
  const { runCli } = await import('./run.js');
  process.exitCode = await runCli(argv, process.cwd(), fileURLToPath(import.meta.url));
}
