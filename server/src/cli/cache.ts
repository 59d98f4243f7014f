// --cache: a file's problems are reused while its content, its resolved config, the forced encoding and the
// PlanDoc version stay the same. Content is the key (a SHA-1 of the bytes); the file's stat (size, mtime,
// ctime, inode), stored with each entry, answers the common case without reading it, as git's index does:
//
// - stat unchanged and the entry not "racily clean" → a hit, the file is not read;
// - otherwise the file is read and its hash compared: the same bytes are still a hit (a touched file), and
//   the entry takes the new stat, so the next run answers from the stat again;
// - an entry is racily clean when the file's mtime/ctime is not clearly older than the moment its content
//   was read (`checkedMs`, minus RACY_MARGIN_MS): an edit in the same timestamp tick right after that read
//   could have left the stat unchanged, so such an entry is always verified by content.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync, type Stats } from 'node:fs';
import type { CliProblem } from './results.js';
import { packShared, unpackShared, type Packed } from './sharedFixes.js';
import { writeFileAtomic } from '../io/atomicWrite.js';
import { VERSION } from './version.js';

export const DEFAULT_CACHE_FILE = '.plandoccache';
/** Bumped when the file's layout changes: an older cache is dropped, never misread. */
const CACHE_FORMAT = 4; // 3: problems carry fix and suggestions; 4: a shared fix or suggestion is stored once (sharedFixes.ts)

/**
 * How much older than the content check a file's timestamps must be for its stat alone to be trusted.
 * It covers coarse timestamps (FAT keeps 2 s, HFS+ and ext3 1 s) and a small gap between the system
 * clock and the file system's (network shares).
 */
export const RACY_MARGIN_MS = 2000;

/** What of a file's stat identifies its version: any write changes ctime, which no tool can set back. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export function stampOf(st: Stats): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

export interface CacheEntry {
  /** hash of the content */
  key: string;
  /** hash of the version, resolved config and forced encoding the problems were found with */
  config: string;
  problems: CliProblem[];
  /** the file's stat taken just before the content was read; absent after --fix rewrote the file */
  stamp?: FileStamp;
  /** Date.now() just before that stat and read */
  checkedMs?: number;
}

/** An entry as stored: a fix shared by several problems is written once, the others refer to it. */
type StoredEntry = Omit<CacheEntry, 'problems'> & { problems: Packed<CliProblem>[] };

interface CacheFile {
  version: string;
  format: number;
  entries: Record<string, StoredEntry>;
}

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;
/** node:crypto costs several milliseconds to load: only runs with --cache pay for it. */
function sha1() {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto.createHash('sha1');
}

export function contentKey(bytes: Uint8Array): string {
  return sha1().update(bytes).digest('hex');
}

const configKeyMemo = new WeakMap<object, Map<string, string>>();
/** The config part of a cache key; computed once per config object (configFor.ts shares them between files). */
export function configKey(config: object, encoding: string | undefined): string {
  let byEncoding = configKeyMemo.get(config);
  if (!byEncoding) configKeyMemo.set(config, (byEncoding = new Map()));
  const enc = encoding ?? 'auto';
  let key = byEncoding.get(enc);
  if (key === undefined) {
    key = sha1().update(VERSION).update('\0').update(JSON.stringify(config)).update('\0').update(enc).digest('hex');
    byEncoding.set(enc, key);
  }
  return key;
}

/** True when the stat alone proves the file is the one the entry was made from. */
export function statHit(entry: CacheEntry, st: FileStamp): boolean {
  const s = entry.stamp;
  if (!s || entry.checkedMs === undefined) return false;
  if (s.size !== st.size || s.mtimeMs !== st.mtimeMs || s.ctimeMs !== st.ctimeMs || s.ino !== st.ino) return false;
  return Math.max(s.mtimeMs, s.ctimeMs) < entry.checkedMs - RACY_MARGIN_MS;
}

export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  private dirty = false;

  constructor(private readonly file: string) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      // another PlanDoc version may report differently, another format reads differently: start afresh
      if (data.version === VERSION && data.format === CACHE_FORMAT && data.entries && typeof data.entries === 'object') {
        for (const [path, stored] of Object.entries(data.entries)) {
          // the problems share their fixes again; an entry whose references lead nowhere is dropped (linted again)
          const problems = Array.isArray(stored?.problems) ? unpackShared<CliProblem>(stored.problems) : undefined;
          if (problems) this.entries[path] = { ...stored, problems };
        }
      }
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
    const entries: Record<string, StoredEntry> = {};
    for (const [path, entry] of Object.entries(this.entries)) entries[path] = { ...entry, problems: packShared(entry.problems) };
    const data = Buffer.from(JSON.stringify({ version: VERSION, format: CACHE_FORMAT, entries } satisfies CacheFile));
    if (existsSync(this.file)) writeFileAtomic(this.file, data);
    else writeFileSync(this.file, data); // first run: there is nothing to replace yet
  }
}
