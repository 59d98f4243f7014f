// Messages between the lint run and its worker threads.
import type { Localized } from '../core/types.js';
import type { LintJobOptions, LintOutcome, LintTask } from './lintFile.js';

export interface WorkerData {
  plandocWorker: true;
  options: LintJobOptions;
}

export type ToWorker = { type: 'tasks'; tasks: LintTask[] } | { type: 'exit' };

export type SerializedError =
  | { kind: 'config'; file: string; key: string; localized: Localized; line?: number }
  | { kind: 'internal'; message: string; stack?: string };

export type FromWorker = { type: 'results'; outcomes: LintOutcome[] } | { type: 'fatal'; error: SerializedError };
