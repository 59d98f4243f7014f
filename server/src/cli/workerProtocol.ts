// Messages between the lint run and its worker threads.
import type { Localized } from '../core/types.js';
import type { LintJobOptions, LintOutcome, LintTask } from './lintFile.js';

/** The only argument a worker thread of dist/cli.js gets: main.ts recognises worker mode from it. */
export const WORKER_FLAG = '--plandoc-worker';

export interface WorkerData {
  options: LintJobOptions;
  /** Int32Array view: [CONTROL_NEXT] the next task index to claim, [CONTROL_PAUSED] 1 while the report's reader lags */
  control: SharedArrayBuffer;
}

export const CONTROL_NEXT = 0;
export const CONTROL_PAUSED = 1;
/** Files claimed at a time: small, so the threads finish within a few files of each other. */
export const CLAIM_BATCH = 4;

export type ToWorker = { type: 'tasks'; tasks: LintTask[] };

export type SerializedError =
  | { kind: 'config'; file: string; key: string; localized: Localized; line?: number }
  | { kind: 'internal'; message: string; stack?: string };

export type FromWorker = { type: 'results'; outcomes: LintOutcome[] } | { type: 'fatal'; error: SerializedError };
