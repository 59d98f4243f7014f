// Which files a lint run covers: explicit files, folders (by extension) and globs, minus ignored paths,
// sorted so every run, every --jobs count and every shard sees the same order.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
}

export interface Discovered {
  files: string[];
  /** paths that do not exist and globs that matched nothing */
  missing: string[];
  /** explicitly named files left out by an ignore file or config `ignores` */
  ignoredExplicit: string[];
}

export async function discoverFiles(patterns: string[], options: DiscoverOptions): Promise<Discovered> {
  const ignoreFiles = options.useIgnoreFiles ? new IgnoreFiles() : undefined;
  const isIgnored = (f: string) => (ignoreFiles?.isIgnored(f) ?? false) || options.isIgnoredByConfig(f);
  const extensions = new Set(options.extensions.map((e) => e.toLowerCase()));
  const found = new Set<string>();
  const missing: string[] = [];
  const ignoredExplicit: string[] = [];

  for (const pattern of patterns) {
    const abs = resolve(options.cwd, pattern);
    // tinyglobby loads only when a folder or glob needs it: linting named files (pre-commit) starts faster
    const kind = statKind(abs);
    if (kind === 'file') {
      if (isIgnored(abs)) ignoredExplicit.push(pattern);
      else found.add(abs);
      continue;
    }
    let matches: string[];
    if (kind === 'dir') {
      matches = [];
      walkFolder(abs, extensions, matches);
      for (const file of matches) if (!isIgnored(file)) found.add(file);
      continue;
    }
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (isDynamicPattern(pattern)) {
      matches = await glob(pattern.split('\\').join('/'), { cwd: options.cwd, absolute: true, dot: false, ignore: ALWAYS_SKIPPED });
      if (!matches.length) {
        missing.push(pattern);
        continue;
      }
    } else {
      missing.push(pattern);
      continue;
    }
    for (const m of matches) {
      const file = resolve(m);
      if (!isIgnored(file)) found.add(file);
    }
  }
  // code-unit order, independent of the machine's locale
  const files = [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, missing, ignoredExplicit };
}

/**
 * Every file below `dir` with one of the extensions, skipping dot entries and node_modules, not following
 * symbolic links (a link is listed like a file, as the glob walk did). A plain readdir walk: a folder of
 * thousands of files is listed in a few milliseconds, without a glob engine matching every path.
 */
function walkFolder(dir: string, extensions: Set<string>, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder is passed over, as the glob walk did
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(name)) walkFolder(join(dir, name), extensions, out);
      continue;
    }
    const dot = name.lastIndexOf('.');
    if (dot > 0 && extensions.has(name.slice(dot).toLowerCase())) out.push(join(dir, name));
  }
}

function statKind(path: string): 'file' | 'dir' | 'none' {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
}
