// .gitignore and .plandocignore, honoured per folder like git does: each file's patterns apply below its folder.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { fsPath } from '../io/bytePath.js';
import { readSmallTextFile } from '../io/regularFile.js';

/** An ignore file larger than this is not a list of patterns someone wrote: it is skipped with a notice. */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

/** An ignore file that exists but was not read (a FIFO, a device, too large …). */
export interface SkippedIgnoreFile {
  path: string;
  code: string;
}

type IgnoreFactory = () => Ignore;
let ignoreFactory: IgnoreFactory | undefined;
/** `ignore` is loaded on the first ignore file found, not at start-up. */
function newIgnore(): Ignore {
  // a plain require() call: esbuild bundles the package and keeps its initialisation lazy
  ignoreFactory ??= require('ignore') as IgnoreFactory;
  return ignoreFactory();
}

export const IGNORE_FILES = ['.gitignore', '.plandocignore'] as const;

interface Level {
  dir: string;
  matcher: Ignore;
}

export class IgnoreFiles {
  /** folder → ignore levels from the repository root (or file-system root) down to that folder */
  private readonly chains = new Map<string, Level[]>();
  /** ignore files that exist but could not be read safely: the caller reports them */
  readonly skipped: SkippedIgnoreFile[] = [];

  isIgnored(filePath: string): boolean {
    for (const level of this.chainFor(dirname(filePath))) {
      const rel = relative(level.dir, filePath).split(sep).join('/');
      if (rel && !rel.startsWith('..') && level.matcher.ignores(rel)) return true;
    }
    return false;
  }

  private chainFor(dir: string): Level[] {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const parent = dirname(dir);
    // a repository root ends the walk: ignore files above it belong to someone else (looked up by the folder's
    // bytes, like the ignore files themselves: a folder whose name is not UTF-8 is no exception)
    const base = parent === dir || existsSync(fsPath(join(dir, '.git'))) ? [] : this.chainFor(parent);
    const own = loadLevel(dir, this.skipped);
    const chain = own ? [...base, own] : base;
    this.chains.set(dir, chain);
    return chain;
  }
}

function loadLevel(dir: string, skipped: SkippedIgnoreFile[]): Level | undefined {
  let matcher: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    let text: string;
    const path = join(dir, name);
    try {
      // a regular file under the limit only: a .gitignore linked to /dev/zero once ate 16 GB
      text = readSmallTextFile(path, MAX_IGNORE_FILE_BYTES);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      if (code !== 'ENOENT' && code !== 'ENOTDIR') skipped.push({ path, code });
      continue;
    }
    matcher ??= newIgnore();
    matcher.add(text);
  }
  return matcher ? { dir, matcher } : undefined;
}
