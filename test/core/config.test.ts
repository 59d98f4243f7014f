// Configuration: validation messages name the key, files are found by walking up, overrides and directives apply.
import { describe, expect, it, beforeEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateUserConfig, defaultConfig } from '../../server/src/core/config/resolve.js';
import { ConfigError, clearConfigCache, loadConfigForFile } from '../../server/src/config/load.js';
import { lintText } from '../../server/src/core/linter.js';

describe('validateUserConfig', () => {
  it('accepts a full valid config', () => {
    expect(validateUserConfig({ profile: 'gbt9704', rules: { 'numbering-restart': 'off', 'numbering-sequence': ['error', {}] }, overrides: [{ files: '*.md', rules: { 'marker-punctuation': 'info' } }], ignores: ['drafts/**'] })).toEqual([]);
  });
  it.each([
    [{ profile: 'strict' }, 'profile'],
    [{ rules: { 'no-such-rule': 'error' } }, 'rules.no-such-rule'],
    [{ rules: { 'numbering-sequence': 'fatal' } }, 'rules.numbering-sequence'],
    [{ overrides: [{ rules: {} }] }, 'overrides[0].files'],
    [{ levels: ['cn', 'cn'] }, 'levels'],
    [{ colour: true }, 'colour'],
  ])('%j → key %s', (config, key) => {
    const issues = validateUserConfig(config);
    expect(issues[0]!.key).toBe(key);
    expect(issues[0]!.message.zh.length).toBeGreaterThan(0);
  });
});

describe('loadConfigForFile', () => {
  let root: string;
  beforeEach(() => {
    clearConfigCache();
    root = mkdtempSync(join(tmpdir(), 'plandoc-config-'));
  });

  it('walks up to the nearest .plandocrc.jsonc and applies overrides by glob', () => {
    writeFileSync(join(root, '.plandocrc.jsonc'), '{\n  // comments allowed\n  "rules": { "numbering-restart": "off" },\n  "overrides": [{ "files": "regs/**", "profile": "gbt9704" }],\n}\n');
    mkdirSync(join(root, 'regs', 'a'), { recursive: true });
    const plain = loadConfigForFile(join(root, 'plan.txt'));
    expect(plain.config.profile).toBe('common');
    expect(plain.config.rules['numbering-restart']!.severity).toBe('off');
    const strict = loadConfigForFile(join(root, 'regs', 'a', 'x.md'));
    expect(strict.config.profile).toBe('gbt9704');
    expect(strict.sources).toEqual([join(root, '.plandocrc.jsonc')]);
  });

  it('reads the "plandoc" key of package.json', () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', plandoc: { profile: 'gbt9704' } }));
    expect(loadConfigForFile(join(root, 'a.txt')).config.profile).toBe('gbt9704');
  });

  it('reports a bad key with its file and line, not a stack trace', () => {
    writeFileSync(join(root, '.plandocrc.json'), '{\n  "rules": {\n    "numbering-sequnce": "error"\n  }\n}\n');
    try {
      loadConfigForFile(join(root, 'a.txt'));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const err = e as ConfigError;
      expect(err.key).toBe('rules.numbering-sequnce');
      expect(err.line).toBe(3);
      expect(err.format('en')).toContain('.plandocrc.json:3');
      expect(err.format('zh')).toContain('配置无效');
    }
  });

  it('reports JSON syntax errors with the line', () => {
    writeFileSync(join(root, '.plandocrc.json'), '{\n  "profile": "common"\n  "rules": {}\n}');
    expect(() => loadConfigForFile(join(root, 'a.txt'))).toThrow(/\.plandocrc\.json:3/);
  });
});

describe('inline directives', () => {
  const doc = (s: string) => lintText(s).problems.map((p) => `${p.range.start.line}:${p.ruleId}`);
  it('disable-next-line, disable-line and disable/enable blocks', () => {
    expect(doc('一、甲\n<!-- plandoc-disable-next-line -->\n三、乙')).toEqual([]);
    expect(doc('一、甲\n三、乙 <!-- plandoc-disable-line numbering-sequence -->')).toEqual([]);
    expect(doc('一、甲\n三、乙 <!-- plandoc-disable-line marker-punctuation -->')).toEqual(['1:numbering-sequence']);
    expect(doc('<!-- plandoc-disable numbering-sequence -->\n一、甲\n三、乙\n<!-- plandoc-enable -->\n（一）、丙\n四、丁')).toEqual(['4:marker-punctuation', '4:single-item-list']);
  });
  it('rules set to off cost nothing and report nothing', () => {
    const config = defaultConfig();
    config.rules['numbering-sequence']!.severity = 'off';
    expect(lintText('一、甲\n三、乙', config).problems).toEqual([]);
  });
});
