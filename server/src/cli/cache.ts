// --cache: results keyed by a hash of the file's bytes, its resolved config, the forced encoding and the
// PlanDoc version. A hit skips parsing and linting; the file is still read, so an edit is never missed.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { CliProblem } from './results.js';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { VERSION } from './version.js';

export const DEFAULT_CACHE_FILE = '.plandoccache';

export interface CacheEntry {
  key: string;
  problems: CliProblem[];
}

interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry>;
}

export function cacheKey(bytes: Uint8Array, configJson: string, encoding: string | undefined): string {
  return createHash('sha1').update(VERSION).update('\0').update(configJson).update('\0').update(encoding ?? 'auto').update('\0').update(bytes).digest('hex');
}

export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;

  constructor(private readonly file: string) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      // another PlanDoc version may report differently: start afresh
      if (data.version === VERSION && data.entries && typeof data.entries === 'object') this.entries = data.entries;
    } catch {
      // missing or unreadable cache: lint everything
    }
  }

  get(path: string): CacheEntry | undefined {
    return this.entries[path];
  }

  set(path: string, entry: CacheEntry): void {
    this.entries[path] = entry;
    this.dirty = true;
  }

  /** Drops entries of files that no longer exist in this run's file list, when the run covered everything. */
  retainOnly(paths: Iterable<string>): void {
    const keep = new Set(paths);
    for (const p of Object.keys(this.entries)) {
      if (!keep.has(p)) {
        delete this.entries[p];
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty) return;
    const data = Buffer.from(JSON.stringify({ version: VERSION, entries: this.entries } satisfies CacheFile));
    if (existsSync(this.file)) writeFileAtomic(this.file, data);
    else writeFileSync(this.file, data); // first run: there is nothing to replace yet
  }
}
