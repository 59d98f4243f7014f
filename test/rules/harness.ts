// Shared by the rule tests: read a fixture, lint it under a profile, list one rule's findings as `line:column message`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText, lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';
import type { ProfileName } from '../../server/src/core/config/types.js';
import type { Problem } from '../../server/src/core/types.js';

const DIR = join(__dirname, '../fixtures/rules');

export function fixture(name: string): string {
  return readFileSync(join(DIR, name), 'utf8');
}

export function lint(text: string, profile: ProfileName = 'common'): Problem[] {
  return lintText(text, defaultConfig(profile)).problems;
}

/** One rule's findings, 1-based like the CLI shows them: `12:1 message`. */
export function findings(text: string, ruleId: string, profile: ProfileName = 'common'): string[] {
  return lint(text, profile).filter((p) => p.ruleId === ruleId).map(describe);
}

export function describe(p: Problem): string {
  return `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message.zh}`;
}

export function fix(text: string, profile: ProfileName = 'common'): string {
  return fixText(text, defaultConfig(profile)).output;
}
