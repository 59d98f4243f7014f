// Config files that used to be accepted silently (issue 15): keys reaching Object.prototype, option values
// outside the rule's schema, rule arrays with a third element, unknown keys in overrides.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile } from '../../server/src/config/load.js';

const dir = mkdtempSync(join(tmpdir(), 'plandoc-config-strict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function errorFor(text: string, name = '.plandocrc.json'): ConfigError | undefined {
  const folder = join(dir, `c${++n}`);
  const file = join(folder, name);
  mkdirSync(folder);
  writeFileSync(file, text);
  try {
    loadConfigFile(file);
    return undefined;
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
}

describe('strict config validation', () => {
  it('__proto__ and constructor keys are rejected with their line', () => {
    const e = errorFor('{\n  "rules": {\n    "__proto__": { "polluted": true }\n  }\n}');
    expect(e?.key).toBe('rules.__proto__');
    expect(e?.line).toBe(3);
    expect(e?.localized.en).toBe('The key "__proto__" is not allowed');
    expect(errorFor('{ "overrides": [ { "files": "*.md", "constructor": 1 } ] }')?.key).toBe('overrides[0].constructor');
  });

  it('an option value outside the rule schema is reported with the values allowed', () => {
    const e = errorFor(JSON.stringify({ rules: { 'month-style': ['warning', { numerals: 'roman' }] } }));
    expect(e?.key).toBe('rules.month-style.numerals');
    expect(e?.localized.en).toContain('Option numerals cannot be "roman"; use one of "dominant", "cn"');
    expect(e?.localized.zh).toContain('选项 numerals 的值 "roman" 无效');
  });

  it('a rule array with a third element is refused', () => {
    expect(errorFor(JSON.stringify({ rules: { 'numbering-sequence': ['error', {}, 'extra'] } }))?.localized.en).toContain('at most two elements');
  });

  it('an unknown key in an override is reported', () => {
    const e = errorFor(JSON.stringify({ overrides: [{ files: '*.md', rule: { 'numbering-sequence': 'off' } }] }));
    expect(e?.key).toBe('overrides[0].rule');
    expect(e?.localized.en).toContain('Unknown setting "rule" in an override');
  });

  it('valid configs still load, and package.json keys outside "plandoc" are not judged', () => {
    expect(errorFor(JSON.stringify({ rules: { 'month-style': ['warning', { numerals: 'cn' }] }, overrides: [{ files: '*.md', profile: 'gbt9704' }] }))).toBeUndefined();
    expect(errorFor(JSON.stringify({ name: 'x', config: { constructor: 1 }, plandoc: { profile: 'common' } }), 'package.json')).toBeUndefined();
  });
});
