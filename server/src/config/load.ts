// Finds and reads configuration on disk: .plandocrc.json, .plandocrc.jsonc or a
// "plandoc" key in package.json, walking up from the document's folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { createRequire } from 'node:module';
import type { ResolvedConfig, UserConfig } from '../core/config/types.js';
import { resolveConfig, validateUserConfig } from '../core/config/resolve.js';
import type { Localized } from '../core/types.js';

export const CONFIG_FILES = ['.plandocrc.json', '.plandocrc.jsonc', 'package.json'] as const;

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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, '', { zh: `无法读取配置文件（${(e as NodeJS.ErrnoException).code ?? e}）`, en: `Cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? e})` });
  }
  const errors: ParseError[] = [];
  const parsed = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0]!;
    const line = text.slice(0, e.offset).split('\n').length;
    throw new ConfigError(file, '', { zh: `JSON 语法错误：${printParseErrorCode(e.error)}`, en: `JSON syntax error: ${printParseErrorCode(e.error)}` }, line);
  }
  const isPackage = file.endsWith('package.json');
  const value = isPackage ? (parsed as Record<string, unknown> | undefined)?.plandoc : parsed;
  const issues = validateUserConfig(value ?? {});
  if (issues.length) {
    const first = issues[0]!;
    const key = isPackage ? `plandoc.${first.key}` : first.key;
    throw new ConfigError(file, key, first.message, lineOfKey(text, first.key));
  }
  return { file, dir: dirname(file), config: (value ?? {}) as UserConfig };
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
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (!pkg || typeof pkg !== 'object' || pkg.plandoc === undefined) return null;
  } catch {
    return null; // a broken package.json is not ours to report
  }
  return loadConfigFile(file);
}

export function clearConfigCache(): void {
  cache.clear();
}

/** Nearest config file found walking up from the file's folder (the nearest one wins; no merging upwards). */
export function findConfigFile(filePath: string): LoadedConfigFile | null {
  let dir = dirname(resolve(filePath));
  for (;;) {
    const found = configInDir(dir);
    if (found) return found;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

// loaded on first use: most runs have no overrides, and startup time matters for the CLI
let picomatchModule: typeof import('picomatch') | undefined;
function picomatch(glob: string | string[], options: import('picomatch').PicomatchOptions) {
  picomatchModule ??= createRequire(import.meta.url)('picomatch') as typeof import('picomatch');
  return picomatchModule(glob, options);
}

export function matcherFor(filePath: string, baseDir: string): (glob: string | string[]) => boolean {
  const rel = relative(baseDir, resolve(filePath)).split(sep).join('/');
  return (glob) => picomatch(glob, { dot: true, matchBase: !String(glob).includes('/') })(rel);
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
