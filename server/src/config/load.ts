// Finds and reads configuration on disk: .plandocrc.json, .plandocrc.jsonc, .plandocrc or a
// "plandoc" key in package.json, walking up from the document's folder to the repository root.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ResolvedConfig, UserConfig } from '../core/config/types.js';
import { resolveConfig, validateUserConfig } from '../core/config/resolve.js';
import type { Localized } from '../core/types.js';
import { FileTooLargeError, NotRegularFileError, readSmallTextFile } from '../io/regularFile.js';
import { lineBeyondDepth, MAX_CONFIG_DEPTH } from './jsonDepth.js';
import { matchesGlob } from './glob.js';
import { forbiddenKeysInText, strictConfigIssues } from './strictValidation.js';

/** `.plandocrc` (JSONC, no extension) is read too: the extension validates it with the same schema. */
export const CONFIG_FILES = ['.plandocrc.json', '.plandocrc.jsonc', '.plandocrc', 'package.json'] as const;

/** Size limits: a config is a few hundred bytes, a package.json rarely more than a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export const MAX_PACKAGE_JSON_BYTES = 4 * 1024 * 1024;

export class ConfigError extends Error {
  constructor(readonly file: string, readonly key: string, readonly localized: Localized, readonly line?: number) {
    super(`${file}${line ? `:${line}` : ''}${key ? ` (${key})` : ''}: ${localized.en}`);
  }
  format(locale: 'zh' | 'en'): string {
    const where = `${this.file}${this.line ? `:${this.line}` : ''}`;
    const key = this.key ? (locale === 'zh' ? `，配置项 ${this.key}` : `, key ${this.key}`) : '';
    return locale === 'zh' ? `配置无效：${where}${key}：${this.localized.zh}` : `Invalid configuration: ${where}${key}: ${this.localized.en}`;
  }
}

export interface LoadedConfigFile {
  file: string;
  dir: string;
  config: UserConfig;
}

/** Reads and validates one config file; throws ConfigError with the file, key and line. */
export function loadConfigFile(file: string): LoadedConfigFile {
  const text = readConfigText(file, file.endsWith('package.json') ? MAX_PACKAGE_JSON_BYTES : MAX_CONFIG_BYTES);
  const deep = lineBeyondDepth(text);
  if (deep !== undefined) {
    throw new ConfigError(file, '', { zh: `嵌套超过 ${MAX_CONFIG_DEPTH} 层，不是有效的 PlanDoc 配置`, en: `Nested more than ${MAX_CONFIG_DEPTH} levels deep; this is not a PlanDoc configuration` }, deep);
  }
  const errors: ParseError[] = [];
  const parsed = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0]!;
    const line = text.slice(0, e.offset).split('\n').length;
    throw new ConfigError(file, '', { zh: `JSON 语法错误：${printParseErrorCode(e.error)}`, en: `JSON syntax error: ${printParseErrorCode(e.error)}` }, line);
  }
  const isPackage = file.endsWith('package.json');
  // in package.json only the "plandoc" key is ours to judge
  const forbidden = forbiddenKeysInText(text).find((k) => !isPackage || k.key.startsWith('plandoc.'));
  if (forbidden) throw new ConfigError(file, forbidden.key, forbidden.message, forbidden.line);
  const value = isPackage ? (parsed as Record<string, unknown> | undefined)?.plandoc : parsed;
  const issues = [...validateUserConfig(value ?? {}), ...strictConfigIssues(value ?? {})];
  if (issues.length) {
    const first = issues[0]!;
    const key = isPackage ? `plandoc.${first.key}` : first.key;
    throw new ConfigError(file, key, first.message, lineOfKey(text, first.key));
  }
  return { file, dir: dirname(file), config: (value ?? {}) as UserConfig };
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

/** Best-effort line of the last segment of a key path, for the error message. */
function lineOfKey(text: string, key: string): number | undefined {
  const last = key.split(/[.[\]]/).filter(Boolean).pop();
  if (!last) return undefined;
  const at = text.indexOf(`"${last}"`);
  return at >= 0 ? text.slice(0, at).split('\n').length : undefined;
}

const cache = new Map<string, { mtimeMs: number; loaded: LoadedConfigFile | null }>();

/** The config file that governs `dir` (nearest first), or null. Cached by mtime. */
function configInDir(dir: string): LoadedConfigFile | null {
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const mtimeMs = statSync(file).mtimeMs;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) {
      if (hit.loaded) return hit.loaded;
      continue;
    }
    let loaded: LoadedConfigFile | null;
    if (name === 'package.json') {
      const pkg = loadPackageConfig(file);
      loaded = pkg;
    } else loaded = loadConfigFile(file);
    cache.set(file, { mtimeMs, loaded });
    if (loaded) return loaded;
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
export function findConfigFile(filePath: string): LoadedConfigFile | null {
  let dir = dirname(resolve(filePath));
  for (;;) {
    const found = configInDir(dir);
    if (found) return found;
    const parent = dirname(dir);
    if (parent === dir || existsSync(join(dir, '.git'))) return null;
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
