// The browser build's config/load.ts (scripts/web-build.mjs substitutes it): the same lookup — the nearest
// .plandocrc.json, .plandocrc.jsonc or package.json "plandoc" above a document, then its overrides — over
// the config files the extension host sent (./protocol.ts), keyed by URI instead of by path on disk.
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { ResolvedConfig, UserConfig } from '../core/config/types.js';
import { resolveConfig } from '../core/config/resolve.js';
import { matchesGlob } from '../config/glob.js';
import { parseConfigText, type LoadedConfigFile } from '../config/parseConfig.js';
import type { ConfigFileText } from './protocol.js';

export { ConfigError } from '../config/parseConfig.js';

export const CONFIG_FILES = ['.plandocrc.json', '.plandocrc.jsonc', 'package.json'] as const;

const texts = new Map<string, string>();
const loaded = new Map<string, LoadedConfigFile | null>();

/** Replaces every known config file (the extension host sends them all each time). */
export function setConfigFiles(files: readonly ConfigFileText[]): void {
  texts.clear();
  loaded.clear();
  for (const f of files) texts.set(stripSlash(f.uri), f.text);
}

export function clearConfigCache(): void {
  loaded.clear();
}

function stripSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

/** The folder URI above `uri`, or undefined at the root of its authority (scheme://authority/). */
function parentOf(uri: string): string | undefined {
  const start = uri.indexOf('://');
  const pathStart = start < 0 ? uri.indexOf(':') + 1 : uri.indexOf('/', start + 3);
  const slash = uri.lastIndexOf('/');
  if (pathStart < 0 || slash < pathStart) return undefined;
  return uri.slice(0, slash);
}

/** A package.json without a readable "plandoc" key is not ours to report; everything else is parsed as on disk. */
function load(file: string, text: string): LoadedConfigFile | null {
  if (file.endsWith('/package.json')) {
    const errors: ParseError[] = [];
    const parsed = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false }) as Record<string, unknown> | undefined;
    if (errors.length || parsed?.plandoc === undefined) return null;
  }
  return { file, dir: parentOf(file) ?? file, config: parseConfigText(file, text) };
}

function configIn(dir: string): LoadedConfigFile | null {
  for (const name of CONFIG_FILES) {
    const file = `${dir}/${name}`;
    const text = texts.get(file);
    if (text === undefined) continue;
    let found = loaded.get(file);
    if (found === undefined) {
      found = load(file, text);
      loaded.set(file, found);
    }
    if (found) return found;
  }
  return null;
}

export function findConfigFile(documentUri: string): LoadedConfigFile | null {
  for (let dir = parentOf(documentUri); dir !== undefined; dir = parentOf(dir)) {
    const found = configIn(dir);
    if (found) return found;
  }
  return null;
}

/** Globs match the document's path below the config file's folder, decoded (制度/** against %E5%88%B6%E5%BA%A6/…). */
export function matcherFor(documentUri: string, baseDir: string): (glob: string | string[]) => boolean {
  const inside = documentUri.startsWith(`${baseDir}/`) ? documentUri.slice(baseDir.length + 1) : documentUri;
  let rel: string;
  try {
    rel = decodeURIComponent(inside);
  } catch {
    rel = inside;
  }
  return (glob) => (Array.isArray(glob) ? glob : [glob]).some((g) => matchesGlob(g, rel, { matchBase: !g.includes('/') }));
}

/** As config/load.ts: editor settings first, then the nearest config file over them. */
export function loadConfigForFile(documentUri: string, settings?: UserConfig): { config: ResolvedConfig; sources: string[]; ignores: string[]; baseDir?: string } {
  const base = settings ? resolveConfig(settings, () => false) : undefined;
  const found = findConfigFile(documentUri);
  if (!found) return { config: base ?? resolveConfig({}, () => false), sources: [], ignores: [] };
  const config = resolveConfig(found.config, matcherFor(documentUri, found.dir), base);
  return { config, sources: [found.file], ignores: found.config.ignores ?? [], baseDir: found.dir };
}
