// Editor settings (`plandoc.*`) as the server uses them, read from workspace/configuration
// or, for clients without it, from workspace/didChangeConfiguration.
import type { MarkerFamily } from '../core/model/types.js';
import type { ProfileName, RuleSetting, UserConfig } from '../core/config/types.js';
import { DEFAULT_VALIDATE_LANGUAGES } from '../protocol.js';

export type RunMode = 'onType' | 'onSave';

export interface PlandocSettings {
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  levels?: MarkerFamily[];
  run: RunMode;
  /** language ids to validate; '*' validates every document the client opens */
  validate: string[];
  /** the client's UI language overriding the initialize locale */
  locale?: 'zh' | 'en';
  /** plain text and Markdown are checked only when they look like a plan (files PlanDoc reads from disk) */
  detection: boolean;
}

export const DEFAULT_SETTINGS: PlandocSettings = { run: 'onType', validate: [...DEFAULT_VALIDATE_LANGUAGES], detection: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SEVERITIES = ['off', 'info', 'warning', 'error'];

function isRuleSetting(value: unknown): boolean {
  if (typeof value === 'string') return SEVERITIES.includes(value);
  return Array.isArray(value) && typeof value[0] === 'string' && SEVERITIES.includes(value[0]) && (value[1] === undefined || isRecord(value[1]));
}

/** Accepts whatever the client sent and keeps only well-formed values, so a typo in settings never stops validation. */
export function normalizeSettings(raw: unknown): PlandocSettings {
  const settings: PlandocSettings = { ...DEFAULT_SETTINGS, validate: [...DEFAULT_SETTINGS.validate] };
  if (!isRecord(raw)) return settings;
  if (raw.profile === 'common' || raw.profile === 'gbt9704') settings.profile = raw.profile;
  if (isRecord(raw.rules)) {
    const rules = Object.entries(raw.rules).filter(([, setting]) => isRuleSetting(setting));
    if (rules.length) settings.rules = Object.fromEntries(rules) as Record<string, RuleSetting>;
  }
  if (Array.isArray(raw.levels) && raw.levels.every((l) => typeof l === 'string')) settings.levels = raw.levels as MarkerFamily[];
  if (raw.run === 'onType' || raw.run === 'onSave') settings.run = raw.run;
  if (Array.isArray(raw.validate) && raw.validate.every((l) => typeof l === 'string')) settings.validate = raw.validate as string[];
  if (raw.locale === 'zh' || raw.locale === 'en') settings.locale = raw.locale;
  if (typeof raw.detection === 'boolean') settings.detection = raw.detection;
  return settings;
}

/** The part of the settings that acts like a config file placed above every .plandocrc. */
export function settingsAsUserConfig(settings: PlandocSettings): UserConfig | undefined {
  const config: UserConfig = {};
  if (settings.profile) config.profile = settings.profile;
  if (settings.rules) config.rules = settings.rules;
  if (settings.levels) config.levels = settings.levels;
  return Object.keys(config).length ? config : undefined;
}

export function shouldValidate(settings: PlandocSettings, languageId: string): boolean {
  return settings.validate.includes('*') || settings.validate.includes(languageId);
}
