// Lints (and fixes) one document: the unit of work shared by the single-threaded loop and the worker threads.
import type { Stats } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { insideRoots } from './discover.js';
import { realPath, visibleBytes } from '../io/bytePath.js';
import type { Locale } from '../core/types.js';
import type { EncodingName } from '../io/encoding.js';
import { encodeText, encodingLabel, roundTrips } from '../io/encoding.js';
import { decodeBytes, readRawDocumentWithStats, type ReadResult } from '../io/readDocument.js';
import { WriteError, writeFileAtomic } from '../io/atomicWrite.js';
import { fixText, lintText } from '../core/linter.js';
import { FileConfigResolver, type ConfigOptions } from './configFor.js';
import { configKey, contentKey, stampOf, type FileStamp } from './cache.js';
import { unifiedDiff } from './diff.js';
import { ConfigError } from '../config/load.js';
import { ambiguousEncodingFailure, internalFailure, notRoundTripFailure, outsideTreeNotice, readFailure, writeFailure } from './ioMessages.js';
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
  /** the real paths of the folders the run covers: --fix writes nowhere else (unless followSymlinks) */
  roots?: string[];
  followSymlinks?: boolean;
}

export interface LintTask {
  index: number;
  path: string;
  /** a cached result that stands if the file's content and config hash to these keys */
  cached?: { key: string; config: string };
}

export interface LintOutcome {
  index: number;
  result: FileResult;
  /** set when the result may be cached: the keys of the content and config it was found with */
  cacheKey?: { key: string; config: string };
  /** the stat taken just before reading the content, and when (for the cache's stat fast path) */
  stamp?: FileStamp;
  checkedMs?: number;
  cacheHit: boolean;
}

/** A path as reports show it: relative to cwd when inside it, and a name's bytes that are not UTF-8 as \xNN. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return visibleBytes((rel && !rel.startsWith('..') ? rel : path).split(sep).join('/'));
}

export class FileLinter {
  private readonly resolver: FileConfigResolver;

  constructor(private readonly options: LintJobOptions) {
    this.resolver = new FileConfigResolver(options.config);
  }

  /** Lints a file on disk. Config errors propagate (they end the run); I/O errors become a failed result. */
  lintPath(task: LintTask): LintOutcome {
    const { path } = task;
    const useCache = this.options.useCache;
    const checkedMs = useCache ? Date.now() : undefined;
    let read: ReadResult;
    let stamp: FileStamp | undefined;
    let keys: { key: string; config: string } | undefined;
    let readStats: Stats;
    try {
      const { raw, stats } = readRawDocumentWithStats(path, { encoding: this.options.encoding, maxBytes: this.options.maxBytes });
      readStats = stats;
      if (useCache) stamp = stampOf(stats);
      if (Buffer.isBuffer(raw) && useCache) {
        keys = { key: contentKey(raw), config: configKey(this.resolver.forFile(path).config, this.options.encoding) };
        // unchanged since the cached run: answer from the bytes, without decoding or parsing them
        if (task.cached && keys.key === task.cached.key && keys.config === task.cached.config) {
          return { index: task.index, cacheHit: true, cacheKey: keys, stamp, checkedMs, result: { path, status: 'linted', problems: [], fixesApplied: 0 } };
        }
      }
      read = Buffer.isBuffer(raw) ? decodeBytes(raw, this.options.encoding) : raw;
    } catch (e) {
      return { index: task.index, cacheHit: false, result: { path, status: 'failed', problems: [], fixesApplied: 0, error: readFailure(e) } };
    }
    try {
      const outcome = this.lintRead(task, path, read, false, keys, readStats);
      // a rewritten file (--fix) gets no stamp: the next run verifies it by content and stamps it then
      if (outcome.cacheKey && !outcome.result.fixesApplied) Object.assign(outcome, { stamp, checkedMs });
      return outcome;
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      // a bug on one document must not hide the results of all the others
      return { index: task.index, cacheHit: false, result: { path, status: 'failed', problems: [], fixesApplied: 0, error: internalFailure(e) } };
    }
  }

  private linkOutOfTree(path: string): string | undefined {
    return this.options.followSymlinks ? undefined : linkTargetOutside(path, this.options.roots);
  }

  /** Lints bytes from standard input; `virtualPath` selects the config. --fix returns the fixed bytes instead of writing. */
  lintStdin(bytes: Buffer, virtualPath: string): FileResult {
    return this.lintRead({ index: 0, path: virtualPath }, virtualPath, decodeBytes(bytes, this.options.encoding), true).result;
  }

  /** `keys`: the cache keys of these bytes and the file's config (only when caching). */
  private lintRead(task: LintTask, path: string, read: ReadResult, stdin: boolean, keys?: { key: string; config: string }, stats?: Stats): LintOutcome {
    const base = { index: task.index, cacheHit: false };
    if (read.kind === 'binary') return { ...base, result: { path, status: 'skipped-binary', problems: [], fixesApplied: 0 } };
    if (read.kind === 'too-large') return { ...base, result: { path, status: 'skipped-size', size: read.size, problems: [], fixesApplied: 0 } };
    const { config } = this.resolver.forFile(path);
    const mode = this.options.mode;

    const key = stdin ? undefined : keys;

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
    if (read.ambiguous && !this.options.encoding) {
      return { ...base, result: { path, status: 'linted', problems: unfixed(), fixesApplied: 0, notRoundTrip: true, error: ambiguousEncodingFailure(encodingLabel(read.encoding, read.bom)) } };
    }
    if (stdin) return { ...base, result: { path, status: 'linted', problems: remaining, fixesApplied: fixed.applied, fixedOutput: bytes } };
    const outside = this.linkOutOfTree(path);
    if (outside) return { ...base, result: { path, status: 'linted', problems: unfixed(), fixesApplied: 0, notice: outsideTreeNotice(outside) } };
    try {
      writeFileAtomic(path, bytes, stats && { bytes: read.bytes, stats });
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      return { ...base, result: { path, status: 'linted', problems: unfixed(), fixesApplied: 0, error: writeFailure(e) } };
    }
    const newKey = keys ? { key: contentKey(bytes), config: keys.config } : undefined;
    return { ...base, cacheKey: newKey, result: { path, status: 'linted', problems: remaining, fixesApplied: fixed.applied } };
  }
}

/** The real path a fix would write to, when a symbolic link leads there from outside the linted folders. */
export function linkTargetOutside(path: string, roots: readonly string[] | undefined): string | undefined {
  if (!roots?.length) return undefined;
  let real: string;
  try {
    real = realPath(path);
  } catch {
    return undefined; // the write reports it
  }
  return insideRoots(real, roots) ? undefined : real;
}

export function stdinVirtualPath(cwd: string, stdinFilename: string | undefined): string {
  return resolve(cwd, stdinFilename ?? '<stdin>');
}
