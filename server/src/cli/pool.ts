// Worker threads for big runs. They are started early (while files are still being discovered), then the
// main thread and the workers take small batches from one shared counter (Atomics), so no thread waits for
// another to hand out work and all of them finish within a batch of each other. Outcomes arrive in any
// order; the caller reports them by index.
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/load.js';
import type { FileLinter, LintJobOptions, LintOutcome, LintTask } from './lintFile.js';
import { CLAIM_BATCH, CONTROL_NEXT, CONTROL_PAUSED, WORKER_FLAG, type FromWorker, type SerializedError, type ToWorker, type WorkerData } from './workerProtocol.js';

export function deserializeError(e: SerializedError): Error {
  if (e.kind === 'config') return new ConfigError(e.file, e.key, e.localized, e.line);
  const err = new Error(e.message);
  err.stack = e.stack;
  return err;
}

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

export class LintPool {
  private readonly workers: Worker[] = [];
  private readonly control = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private failure?: Error;
  private onFailure?: (e: Error) => void;
  private closing = false;

  /** Starts `count` worker threads running `entry` (dist/cli.js); they load the linter while the caller goes on. */
  constructor(entry: string, count: number, options: LintJobOptions) {
    const workerData: WorkerData = { options, control: this.control.buffer as SharedArrayBuffer };
    for (let i = 0; i < count; i++) {
      const w = new Worker(entry, { argv: [WORKER_FLAG], workerData });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`worker exited with code ${code}`));
      });
      // an idle pool never keeps the process alive (an error before run() must not hang the CLI)
      w.unref();
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    Atomics.store(this.control, CONTROL_NEXT, 0x3fffffff); // nobody claims another batch
    this.onFailure?.(e);
  }

  /**
   * Lints every task on this thread and on the workers. `drained` (the report's reader lagging) pauses
   * every thread until it resolves, so memory stays bounded.
   */
  async run(tasks: readonly LintTask[], linter: FileLinter, onOutcome: (o: LintOutcome) => void, drained: () => Promise<void> | undefined): Promise<void> {
    if (this.failure) throw this.failure;
    const c = this.control;
    let remaining = tasks.length;
    let finish!: () => void;
    const finished = new Promise<void>((resolve, reject) => {
      finish = resolve;
      this.onFailure = reject;
    });
    const take = (o: LintOutcome) => {
      onOutcome(o);
      if (--remaining === 0) finish();
    };
    if (remaining === 0) finish();
    for (const w of this.workers) {
      w.on('message', (msg: FromWorker) => {
        if (msg.type === 'fatal') this.fail(deserializeError(msg.error));
        else for (const o of msg.outcomes) take(o);
      });
      w.ref();
      w.postMessage({ type: 'tasks', tasks: tasks as LintTask[] } satisfies ToWorker);
    }
    for (;;) {
      if (this.failure) throw this.failure;
      const start = Atomics.add(c, CONTROL_NEXT, CLAIM_BATCH);
      if (start >= tasks.length) break;
      const end = Math.min(start + CLAIM_BATCH, tasks.length);
      for (let i = start; i < end; i++) take(linter.lintPath(tasks[i]!));
      await nextTurn(); // takes in what the workers posted meanwhile
      const wait = drained();
      if (wait) {
        Atomics.store(c, CONTROL_PAUSED, 1);
        await wait;
        this.resume();
      }
    }
    await finished;
  }

  private resume(): void {
    Atomics.store(this.control, CONTROL_PAUSED, 0);
    Atomics.notify(this.control, CONTROL_PAUSED);
  }

  /** Stops every worker, including one still starting up that never got a batch. */
  async close(): Promise<void> {
    this.closing = true;
    Atomics.store(this.control, CONTROL_NEXT, 0x3fffffff);
    this.resume();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
