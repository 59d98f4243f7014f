// The configuration for one file as the CLI sees it: the nearest config file (or --config / --no-config),
// then --profile and --rule on top: flags on the command line win over files.
import { dirname, resolve, sep } from 'node:path';
import type { ResolvedConfig, RuleSetting, UserConfig } from '../core/config/types.js';
import type { Severity } from '../core/types.js';
import { applyRuleSettings, defaultConfig, resolveConfig } from '../core/config/resolve.js';
import { findConfigFile, loadConfigFile, matcherFor, type LoadedConfigFile, type UnreadPackageJson } from '../config/load.js';
import { matchesGlob } from '../config/glob.js';

export type { UnreadPackageJson } from '../config/load.js';

export interface ConfigOptions {
  noConfig: boolean;
  configFile?: string;
  profile?: 'common' | 'gbt9704';
  rules: Record<string, Severity | 'off'>;
}

export interface FileConfig {
  config: ResolvedConfig;
  /** the config file used, if any */
  source?: LoadedConfigFile;
}

export class FileConfigResolver {
  private readonly byDir = new Map<string, LoadedConfigFile | null>();
  private explicit?: LoadedConfigFile;
  private readonly ignoreMatchers = new Map<string, (rel: string) => boolean>();
  /** per config file (or '' for none): the one config of every file it governs, when it has no overrides */
  private readonly shared = new Map<string, FileConfig>();
  /** the paths in unreadPackageJson */
  private readonly unreadSeen = new Set<string>();
  /**
   * package.json files the search passed over because they are not regular files (a FIFO, /dev/zero, a folder) or
   * are too large: findConfigFile tells of them as it walks (looked at with stat only), and the CLI says so once
   * each, in search order.
   */
  readonly unreadPackageJson: UnreadPackageJson[] = [];
  private readonly onUnread = (u: UnreadPackageJson) => {
    if (this.unreadSeen.has(u.path)) return;
    this.unreadSeen.add(u.path);
    this.unreadPackageJson.push(u);
  };

  constructor(private readonly options: ConfigOptions) {
    if (options.configFile) this.explicit = loadConfigFile(resolve(options.configFile));
  }

  /** The config file that governs a path; lookups are cached per folder (ConfigError propagates). */
  sourceFor(filePath: string): LoadedConfigFile | undefined {
    if (this.options.noConfig) return undefined;
    if (this.explicit) return this.explicit;
    const dir = dirname(resolve(filePath));
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(filePath, this.onUnread);
      this.byDir.set(dir, found);
    }
    return found ?? undefined;
  }

  /**
   * The config of one file. Without `overrides` (whose globs select by path) every file under one config
   * file gets the same object, resolved once: the per-file cost of a big run is then a map lookup.
   * The core treats a ResolvedConfig as read-only.
   */
  forFile(filePath: string): FileConfig {
    const source = this.sourceFor(filePath);
    const sharedKey = source ? (source.config.overrides?.length ? undefined : source.file) : '';
    if (sharedKey !== undefined) {
      const known = this.shared.get(sharedKey);
      if (known) return known;
    }
    const resolved = this.resolve(filePath, source);
    if (sharedKey !== undefined) this.shared.set(sharedKey, resolved);
    return resolved;
  }

  private resolve(filePath: string, source: LoadedConfigFile | undefined): FileConfig {
    const cliRules = this.options.rules as Record<string, RuleSetting>;
    if (!source) {
      const config = defaultConfig(this.options.profile ?? 'common');
      applyRuleSettings(config, cliRules);
      return { config };
    }
    let user: UserConfig = source.config;
    if (this.options.profile) {
      user = { ...user, profile: this.options.profile, overrides: user.overrides?.map(({ profile: _p, ...o }) => o) };
    }
    const config = resolveConfig(user, matcherFor(filePath, source.dir));
    applyRuleSettings(config, cliRules);
    return { config, source };
  }

  /** True when the governing config's `ignores` globs (relative to the config file's folder) match the file. */
  isIgnoredByConfig(filePath: string): boolean {
    const source = this.sourceFor(filePath);
    const globs = source?.config.ignores;
    if (!source || !globs?.length) return false;
    let match = this.ignoreMatchers.get(source.file);
    if (!match) {
      // linear-time matching: the globs come from a config file the run did not write (config/glob.ts)
      match = (rel: string) => globs.some((g) => matchesGlob(g, rel));
      this.ignoreMatchers.set(source.file, match);
    }
    const abs = resolve(filePath);
    if (!abs.startsWith(source.dir + sep)) return false;
    const rel = abs.slice(source.dir.length + 1).split(sep).join('/');
    return match(rel) || matchesAncestor(match, rel);
  }
}

/** `ignores: ["drafts"]` or `["drafts/"]` means everything below that folder too. */
function matchesAncestor(match: (rel: string) => boolean, rel: string): boolean {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (match(dir) || match(`${dir}/`)) return true;
  }
  return false;
}
