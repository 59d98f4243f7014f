// Starts code-server (a real VS Code build, installed by scripts/setup-e2e.sh)
// with the packaged extension installed into a throw-away extensions dir, and
// opens it in Debian's chromium through playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CODE_SERVER = join(ROOT, '.e2e/code-server/node_modules/.bin/code-server');
/** The extension is packaged afresh from dist/ for every run (see packageExtension). */
export const DIST_FILES = ['dist/client.cjs', 'dist/features.cjs', 'dist/languageClient.cjs', 'dist/server.js', 'dist/cli.js'].map((f) => join(ROOT, f));
export const CHROMIUM = process.env.PLANDOC_CHROMIUM ?? '/usr/bin/chromium';

export interface Session {
  page: Page;
  browser: BrowserContext;
  server: ChildProcess;
  workspace: string;
  activationReport: string;
  serverLog: () => string;
  /** Reloads the window: a new extension host, so every extension activates afresh. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export function checkPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CODE_SERVER)) missing.push(`${CODE_SERVER} (run scripts/setup-e2e.sh)`);
  if (!existsSync(CHROMIUM)) missing.push(`${CHROMIUM} (run scripts/setup-e2e.sh)`);
  for (const f of DIST_FILES) if (!existsSync(f)) missing.push(`${f} (run npm run build)`);
  return missing;
}

/** VS Code settings that keep the window quiet and deterministic. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.colorTheme': 'Default Light Modern',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'outline.collapseItems': 'alwaysCollapse',
  // the editor keeps VS Code's defaults (suggestions, word wrap…): typing is tested as writers meet it
  'editor.minimap.enabled': false,
  'editor.fontSize': 15,
  'editor.lightbulb.enabled': 'off',
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.layoutControl.enabled': false,
};

/** Packages the current build with vsce, as `npm run package` does, into `dir`. */
export function packageExtension(dir: string): string {
  const vsix = join(dir, 'plandoc.vsix');
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vsce package failed:\n${run.stdout}\n${run.stderr}`);
  return vsix;
}

async function workbenchReady(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ timeout: 60_000 });
}

/** Starts code-server on `workspace` with the extension(s) `vsix` installed, and opens it in chromium. */
export interface SessionOptions {
  /**
   * A language pack to show VS Code in (displayLanguage.ts): installed with the extensions and registered in the
   * user data's languagepacks.json, which VS Code writes itself only when a pack is installed from its UI.
   */
  languagePack?: { vsix: string; id: string; version: string; locale: string };
}

export async function startSession(workspace: string, vsix: string | string[], options: SessionOptions = {}): Promise<Session> {
  const base = mkdtempSync(join(tmpdir(), 'plandoc-e2e-'));
  const extensions = join(base, 'extensions');
  const userData = join(base, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const activationReport = join(base, 'activation.json');

  const pack = options.languagePack;
  const installs = [...(Array.isArray(vsix) ? vsix : [vsix]), ...(pack ? [pack.vsix] : [])].flatMap((v) => ['--install-extension', v]);
  const install = spawnSync(CODE_SERVER, ['--extensions-dir', extensions, '--user-data-dir', userData, ...installs], {
    encoding: 'utf8',
  });
  if (install.status !== 0 || !/successfully installed/i.test(install.stdout + install.stderr)) {
    throw new Error(`code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
  }
  if (pack) {
    const translations = join(extensions, `${pack.id}-${pack.version}`, 'translations', 'main.i18n.json');
    const entry = { hash: `plandoc-e2e-${pack.version}`, label: pack.locale, extensions: [{ extensionIdentifier: { id: pack.id }, version: pack.version }], translations: { vscode: translations } };
    writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [pack.locale]: entry }));
  }

  const port = await freePort();
  let log = '';
  const server = spawn(
    CODE_SERVER,
    [
      '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', '--user-data-dir', userData, '--extensions-dir', extensions,
      ...(pack ? ['--locale', pack.locale] : []), workspace,
    ],
    { env: { ...process.env, PLANDOC_ACTIVATION_REPORT: activationReport }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((ready, fail) => {
    const onData = (d: Buffer) => {
      log += d.toString();
      if (log.includes('HTTP server listening')) ready();
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.once('exit', (code) => fail(new Error(`code-server exited with ${code}:\n${log}`)));
  });

  // a fresh profile every run (playwright passes it to chromium as --user-data-dir)
  const browser = await chromium.launchPersistentContext(join(base, 'chromium'), {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1500, height: 950 },
    locale: 'en-US',
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await workbenchReady(page);

  return {
    page,
    browser,
    server,
    workspace,
    activationReport,
    serverLog: () => log,
    async reload() {
      await page.reload();
      await workbenchReady(page);
    },
    async close() {
      await browser.close().catch(() => undefined);
      server.kill('SIGTERM');
      await new Promise((r) => (server.exitCode !== null ? r(undefined) : server.once('exit', r)));
      rmSync(base, { recursive: true, force: true });
    },
  };
}
