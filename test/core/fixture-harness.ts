// Fixture documents carry their expected problems inline: `{rule-id}` tokens at
// the end of a line (markdownlint's convention). The tokens are stripped before
// linting, so they never affect parsing.
import { lintText, fixText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';
import type { ProfileName } from '../../server/src/core/config/types.js';

const TAG = /\s*\{([a-z][a-z0-9-]*)\}/g;

export function stripExpectations(text: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = text.split('\n').map((line, i) => {
    for (const m of line.matchAll(TAG)) expected.push(`${i + 1}:${m[1]}`);
    return line.replace(TAG, '');
  });
  return { text: lines.join('\n'), expected: expected.sort() };
}

export function profileOf(path: string): ProfileName {
  return path.includes('.gbt9704.') ? 'gbt9704' : 'common';
}

export function actualProblems(text: string, profile: ProfileName): string[] {
  return lintText(text, defaultConfig(profile)).problems.map((p) => `${p.range.start.line + 1}:${p.ruleId}`).sort();
}

export function fixed(text: string, profile: ProfileName) {
  return fixText(text, defaultConfig(profile));
}
