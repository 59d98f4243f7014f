// Reading activation times in real VS Code: VS Code's own (Developer: Startup
// Performance, "Extension Activation Stats"), and the extension's own report
// (client/src/activationTiming.ts, written to $PLANDOC_ACTIVATION_REPORT).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './codeServer.js';
import { editorFocus, runCommand } from './workbench.js';

const TIMEOUT = Number(process.env.PLANDOC_E2E_TIMEOUT ?? 60_000);

/** One extension's row of VS Code's activation table (milliseconds, as VS Code measured them). */
export interface VsCodeActivationTimes {
  extensionId: string;
  /** activated at start-up (eagerly) rather than by an event later */
  eager: boolean;
  /** reading the l10n bundle and require() of the main file, its top-level code included */
  codeLoadingTime: number;
  /** the synchronous call of activate() */
  activateCallTime: number;
  /** from activate()'s return until the value it returned resolved */
  activateResolvedTime: number;
  /** codeLoadingTime + activateCallTime + activateResolvedTime */
  totalMs: number;
  activationEvent: string;
}

/** The table row `| id | eager | load | call | resolve | event | by |`, cells padded with spaces. */
export function parseActivationRow(line: string, extensionId: string): VsCodeActivationTimes | undefined {
  const cells = line.replace(/\u00a0/g, ' ').split('|').map((c) => c.trim());
  // a row splits into '', 7 cells, ''
  if (cells.length < 9 || cells[1] !== extensionId) return undefined;
  const [codeLoadingTime, activateCallTime, activateResolvedTime] = cells.slice(3, 6).map(Number) as [number, number, number];
  if (![codeLoadingTime, activateCallTime, activateResolvedTime].every(Number.isFinite)) return undefined;
  return {
    extensionId, eager: cells[2] === 'true', codeLoadingTime, activateCallTime, activateResolvedTime,
    totalMs: codeLoadingTime + activateCallTime + activateResolvedTime, activationEvent: cells[6]!,
  };
}

/**
 * Opens Developer: Startup Performance and reads the rows of `extensionIds` from its
 * "Extension Activation Stats" table. The report is a read-only text editor: the Find
 * widget brings each row on screen, where its rendered line is read. Closes the report.
 */
export async function readVsCodeActivationTimes(page: Page, extensionIds: string[]): Promise<Map<string, VsCodeActivationTimes>> {
  await runCommand(page, 'Developer: Startup Performance');
  await page.locator('.tabs-container .tab.active', { hasText: 'Startup Performance' }).waitFor({ timeout: TIMEOUT });
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  // the report is filled in once the workbench has finished restoring
  await editor.locator('.view-line', { hasText: 'Extension Activation Stats' }).first().waitFor({ timeout: TIMEOUT }).catch(() => undefined);
  const found = new Map<string, VsCodeActivationTimes>();
  for (const id of extensionIds) {
    await editorFocus(page);
    await page.keyboard.press('Control+F');
    const find = page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
    await find.waitFor({ timeout: TIMEOUT });
    // "| id " begins this extension's row (performance marks name extensions after a slash)
    await find.fill(`| ${id} `);
    await page.keyboard.press('Enter');
    const line = editor.locator('.view-line', { hasText: new RegExp(`^\\|[\\s\\u00a0]*${id.replace(/\./g, '\\.')}[\\s\\u00a0]*\\|`) }).first();
    await line.waitFor({ timeout: TIMEOUT });
    const row = parseActivationRow(await line.innerText(), id);
    if (!row) throw new Error(`cannot read VS Code's activation row for ${id}: ${await line.innerText()}`);
    found.set(id, row);
    await page.keyboard.press('Escape');
  }
  await runCommand(page, 'View: Close Editor');
  return found;
}

/**
 * Packages an extension that only loads the `vscode` API, activated by the same event as PlanDoc:
 * what any extension costs VS Code to load and activate on this machine, the baseline of the measurement.
 */
export function packageEmptyExtension(dir: string): { vsix: string; id: string } {
  const source = mkdtempSync(join(tmpdir(), 'plandoc-empty-ext-'));
  const manifest = {
    name: 'activation-baseline', publisher: 'plandoc-bench', version: '0.0.1', license: 'MIT',
    engines: { vscode: '^1.85.0' }, main: './extension.js', activationEvents: ['onLanguage:plaintext'],
    repository: { type: 'git', url: 'https://github.com/plandoc/plandoc.git' },
  };
  writeFileSync(join(source, 'package.json'), JSON.stringify(manifest, null, 2));
  // it loads the API, as every extension does: VS Code builds the `vscode` object on the first require
  writeFileSync(join(source, 'extension.js'), "const vscode = require('vscode');\nexports.activate = function () {};\n");
  writeFileSync(join(source, 'README.md'), 'An empty extension: the baseline of PlanDoc\'s activation benchmark.\n');
  writeFileSync(join(source, 'LICENSE'), 'MIT\n');
  const vsix = join(dir, 'activation-baseline.vsix');
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], { cwd: source, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vsce package (empty extension) failed:\n${run.stdout}\n${run.stderr}`);
  return { vsix, id: `${manifest.publisher}.${manifest.name}` };
}
