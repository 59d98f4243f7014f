// Finds and reads configuration on disk: .plandocrc.json, .plandocrc.jsonc, .plandocrc or a
// "plandoc" key in package.json, walking up from the document's folder to the repository root.
//
// Folders are looked up by their bytes (io/bytePath.ts): a document inside a folder whose name is not UTF-8 finds
// the config of that folder like any other (a string path would have turned those bytes into U+FFFD).
import { statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ResolvedConfig, UserConfig } from '../core/config/types.js';
import { resolveConfig } from '../core/config/resolve.js';
import { fsPath } from '../io/bytePath.js';
import { FileTooLargeError, NotRegularFileError, readSmallTextFile, specialKind, type SpecialKind } from '../io/regularFile.js';
import { matchesGlob } from './glob.js';
import { ConfigError, parseConfigText, type LoadedConfigFile } from './parseConfig.js';

/** `.plandocrc` (JSONC, no extension) is read too: the extension validates it with the same schema. */
export const CONFIG_FILES = ['.plandocrc.json', '.plandocrc.jsonc', '.plandocrc', 'package.json'] as const;

/** Size limits: a config is a few hundred bytes, a package.json rarely more than a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_PACKAGE_JSON_BYTES = 4 * 1024 * 1024;

export { ConfigError, type LoadedConfigFile } from './parseConfig.js';

/** Reads and validates one config file; throws ConfigError with the file, key and line. */
export function loadConfigFile(file: string): LoadedConfigFile {
  const text = readConfigText(file, file.endsWith('package.json') ? MAX_PACKAGE_JSON_BYTES : MAX_CONFIG_BYTES);
  return { file, dir: dirname(file), config: parseConfigText(file, text) };
}

/** The text of a config file: a regular file under the size limit, BOM removed; anything else is a ConfigError. */
function readConfigText(file: string, limit: number): string {
  try {
    return readSmallTextFile(file, limit);
  } catch (e) {
    if (e instanceof NotRegularFileError) {
      const kind = { fifo: ['命名管道', 'a named pipe (FIFO)'], socket: ['套接字', 'a socket'], device: ['设备文件', 'a device'], other: ['特殊文件', 'a special file'] }[e.kind];
      throw new ConfigError(file, '', { zh: `这不是普通文件，而是${kind[0]}，未读取。请删除它或换成普通的 JSON 文件`, en: `This is ${kind[1]}, not a regular file, so it was not read. Remove it or replace it with a plain JSON file` });
    }
    if (e instanceof FileTooLargeError) {
      throw new ConfigError(file, '', { zh: `文件超过 ${limit / 1024 / 1024} MB 的上限，未读取`, en: `The file exceeds the limit of ${limit / 1024 / 1024} MB and was not read` });
    }
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new ConfigError(file, '', { zh: `无法读取配置文件（${code}）`, en: `Cannot read the configuration file (${code})` });
  }
}

/** A package.json on the search path that was not read for its "plandoc" key, and why (the CLI names it). */
export interface UnreadPackageJson {
  path: string;
  kind: SpecialKind | 'folder' | 'too-large';
}

const cache = new Map<string, { mtimeMs: number; loaded: LoadedConfigFile | null; unread?: UnreadPackageJson['kind'] }>();

/** stat that follows links and keeps a name's bytes; undefined for a path that is not there (or a link loop). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(fsPath(path), { throwIfNoEntry: false });
  } catch {
    return undefined; // ELOOP, EACCES on a folder above: nothing could be read there either
  }
}

/**
 * The config file that governs `dir` (nearest first), or null. Cached by mtime. A package.json that is not a
 * regular file or is over its limit is looked at with stat only (a FIFO is never opened, /dev/zero never read)
 * and passed over; `onUnread` hears of it each time the search passes it.
 */
function configInDir(dir: string, onUnread?: (u: UnreadPackageJson) => void): LoadedConfigFile | null {
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    const st = statOf(file);
    if (!st) continue;
    const mtimeMs = st.mtimeMs;
    let hit = cache.get(file);
    if (!hit || hit.mtimeMs !== mtimeMs) {
      if (name === 'package.json') {
        const unread = !st.isFile() ? (st.isDirectory() ? 'folder' : specialKind(st)) : st.size > MAX_PACKAGE_JSON_BYTES ? 'too-large' : undefined;
        hit = { mtimeMs, loaded: unread ? null : loadPackageConfig(file), unread };
      } else hit = { mtimeMs, loaded: loadConfigFile(file) };
      cache.set(file, hit);
    }
    if (hit.unread) onUnread?.({ path: file, kind: hit.unread });
    if (hit.loaded) return hit.loaded;
  }
  return null;
}

function loadPackageConfig(file: string): LoadedConfigFile | null {
  try {
    // bounded and regular only, like every config read; deep nesting is no risk to JSON.parse (iterative in V8)
    const pkg = JSON.parse(readSmallTextFile(file, MAX_PACKAGE_JSON_BYTES)) as Record<string, unknown>;
    if (!pkg || typeof pkg !== 'object' || pkg.plandoc === undefined) return null;
  } catch {
    return null; // a broken package.json is not ours to report
  }
  return loadConfigFile(file);
}

export function clearConfigCache(): void {
  cache.clear();
}

/**
 * Nearest config file found walking up from the file's folder (the nearest one wins; no merging upwards).
 * The walk ends at the repository root (a folder holding .git): a config above it belongs to someone else,
 * and a parent folder's config once turned every rule off for a checked-out repository.
 */
export function findConfigFile(filePath: string, onUnread?: (u: UnreadPackageJson) => void): LoadedConfigFile | null {
  let dir = dirname(resolve(filePath));
  for (;;) {
    const found = configInDir(dir, onUnread);
    if (found) return found;
    const parent = dirname(dir);
    if (parent === dir || statOf(join(dir, '.git'))) return null;
    dir = parent;
  }
}

/** Override globs are matched in linear time (config/glob.ts): a glob from a config is untrusted input. */
export function matcherFor(filePath: string, baseDir: string): (glob: string | string[]) => boolean {
  const rel = relative(baseDir, resolve(filePath)).split(sep).join('/');
  return (glob) => (Array.isArray(glob) ? glob : [glob]).some((g) => matchesGlob(g, rel, { matchBase: !g.includes('/') }));
}

/**
 * Config for one document: editor/CLI settings first, then the nearest config
 * file over them (the project's file is the team's shared truth).
 */
export function loadConfigForFile(filePath: string, settings?: UserConfig, explicitFile?: string): { config: ResolvedConfig; sources: string[]; ignores: string[]; baseDir?: string } {
  const base = settings ? resolveConfig(settings, () => false) : undefined;
  const found = explicitFile ? loadConfigFile(resolve(explicitFile)) : findConfigFile(filePath);
  if (!found) return { config: base ?? resolveConfig({}, () => false), sources: [], ignores: [] };
  const config = resolveConfig(found.config, matcherFor(filePath, found.dir), base);
  return { config, sources: [found.file], ignores: found.config.ignores ?? [], baseDir: found.dir };
}
