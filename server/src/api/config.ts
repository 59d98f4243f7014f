// Options of the Node API → the engine's ResolvedConfig: a config object, a config file or the nearest one to
// filePath (as the CLI finds it), then profile and rules on top, as `plandoc lint --profile/--rule` do.
import { resolve } from 'node:path';
import type { ResolvedConfig, RuleSetting as CoreRuleSetting, UserConfig as CoreUserConfig } from '../core/config/types.js';
import { applyRuleSettings, defaultConfig, resolveConfig, validateUserConfig } from '../core/config/resolve.js';
import { ConfigError, findConfigFile, loadConfigFile, matcherFor, type LoadedConfigFile } from '../config/load.js';
import type { Options } from './types.js';
import { PlanDocError } from './errors.js';

export interface ApiConfig {
  config: ResolvedConfig;
  configFile?: string;
}

/** Where an inline config object is said to come from in error messages. */
const INLINE = 'options.config';

export function resolveOptions(options: Options = {}): ApiConfig {
  if (options.profile !== undefined && options.profile !== 'common' && options.profile !== 'gbt9704') {
    throw new PlanDocError({ zh: `profile 只能是 common 或 gbt9704，收到“${String(options.profile)}”`, en: `profile must be common or gbt9704, got "${String(options.profile)}"` }, { key: 'profile' });
  }
  if (options.locale !== undefined && options.locale !== 'zh' && options.locale !== 'en') {
    throw new PlanDocError({ zh: `locale 只能是 zh 或 en，收到“${String(options.locale)}”`, en: `locale must be zh or en, got "${String(options.locale)}"` }, { key: 'locale' });
  }
  const filePath = options.filePath === undefined ? undefined : resolve(options.filePath);
  const source = configSource(options, filePath);
  let user: CoreUserConfig = source?.config ?? {};
  if (options.profile) user = { ...user, profile: options.profile, overrides: user.overrides?.map(({ profile: _p, ...o }) => o) };
  const config = source
    ? resolveConfig(user, filePath ? matcherFor(filePath, source.dir) : () => false)
    : defaultConfig(options.profile ?? 'common');
  if (options.rules !== undefined) {
    checkRules(options.rules);
    applyRuleSettings(config, options.rules as Record<string, CoreRuleSetting>);
  }
  return { config, configFile: source && source.file !== INLINE ? source.file : undefined };
}

function configSource(options: Options, filePath: string | undefined): LoadedConfigFile | undefined {
  const given = options.config;
  try {
    if (given === false) return undefined;
    if (typeof given === 'string') return loadConfigFile(resolve(given));
    if (given !== undefined) {
      const issue = validateUserConfig(given)[0];
      if (issue) throw new PlanDocError(issue.message, { file: INLINE, key: issue.key });
      // an inline config stands where a config file in the working folder would
      return { file: INLINE, dir: resolve(options.cwd ?? process.cwd()), config: given as CoreUserConfig };
    }
    return filePath ? findConfigFile(filePath) ?? undefined : undefined;
  } catch (e) {
    if (e instanceof ConfigError) throw new PlanDocError(e.localized, { file: e.file, key: e.key, line: e.line });
    throw e;
  }
}

function checkRules(rules: unknown): void {
  // the config file's own checks: unknown rules, severities and options
  const issue = validateUserConfig({ rules })[0];
  if (issue) throw new PlanDocError(issue.message, { key: issue.key });
}
