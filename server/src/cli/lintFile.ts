// Lints (and fixes) one document: the unit of work shared by the single-threaded loop and the worker threads.
import { relative, resolve, sep } from 'node:path';
import type { Locale } from '../core/types.js';
import type { EncodingName } from '../io/encoding.js';
import { encodeText, encodingLabel, roundTrips } from '../io/encoding.js';
import { decodeBytes, readRawDocument, type ReadResult } from '../io/readDocument.js';
import { WriteError, writeFileAtomic } from '../io/atomicWrite.js';
import { fixText, lintText } from '../core/linter.js';
import { ConfigResolver, type ConfigOptions } from './configFor.js';
import { cacheKey } from './cache.js';
import { unifiedDiff } from './diff.js';
import { ConfigError } from '../config/load.js';
import { internalFailure, notRoundTripFailure, readFailure, writeFailure } from './ioMessages.js';
import { toCliProblem, type FileResult } from './results.js';

export type LintMode = 'lint' | 'fix' | 'fix-dry-run';

export interface LintJobOptions {
  cwd: string;
  locale: Locale;
  mode: LintMode;
  encoding?: EncodingName;
  maxBytes: number;
  config: ConfigOptions;
  useCache: boolean;
}

export interface LintTask {
  index: number;
  path: string;
  /** the cache key of a usable cached result; equal key → the cached problems stand */
  cachedKey?: string;
}

export interface LintOutcome {
  index: number;
  result: FileResult;
  /** set when the result may be cached under this key */
  cacheKey?: string;
  cacheHit: boolean;
}

export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
}

export class FileLinter {
  private readonly resolver: ConfigResolver;

  constructor(private readonly options: LintJobOptions) {
    this.resolver = new ConfigResolver(options.config);
  }

  /** Lints a file on disk. Config errors propagate (they end the run); I/O errors become a failed result. */
  lintPath(task: LintTask): LintOutcome {
    const { path } = task;
    let read: ReadResult;
    try {
      const raw = readRawDocument(path, { encoding: this.options.encoding, maxBytes: this.options.maxBytes });
      if (Buffer.isBuffer(raw) && task.cachedKey && this.options.useCache) {
        // unchanged since the cached run: answer from the bytes, without decoding or parsing them
        const key = cacheKey(raw, JSON.stringify(this.resolver.forFile(path).config), this.options.encoding);
        if (key === task.cachedKey) return { index: task.index, cacheHit: true, cacheKey: key, result: { path, status: 'linted', problems: [], fixesApplied: 0 } };
      }
      read = Buffer.isBuffer(raw) ? decodeBytes(raw, this.options.encoding) : raw;
    } catch (e) {
      return { index: task.index, cacheHit: false, result: { path, status: 'failed', problems: [], fixesApplied: 0, error: readFailure(e) } };
    }
    try {
      return this.lintRead(task, path, read, false);
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      // a bug on one document must not hide the results of all the others
      return { index: task.index, cacheHit: false, result: { path, status: 'failed', problems: [], fixesApplied: 0, error: internalFailure(e) } };
    }
  }

  /** Lints bytes from standard input; `virtualPath` selects the config. --fix returns the fixed bytes instead of writing. */
  lintStdin(bytes: Buffer, virtualPath: string): FileResult {
    return this.lintRead({ index: 0, path: virtualPath }, virtualPath, decodeBytes(bytes, this.options.encoding), true).result;
  }

  private lintRead(task: LintTask, path: string, read: ReadResult, stdin: boolean): LintOutcome {
    const base = { index: task.index, cacheHit: false };
    if (read.kind === 'binary') return { ...base, result: { path, status: 'skipped-binary', problems: [], fixesApplied: 0 } };
    if (read.kind === 'too-large') return { ...base, result: { path, status: 'skipped-size', size: read.size, problems: [], fixesApplied: 0 } };
    const { config } = this.resolver.forFile(path);
    const mode = this.options.mode;

    let key: string | undefined;
    if (this.options.useCache && !stdin) {
      key = cacheKey(read.bytes, JSON.stringify(config), this.options.encoding);
      if (key === task.cachedKey) return { index: task.index, cacheHit: true, cacheKey: key, result: { path, status: 'linted', problems: [], fixesApplied: 0 } };
    }

    if (mode === 'lint') {
      const problems = lintText(read.text, config).problems.map(toCliProblem);
      return { ...base, cacheKey: key, result: { path, status: 'linted', problems, fixesApplied: 0 } };
    }

    const fixed = fixText(read.text, config);
    const remaining = fixed.problems.map(toCliProblem);
    if (fixed.output === read.text) {
      const result: FileResult = { path, status: 'linted', problems: remaining, fixesApplied: 0 };
      if (stdin && mode === 'fix') result.fixedOutput = read.bytes;
      return { ...base, cacheKey: key, result };
    }
    const unfixed = () => lintText(read.text, config).problems.map(toCliProblem);
    if (!roundTrips(read.bytes, read)) {
      return { ...base, result: { path, status: 'linted', problems: unfixed(), fixesApplied: 0, notRoundTrip: true, error: notRoundTripFailure(encodingLabel(read.encoding, read.bom)) } };
    }
    const bytes = encodeText(fixed.output, read.encoding, read.bom);
    if (mode === 'fix-dry-run') {
      const diff = unifiedDiff(read.text, fixed.output, stdin ? path : displayPath(path, this.options.cwd));
      return { ...base, result: { path, status: 'linted', problems: remaining, fixesApplied: fixed.applied, diff } };
    }
    if (stdin) return { ...base, result: { path, status: 'linted', problems: remaining, fixesApplied: fixed.applied, fixedOutput: bytes } };
    try {
      writeFileAtomic(path, bytes);
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      return { ...base, result: { path, status: 'linted', problems: unfixed(), fixesApplied: 0, error: writeFailure(e) } };
    }
    const newKey = this.options.useCache ? cacheKey(bytes, JSON.stringify(config), this.options.encoding) : undefined;
    return { ...base, cacheKey: newKey, result: { path, status: 'linted', problems: remaining, fixesApplied: fixed.applied } };
  }
}

export function stdinVirtualPath(cwd: string, stdinFilename: string | undefined): string {
  return resolve(cwd, stdinFilename ?? '<stdin>');
}
