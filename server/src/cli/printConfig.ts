// plandoc lint --print-config FILE: the profile and rule settings that apply to FILE, and where each came
// from (a default, the config file's rules or one of its overrides, or --profile / --rule), as JSON.
import { resolve } from 'node:path';
import { rules } from '../core/rules/registry.js';
import type { RuleSetting } from '../core/config/types.js';
import { matcherFor } from '../config/load.js';
import { FileConfigResolver, type ConfigOptions } from './configFor.js';
import { displayPath } from './lintFile.js';

export interface PrintedConfig {
  file: string;
  /** the config file that governs the file (null: none, or --no-config) */
  configFile: string | null;
  /** true when the config's `ignores` leave the file out of a lint run */
  ignored: boolean;
  profile: { value: string; from: string };
  levels: string[];
  rules: Record<string, { severity: string; options: Record<string, unknown>; from: string }>;
}

const DEFAULT = 'default';

export function printedConfig(file: string, options: ConfigOptions, cwd: string): PrintedConfig {
  const path = resolve(cwd, file);
  const resolver = new FileConfigResolver(options);
  const { config, source } = resolver.forFile(path);
  const name = source ? displayPath(source.file, cwd) : null;

  // replay the layers resolveConfig and the CLI apply, in their order, to say which one set each value last
  let profileFrom = DEFAULT;
  const ruleFrom = new Map<string, string>(rules.map((r) => [r.meta.id, DEFAULT]));
  const take = (settings: Record<string, RuleSetting> | undefined, from: string) => {
    for (const id of Object.keys(settings ?? {})) ruleFrom.set(id, from);
  };
  if (source) {
    const user = source.config;
    if (user.profile) profileFrom = `${name} profile`;
    const matches = matcherFor(path, source.dir);
    user.overrides?.forEach((o, i) => {
      if (o.profile && matches(o.files)) profileFrom = `${name} overrides[${i}].profile`;
    });
    take(user.rules, `${name} rules`);
    user.overrides?.forEach((o, i) => {
      if (matches(o.files)) take(o.rules, `${name} overrides[${i}].rules`);
    });
  }
  if (options.profile) profileFrom = '--profile';
  take(options.rules, '--rule');

  const printed: PrintedConfig['rules'] = {};
  for (const r of rules) {
    const setting = config.rules[r.meta.id] ?? { severity: r.meta.defaultSeverity, options: {} };
    printed[r.meta.id] = { severity: setting.severity, options: setting.options, from: ruleFrom.get(r.meta.id)! };
  }
  return {
    file: displayPath(path, cwd),
    configFile: name,
    ignored: resolver.isIgnoredByConfig(path),
    profile: { value: config.profile, from: profileFrom },
    levels: config.levels,
    rules: printed,
  };
}
