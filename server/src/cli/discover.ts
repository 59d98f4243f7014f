// Which files a lint run covers: explicit files, folders (by extension) and globs, minus ignored paths,
// sorted so every run, every --jobs count and every shard sees the same order.
//
// Only regular files are listed. Symbolic links to files are linted once per real file; links to folders
// are not followed (unless --follow-symlinks); dangling links, loops, FIFOs, devices and sockets are skipped
// with a notice. A file or folder name that is not valid UTF-8 is kept byte for byte (io/bytePath.ts): such
// files are linted, such folders walked, and the config and ignore files in them found by their bytes.
import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fsPath, pathFromBytes, realPath } from '../io/bytePath.js';
import { IgnoreFiles } from './ignoreFiles.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.plan'];
/** never descended into (folders whose name starts with a dot are skipped too) */
const SKIPPED_FOLDERS = new Set(['node_modules']);
/** the same for globs */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'];

export interface DiscoverOptions {
  cwd: string;
  extensions: string[];
  useIgnoreFiles: boolean;
  isIgnoredByConfig: (file: string) => boolean;
  /** follow symbolic links to folders (each real folder is still walked once) */
  followSymlinks?: boolean;
}

export type SkipReason = 'special' | 'dangling' | 'loop' | 'ignore-file';

export interface SkippedPath {
  /** the path as found (a name that is not UTF-8 holds its bytes as in io/bytePath.ts) */
  path: string;
  reason: SkipReason;
  /** for ignore files: the errno-like code */
  code?: string;
}

export interface Discovered {
  files: string[];
  /** paths that do not exist and globs that matched nothing */
  missing: string[];
  /** explicitly named files left out by an ignore file or config `ignores` */
  ignoredExplicit: string[];
  /** paths that are not linted and say why (never a failure of the run) */
  skipped: SkippedPath[];
  /** the folders the run covers (real paths): --fix writes nowhere else */
  roots: string[];
}

type Kind = 'file' | 'link-file' | 'dir' | 'link-dir' | 'special' | 'dangling' | 'loop' | 'none';

export async function discoverFiles(patterns: string[], options: DiscoverOptions): Promise<Discovered> {
  const ignoreFiles = options.useIgnoreFiles ? new IgnoreFiles() : undefined;
  const isIgnored = (f: string) => (ignoreFiles?.isIgnored(f) ?? false) || options.isIgnoredByConfig(f);
  const extensions = new Set(options.extensions.map((e) => e.toLowerCase()));
  const found = new Set<string>();
  /** symbolic links to files: kept only when no other path already reaches the same real file */
  const links = new Set<string>();
  const missing: string[] = [];
  const ignoredExplicit: string[] = [];
  const skipped: SkippedPath[] = [];
  const roots = new Set<string>();
  const walk = new Walk(extensions, skipped, options.followSymlinks ?? false);
  const add = (file: string, kind: Kind) => {
    if (isIgnored(file)) return false;
    (kind === 'link-file' ? links : found).add(file);
    return true;
  };

  for (const pattern of patterns) {
    const abs = resolve(options.cwd, pattern);
    // tinyglobby loads only when a folder or glob needs it: linting named files (pre-commit) starts faster
    const kind = kindOf(abs);
    if (kind === 'file' || kind === 'link-file') {
      roots.add(realDir(abs, false));
      if (isIgnored(abs)) ignoredExplicit.push(pattern);
      else add(abs, kind);
      continue;
    }
    if (kind === 'special' || kind === 'dangling' || kind === 'loop') {
      skipped.push({ path: abs, reason: kind });
      continue;
    }
    if (kind === 'dir' || kind === 'link-dir') {
      roots.add(realDir(abs, true));
      const matches: { path: string; kind: Kind }[] = [];
      walk.folder(abs, matches);
      for (const m of matches) add(m.path, m.kind);
      continue;
    }
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!isDynamicPattern(pattern)) {
      missing.push(pattern);
      continue;
    }
    const matches = await glob(pattern.split('\\').join('/'), { cwd: options.cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false });
    if (!matches.length) {
      missing.push(pattern);
      continue;
    }
    roots.add(realDir(resolve(options.cwd, staticBase(pattern)), true));
    for (const m of matches) {
      const file = resolve(m);
      const k = kindOf(file);
      if (k === 'file' || k === 'link-file') add(file, k);
      else if (k === 'special' || k === 'dangling' || k === 'loop') skipped.push({ path: file, reason: k });
    }
  }
  // each real file once: a link is dropped when its target is listed under its own name or by another link
  const real = new Set<string>();
  for (const f of found) real.add(f);
  for (const link of [...links].sort(codeUnitOrder)) {
    let target: string;
    try {
      target = realPath(link);
    } catch {
      continue; // gone meanwhile: nothing to lint
    }
    if (real.has(target)) continue;
    real.add(target);
    found.add(link);
  }
  for (const s of ignoreFiles?.skipped ?? []) skipped.push({ path: s.path, reason: 'ignore-file', code: s.code });
  // code-unit order, independent of the machine's locale
  const files = [...found].sort(codeUnitOrder);
  return { files, missing, ignoredExplicit, skipped, roots: [...roots] };
}

function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The folders of a glob before its first wildcard: `docs/**\/*.md` → `docs`. */
function staticBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const base: string[] = [];
  for (const p of parts) {
    if (/[*?[\]{}()!]/.test(p)) break;
    base.push(p);
  }
  return base.length === parts.length ? base.slice(0, -1).join('/') || '.' : base.join('/') || '.';
}

function realDir(path: string, isDir: boolean): string {
  try {
    return realpathSync(isDir ? path : resolve(path, '..'));
  } catch {
    return resolve(path);
  }
}

/** What a path is; a symbolic link is followed one step to tell a link to a file from a broken link. */
function kindOf(path: string): Kind {
  let own;
  try {
    own = lstatSync(fsPath(path), { throwIfNoEntry: false });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'loop' : 'none';
  }
  if (!own) return 'none';
  if (!own.isSymbolicLink()) return own.isDirectory() ? 'dir' : own.isFile() ? 'file' : 'special';
  try {
    const target = statSync(fsPath(path));
    return target.isDirectory() ? 'link-dir' : target.isFile() ? 'link-file' : 'special';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'loop';
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'dangling';
    return 'link-file'; // EACCES and the like: reading it reports the error
  }
}

/**
 * A plain readdir walk: a folder of thousands of files is listed in a few milliseconds, without a glob engine
 * matching every path. Names are read as bytes, so a name that is not UTF-8 keeps its bytes instead of being
 * turned into U+FFFD (two such files would become one path, or a path that does not exist).
 */
class Walk {
  /** real paths of folders walked through links (a link loop must not walk forever) */
  private readonly visited = new Set<string>();

  constructor(private readonly extensions: Set<string>, private readonly skipped: SkippedPath[], private readonly followLinks: boolean) {}

  folder(dir: string, out: { path: string; kind: Kind }[]): void {
    let entries: Dirent<Buffer>[];
    try {
      entries = readdirSync(fsPath(dir), { withFileTypes: true, encoding: 'buffer' }) as unknown as Dirent<Buffer>[];
    } catch {
      return; // an unreadable folder is passed over, as the glob walk did
    }
    for (const entry of entries) {
      const raw = entry.name as unknown as Buffer;
      if (raw[0] === 0x2e /* . */) continue;
      const name = isUtf8(raw) ? raw.toString('utf8') : pathFromBytes(raw);
      const path = join(dir, name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) this.folder(path, out);
        continue;
      }
      if (entry.isSymbolicLink()) {
        this.link(path, name, out);
        continue;
      }
      if (!this.hasExtension(name)) continue;
      if (entry.isFile()) out.push({ path, kind: 'file' });
      else this.skipped.push({ path, reason: 'special' });
    }
  }

  private link(path: string, name: string, out: { path: string; kind: Kind }[]): void {
    const kind = kindOf(path);
    if (kind === 'link-dir') {
      if (!this.followLinks || SKIPPED_FOLDERS.has(name)) return; // not followed: its files may lie anywhere
      let real: string;
      try {
        real = realPath(path);
      } catch {
        return;
      }
      if (this.visited.has(real)) return;
      this.visited.add(real);
      this.folder(path, out);
      return;
    }
    if (!this.hasExtension(name)) return;
    if (kind === 'link-file') out.push({ path, kind });
    else if (kind === 'special' || kind === 'dangling' || kind === 'loop') this.skipped.push({ path, reason: kind });
  }

  private hasExtension(name: string): boolean {
    const dot = name.lastIndexOf('.');
    return dot > 0 && this.extensions.has(name.slice(dot).toLowerCase());
  }
}

/** True when `path` (a real path) lies in one of the roots. */
export function insideRoots(path: string, roots: readonly string[]): boolean {
  return roots.some((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep));
}
