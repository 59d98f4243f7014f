// plandoc lint --since REF: only the files changed since a git ref — committed since it, changed in the
// working tree, or new and not ignored — so a large repository's CI lints what a change touched.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathFromBytes, realPath } from '../io/bytePath.js';
import { CliError } from './errors.js';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

/** The NUL-separated names git prints with -z, each kept byte for byte (a name need not be UTF-8). */
function gitNames(args: string[], cwd: string): string[] {
  const out = execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const names: string[] = [];
  for (let start = 0; start < out.length;) {
    let end = out.indexOf(0, start);
    if (end < 0) end = out.length;
    if (end > start) names.push(pathFromBytes(out.subarray(start, end)));
    start = end + 1;
  }
  return names;
}

/** Real paths of the files changed since `ref`; throws a CliError outside a repository or for an unknown ref. */
export function changedSince(ref: string, cwd: string): Set<string> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    throw new CliError({ zh: `--since 需要在 git 仓库中使用（${cwd} 不在仓库中）`, en: `--since needs a git repository (${cwd} is not in one)` });
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch {
    throw new CliError({
      zh: `--since：找不到 git 引用“${ref}”（浅克隆中请先 git fetch 该分支，或在 actions/checkout 中设 fetch-depth: 0）`,
      en: `--since: no git ref "${ref}" (in a shallow clone, git fetch that branch first, or set fetch-depth: 0 in actions/checkout)`,
    });
  }
  // -z: names as they are (no quoting of non-ASCII names such as 制度/考勤.md); deleted files are left out
  const changed = gitNames(['diff', '--name-only', '-z', '--diff-filter=d', ref, '--'], top);
  const untracked = gitNames(['ls-files', '--others', '--exclude-standard', '-z'], top);
  const root = realpathSync(top);
  return new Set([...changed, ...untracked].map((p) => join(root, p)));
}

/** The files among `files` (absolute) that changed: compared by real path, so a symlinked checkout matches. */
export function keepChanged(files: string[], changed: Set<string>): string[] {
  return files.filter((f) => {
    try {
      return changed.has(realPath(f));
    } catch {
      return false;
    }
  });
}
