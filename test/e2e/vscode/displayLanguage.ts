// A stand-in Chinese language pack for the screenshot suite. VS Code switches its display language only to a
// language an installed extension localizes, and the real pack (MS-CEINTL.vscode-language-pack-zh-hans) cannot be
// downloaded on this machine. This one contributes zh-cn with no translations of VS Code's own strings: the
// workbench stays English while vscode.env.language is zh-cn, so PlanDoc's package.nls.zh-cn.json and l10n bundle
// are used, as a writer with the real pack sees them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './codeServer.js';

export interface LanguagePack {
  vsix: string;
  /** publisher.name */
  id: string;
  version: string;
  locale: string;
}

export function packageChineseDisplayLanguage(dir: string): LanguagePack {
  const source = mkdtempSync(join(tmpdir(), 'plandoc-zh-pack-'));
  const manifest = {
    name: 'display-language-zh-cn-stub', publisher: 'plandoc-test', version: '0.0.1', license: 'MIT',
    engines: { vscode: '^1.85.0' }, categories: ['Language Packs'],
    repository: { type: 'git', url: 'https://github.com/plandoc/plandoc.git' },
    contributes: {
      localizations: [{
        languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)',
        translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
      }],
    },
  };
  writeFileSync(join(source, 'package.json'), JSON.stringify(manifest, null, 2));
  mkdirSync(join(source, 'translations'));
  writeFileSync(join(source, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(source, 'README.md'), 'A stand-in zh-cn language pack for PlanDoc\'s end-to-end screenshots.\n');
  writeFileSync(join(source, 'LICENSE'), 'MIT\n');
  const vsix = join(dir, 'display-language-zh-cn-stub.vsix');
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix], { cwd: source, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vsce package (zh-cn language stub) failed:\n${run.stdout}\n${run.stderr}`);
  return { vsix, id: `${manifest.publisher}.${manifest.name}`, version: manifest.version, locale: 'zh-cn' };
}
