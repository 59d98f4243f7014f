// Failures that end a run with exit code 2 (usage, configuration, I/O), carried with a message in both languages.
import type { Localized } from '../core/types.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;

export class CliError extends Error {
  constructor(readonly localized: Localized, readonly exitCode: number = EXIT_FAILURE) {
    super(localized.en);
    this.name = 'CliError';
  }
}

/** A mistake on the command line: the message is followed by a hint to run --help. */
export class UsageError extends CliError {
  constructor(localized: Localized) {
    super(localized, EXIT_FAILURE);
    this.name = 'UsageError';
  }
}
