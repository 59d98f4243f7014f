// Configuration as the user writes it (.plandocrc.json, package.json "plandoc") and as the engine uses it.
import type { MarkerFamily } from '../syntax/markers.js';
import type { Severity } from '../types.js';

export type ProfileName = 'common' | 'gbt9704';
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>?];

export interface ConfigOverride {
  files: string | string[];
  rules?: Record<string, RuleSetting>;
  profile?: ProfileName;
}

/** The shape of a config file. */
export interface UserConfig {
  profile?: ProfileName;
  rules?: Record<string, RuleSetting>;
  overrides?: ConfigOverride[];
  ignores?: string[];
  /** marker families from highest level to lowest */
  levels?: MarkerFamily[];
}

/** Config resolved for one file: what the linter consumes. */
export interface ResolvedConfig {
  profile: ProfileName;
  levels: MarkerFamily[];
  rules: Record<string, { severity: Severity | 'off'; options: Record<string, unknown> }>;
}
