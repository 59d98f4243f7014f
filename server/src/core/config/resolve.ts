// Turns user configuration into the ResolvedConfig a lint run uses, and validates it.
import type { ProfileName, ResolvedConfig, RuleSetting, UserConfig } from './types.js';
import type { MarkerFamily } from '../model/types.js';
import { MARKER_FAMILIES } from '../model/types.js';
import type { Localized } from '../types.js';
import { rules, ruleById } from '../rules/registry.js';

export const PROFILES: readonly ProfileName[] = ['common', 'gbt9704'];
const SEVERITIES = ['off', 'info', 'warning', 'error'];

export function defaultConfig(profile: ProfileName = 'common'): ResolvedConfig {
  const resolved: ResolvedConfig = { profile, levels: [...MARKER_FAMILIES], rules: {} };
  for (const r of rules) resolved.rules[r.meta.id] = { severity: r.meta.defaultSeverity, options: defaultOptions(r.meta.id) };
  return resolved;
}

function defaultOptions(id: string): Record<string, unknown> {
  const opts: Record<string, unknown> = {};
  for (const [k, spec] of Object.entries(ruleById(id)?.meta.options ?? {})) opts[k] = spec.default;
  return opts;
}

/** Applies rule settings over a resolved config (later settings win). */
export function applyRuleSettings(config: ResolvedConfig, settings: Record<string, RuleSetting> | undefined): void {
  if (!settings) return;
  for (const [id, setting] of Object.entries(settings)) {
    const current = config.rules[id] ?? { severity: 'off', options: {} };
    if (Array.isArray(setting)) {
      config.rules[id] = { severity: setting[0], options: { ...current.options, ...(setting[1] ?? {}) } };
    } else {
      config.rules[id] = { severity: setting, options: current.options };
    }
  }
}

/** A copy of settings data (plain JSON: severities, option values, level names). */
function cloneData<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Base config + user config, with overrides selected by the caller's file matcher. */
export function resolveConfig(user: UserConfig, matchesFile: (glob: string | string[]) => boolean, base?: ResolvedConfig): ResolvedConfig {
  let profile = user.profile ?? base?.profile ?? 'common';
  for (const o of user.overrides ?? []) if (o.profile && matchesFile(o.files)) profile = o.profile;
  const config = base && base.profile === profile ? cloneData(base) : defaultConfig(profile);
  if (base && base.profile !== profile) for (const [id, r] of Object.entries(base.rules)) config.rules[id] = cloneData(r);
  if (user.levels) config.levels = levelOrder(user.levels);
  applyRuleSettings(config, user.rules);
  for (const o of user.overrides ?? []) if (matchesFile(o.files)) applyRuleSettings(config, o.rules);
  return config;
}

/**
 * The user's level order completed with the families it leaves out. Unknown names and repeats are
 * dropped: editor settings reach here unvalidated, and a stray 'roman' would push 一、 down to level 1.
 */
function levelOrder(levels: readonly unknown[]): MarkerFamily[] {
  const known = [...new Set(levels.filter((f): f is MarkerFamily => MARKER_FAMILIES.includes(f as MarkerFamily)))];
  return [...known, ...MARKER_FAMILIES.filter((f) => !known.includes(f))];
}

export interface ConfigIssue {
  /** JSON path of the offending key: rules.numbering-sequence */
  key: string;
  message: Localized;
}

/** Checks a parsed config object; returns every problem found (empty when valid). */
export function validateUserConfig(value: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ key: '', message: { zh: '配置必须是一个 JSON 对象', en: 'The configuration must be a JSON object' } }];
  }
  const v = value as Record<string, unknown>;
  const known = new Set(['profile', 'rules', 'overrides', 'ignores', 'levels', '$schema']);
  for (const k of Object.keys(v)) {
    if (!known.has(k)) issues.push({ key: k, message: { zh: `未知的配置项“${k}”`, en: `Unknown setting "${k}"` } });
  }
  if (v.profile !== undefined && !PROFILES.includes(v.profile as ProfileName)) {
    issues.push({ key: 'profile', message: { zh: `profile 只能是 ${PROFILES.join(' 或 ')}`, en: `profile must be one of ${PROFILES.join(', ')}` } });
  }
  if (v.rules !== undefined) validateRules(v.rules, 'rules', issues);
  if (v.levels !== undefined) validateLevels(v.levels, issues);
  if (v.ignores !== undefined && !(Array.isArray(v.ignores) && v.ignores.every((g) => typeof g === 'string'))) {
    issues.push({ key: 'ignores', message: { zh: 'ignores 必须是字符串数组（glob）', en: 'ignores must be an array of glob strings' } });
  }
  if (v.overrides !== undefined) {
    if (!Array.isArray(v.overrides)) issues.push({ key: 'overrides', message: { zh: 'overrides 必须是数组', en: 'overrides must be an array' } });
    else v.overrides.forEach((o, i) => validateOverride(o, `overrides[${i}]`, issues));
  }
  return issues;
}

function validateOverride(o: unknown, key: string, issues: ConfigIssue[]): void {
  if (typeof o !== 'object' || o === null) {
    issues.push({ key, message: { zh: '每个 override 必须是对象', en: 'Each override must be an object' } });
    return;
  }
  const r = o as Record<string, unknown>;
  const files = r.files;
  if (!(typeof files === 'string' || (Array.isArray(files) && files.every((f) => typeof f === 'string')))) {
    issues.push({ key: `${key}.files`, message: { zh: 'files 必须是 glob 字符串或字符串数组', en: 'files must be a glob string or an array of them' } });
  }
  if (r.profile !== undefined && !PROFILES.includes(r.profile as ProfileName)) {
    issues.push({ key: `${key}.profile`, message: { zh: `profile 只能是 ${PROFILES.join(' 或 ')}`, en: `profile must be one of ${PROFILES.join(', ')}` } });
  }
  if (r.rules !== undefined) validateRules(r.rules, `${key}.rules`, issues);
}

function validateRules(value: unknown, key: string, issues: ConfigIssue[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ key, message: { zh: 'rules 必须是对象：{ "规则id": "off" | "info" | "warning" | "error" }', en: 'rules must be an object: { "rule-id": "off" | "info" | "warning" | "error" }' } });
    return;
  }
  for (const [id, setting] of Object.entries(value)) {
    const k = `${key}.${id}`;
    if (!ruleById(id)) {
      issues.push({ key: k, message: { zh: `未知的规则“${id}”（运行 plandoc rules 查看全部规则）`, en: `Unknown rule "${id}" (run plandoc rules to list them)` } });
      continue;
    }
    const sev = Array.isArray(setting) ? setting[0] : setting;
    if (!SEVERITIES.includes(sev as string)) {
      issues.push({ key: k, message: { zh: '严重程度只能是 off、info、warning 或 error', en: 'Severity must be off, info, warning or error' } });
    }
    if (Array.isArray(setting) && setting[1] !== undefined) {
      const opts = setting[1];
      const specs = ruleById(id)!.meta.options ?? {};
      if (typeof opts !== 'object' || opts === null) {
        issues.push({ key: `${k}[1]`, message: { zh: '规则选项必须是对象', en: 'Rule options must be an object' } });
      } else {
        for (const [name, val] of Object.entries(opts)) {
          const spec = specs[name];
          if (!spec) issues.push({ key: `${k}.${name}`, message: { zh: `规则 ${id} 没有选项“${name}”`, en: `Rule ${id} has no option "${name}"` } });
          else if (spec.schema.type && typeof val !== spec.schema.type) {
            issues.push({ key: `${k}.${name}`, message: { zh: `选项 ${name} 应为 ${String(spec.schema.type)}`, en: `Option ${name} must be a ${String(spec.schema.type)}` } });
          }
        }
      }
    }
  }
}

function validateLevels(value: unknown, issues: ConfigIssue[]): void {
  const ok = Array.isArray(value) && value.every((f) => MARKER_FAMILIES.includes(f as MarkerFamily)) && new Set(value).size === value.length;
  if (!ok) {
    issues.push({ key: 'levels', message: { zh: `levels 必须是以下值组成的不重复数组：${MARKER_FAMILIES.join(', ')}`, en: `levels must be an array of distinct values from: ${MARKER_FAMILIES.join(', ')}` } });
  }
}
