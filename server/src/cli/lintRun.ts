// Runs the lint of many files: which thread lints what, the cache, and reporting in file order.
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fsPath } from '../io/bytePath.js';
import type { CliArgs } from './args.js';
import { configKey, DEFAULT_CACHE_FILE, LintCache, stampOf, statHit, type CacheEntry } from './cache.js';
import { FileConfigResolver } from './configFor.js';
import { FileLinter, type LintJobOptions, type LintOutcome, type LintTask } from './lintFile.js';
import type { LintPool } from './pool.js';
import type { Progress } from './progress.js';
import type { FileResult } from './results.js';

/**
 * Below this many files to lint, a run without --jobs stays on the main thread: a worker has to load and
 * compile the linter and warm up its JIT before it is useful.
 */
export const MIN_FILES_FOR_WORKERS = 16;

/**
 * Threads that lint, the main one included: --jobs, else every core but one. V8 compiles hot code and
 * collects garbage on background threads, so one linting thread already keeps about 1.5 cores busy (user +
 * system 2.2 s in 1.4 s of wall time for 500 copies of the seed on the 2-core benchmark machine), and most of
 * a cold run is JIT warm-up, which every thread pays anew: there, two processes linting 250 files each took
 * longer together (1.5–2.1 s) than one process linting all 500 (1.2–1.5 s), and --jobs 2 was slower than
 * --jobs 1 on every corpus tried, up to 2,000 copies of the seed (96 MB: 5.1 s against 3.8 s). So 2 cores
 * get one linting thread by default; more cores get workers on all but one.
 */
export function threadCount(args: CliArgs): number {
  return args.jobs ?? Math.max(1, availableParallelism() - 1);
}

/**
 * Starts the worker threads before the files are even discovered, when the run will likely need them: a
 * folder or glob is to be searched, and there is no cache that might answer for every file. Whether they
 * get any work is decided once the file list is known.
 */
export async function startWorkersEarly(args: CliArgs, options: LintJobOptions, entry: string): Promise<LintPool | undefined> {
  const threads = threadCount(args);
  if (args.stdin || threads < 2) return undefined;
  if (options.useCache && cacheExists(args, options)) return undefined;
  const patterns = args.positionals.length ? args.positionals : ['.'];
  if (args.jobs === undefined && patterns.every((p) => isFile(resolve(options.cwd, p)))) return undefined;
  const { LintPool } = await import('./pool.js');
  return new LintPool(entry, threads - 1, options);
}

function cacheExists(args: CliArgs, options: LintJobOptions): boolean {
  return isFile(resolve(options.cwd, args.cacheLocation ?? DEFAULT_CACHE_FILE));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Lints every file and hands each result to `emit` in file order, whatever order the threads finish in.
 * `early` is the pool startWorkersEarly made (closed here, used or not).
 */
/** Records a linted file in the cache, or fills a hit in with the cached problems. */
function remember(cache: LintCache, o: LintOutcome): void {
  const path = o.result.path;
  const entry = cache.get(path);
  if (o.cacheHit && entry) {
    o.result.problems = entry.problems;
    // verified by content: take the new stat, so the next run can answer from it
    if (o.stamp && !sameStamp(entry, o)) cache.set(path, { ...entry, stamp: o.stamp, checkedMs: o.checkedMs });
  } else if (o.cacheKey && !o.result.error) {
    cache.set(path, { ...o.cacheKey, problems: o.result.problems, stamp: o.stamp, checkedMs: o.checkedMs });
  }
}

function sameStamp(entry: CacheEntry, o: LintOutcome): boolean {
  const a = entry.stamp;
  const b = o.stamp;
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && entry.checkedMs === o.checkedMs;
}

/** The cache's stat fast path on the main thread: one stat per file, and the config key of its folder's config. */
class StatHits {
  private readonly configs: FileConfigResolver;

  constructor(private readonly options: LintJobOptions) {
    this.configs = new FileConfigResolver(options.config);
  }

  answers(path: string, entry: CacheEntry): boolean {
    let st;
    try {
      st = statSync(fsPath(path));
    } catch {
      return false; // linting reports the failure
    }
    if (!statHit(entry, stampOf(st))) return false;
    return configKey(this.configs.forFile(path).config, this.options.encoding) === entry.config;
  }
}

export async function lintFiles(
  files: string[],
  args: CliArgs,
  options: LintJobOptions,
  emit: (r: FileResult) => void,
  progress: Progress,
  drained: () => Promise<void> | undefined,
  workerEntry: string,
  early: LintPool | undefined,
): Promise<void> {
  let pool = early;
  try {
    const cache = options.useCache ? new LintCache(resolve(options.cwd, args.cacheLocation ?? DEFAULT_CACHE_FILE)) : undefined;
    const waiting = new Map<number, FileResult>();
    let next = 0;
    const onOutcome = (o: LintOutcome) => {
      if (cache) remember(cache, o);
      waiting.set(o.index, o.result);
      for (let r = waiting.get(next); r; r = waiting.get(next)) {
        waiting.delete(next++);
        emit(r);
      }
      progress.tick();
    };
    // files the cache answers from their stat alone are reported without reading them; the rest are linted
    const tasks: LintTask[] = [];
    const answered: LintOutcome[] = [];
    const hits = cache ? new StatHits(options) : undefined;
    files.forEach((path, index) => {
      const entry = cache?.get(path);
      // a fixing run may trust a cached result only when it has nothing to fix
      const usable = entry && (options.mode === 'lint' || !entry.problems.some((p) => p.fixable)) ? entry : undefined;
      if (usable && hits!.answers(path, usable)) answered.push({ index, cacheHit: true, result: { path, status: 'linted', problems: [], fixesApplied: 0 } });
      else tasks.push({ index, path, cached: usable && { key: usable.key, config: usable.config } });
    });
    for (const o of answered) onOutcome(o);

    const threads = threadCount(args);
    const worthWorkers = threads > 1 && tasks.length > 1 && (args.jobs !== undefined || tasks.length >= MIN_FILES_FOR_WORKERS);
    if (!worthWorkers && pool) {
      void pool.close();
      pool = undefined;
    } else if (worthWorkers && !pool) {
      const { LintPool } = await import('./pool.js');
      pool = new LintPool(workerEntry, threads - 1, options);
    }
    const linter = new FileLinter(options);
    if (pool) {
      await pool.run(tasks, linter, onOutcome, drained);
    } else {
      for (const t of tasks) {
        onOutcome(linter.lintPath(t));
        const wait = drained();
        if (wait) await wait;
      }
    }
    if (cache) {
      try {
        cache.save();
      } catch (e) {
        const detail = (e as Error).message;
        process.stderr.write(options.locale === 'zh' ? `plandoc：缓存未能保存（${detail}），下次将重新检查全部文件\n` : `plandoc: cache not saved (${detail}); the next run lints every file again\n`);
      }
    }
  } finally {
    await pool?.close();
  }
}
