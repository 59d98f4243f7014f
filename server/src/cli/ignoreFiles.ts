// .gitignore and .plandocignore, honoured per folder like git does: each file's patterns apply below its folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';

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
    // a repository root ends the walk: ignore files above it belong to someone else
    const base = parent === dir || existsSync(join(dir, '.git')) ? [] : this.chainFor(parent);
    const own = loadLevel(dir);
    const chain = own ? [...base, own] : base;
    this.chains.set(dir, chain);
    return chain;
  }
}

function loadLevel(dir: string): Level | undefined {
  let matcher: Ignore | undefined;
  for (const name of IGNORE_FILES) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    matcher ??= newIgnore();
    matcher.add(text);
  }
  return matcher ? { dir, matcher } : undefined;
}
