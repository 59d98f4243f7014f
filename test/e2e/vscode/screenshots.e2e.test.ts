// The README's screenshots with PlanDoc's Chinese UI: Problems, Outline, the 月份安排 view and a quick fix menu on
// the seed. VS Code runs with a zh-cn display language (displayLanguage.ts: a stand-in pack, so VS Code's own menus
// stay English while PlanDoc's view names, commands, status bar and action titles are Chinese; the messages are
// Chinese in any UI because the document is). `npm test` writes them to a temporary folder; `npm run screenshots` sets
// PLANDOC_SCREENSHOTS=docs/images to refresh the committed ones. Each shot waits for what it shows, the
// plan's colours included, never for time.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrerequisites, packageExtension, ROOT, startSession, type Session } from './codeServer.js';
import { packageChineseDisplayLanguage } from './displayLanguage.js';
import { collapsePane, expandPane, hidePanel, openCodeActions, openFile, paneBody, runCommand, widenSideBar } from './workbench.js';

const TIMEOUT = Number(process.env.PLANDOC_E2E_TIMEOUT ?? 60_000);
const SEED = join(ROOT, 'test/fixtures/seed.txt');
const IMAGES = process.env.PLANDOC_SCREENSHOTS ? join(ROOT, process.env.PLANDOC_SCREENSHOTS) : mkdtempSync(join(tmpdir(), 'plandoc-shots-'));
const seedLines = readFileSync(SEED, 'utf8').split(/\r?\n/);
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8')) as Record<string, string>;
const l10n = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const MONTHS = new RegExp(`^${nls['view.months']}`);
const lineOf = (prefix: string) => seedLines.findIndex((l) => l.startsWith(prefix)) + 1;

const missing = checkPrerequisites();

describe.skipIf(missing.length > 0)('PlanDoc screenshots with its Chinese UI', { timeout: 120_000 }, () => {
  let session: Session;
  let workspace: string;
  let vsix: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'plandoc-shots-ws-'));
    copyFileSync(SEED, join(workspace, 'seed.txt'));
    mkdirSync(IMAGES, { recursive: true });
    const packages = mkdtempSync(join(tmpdir(), 'plandoc-vsix-'));
    vsix = packageExtension(packages);
    session = await startSession(workspace, vsix, { languagePack: packageChineseDisplayLanguage(packages) });
    await widenSideBar(session.page, 480);
    await openFile(session.page, 'seed.txt');
    // PlanDoc speaks Chinese: the status bar names the profile 通用 once the seed is checked
    await session.page.locator('.statusbar-item', { hasText: `PlanDoc: ${l10n['General']}` }).first().waitFor({ timeout: TIMEOUT });
    // the plan's colours: a numeral of a （一） marker is drawn by PlanDoc's grammar, not in the prose colour
    await session.page.waitForFunction(`(() => {
      const spans = [...document.querySelectorAll('.editor-group-container.active .view-line span span')];
      const prose = spans.find((e) => (e.textContent ?? '').length > 8);
      if (!prose) return false;
      const plain = getComputedStyle(prose).color;
      return spans.some((e) => /^[一二三四五六七八九十]$/.test(e.textContent ?? '') && getComputedStyle(e).color !== plain);
    })()`, null, { timeout: TIMEOUT });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    if (vsix) rmSync(dirname(vsix), { recursive: true, force: true });
  }, 60_000);

  it('Problems: the seed\'s problems in Chinese', async () => {
    const { page } = session;
    await runCommand(page, 'View: Focus Problems');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'seed.txt' }).first();
    await row.waitFor({ timeout: TIMEOUT });
    // a message row written in Chinese: the messages follow the document, whatever the UI
    await page.locator('.markers-panel .monaco-list-row .marker-message-details, .markers-panel .monaco-list-row', { hasText: /编号|序号/ }).first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(IMAGES, 'problems.png') });
    await hidePanel(page);
  });

  it('Outline: 篇一 with its items', async () => {
    const { page } = session;
    await collapsePane(page, /plandoc-shots-ws/i);
    await collapsePane(page, MONTHS);
    await collapsePane(page, /^Timeline/i);
    await expandPane(page, /^Outline/i);
    const outline = paneBody(page, /^Outline/i);
    const pianYi = outline.locator('.monaco-list-row', { hasText: '篇一' }).first();
    await pianYi.waitFor({ timeout: TIMEOUT });
    const level = Number(await pianYi.getAttribute('aria-level'));
    await pianYi.locator('.monaco-tl-twistie').click();
    await outline.locator(`.monaco-list-row[aria-level="${level + 1}"]`, { hasText: '（一）' }).first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(IMAGES, 'outline.png') });
    await pianYi.locator('.monaco-tl-twistie').click();
    await collapsePane(page, /^Outline/i);
  });

  it(`${nls['view.months']}: 篇八's quarters`, async () => {
    const { page } = session;
    await runCommand(page, `PlanDoc: ${nls['command.showTimeline']}`);
    const header = page.locator('.pane-header', { hasText: MONTHS }).first();
    await expect.poll(async () => header.getAttribute('aria-expanded'), { timeout: TIMEOUT }).toBe('true');
    const tree = paneBody(page, MONTHS);
    await tree.locator('.monaco-list-row', { hasText: '篇八' }).first().waitFor({ timeout: TIMEOUT });
    await tree.locator('.monaco-list-row', { hasText: '一月至三月份' }).first().click();
    await page.locator('.editor-group-container.active .current-line').first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(IMAGES, 'timeline.png') });
  });

  it('a quick fix menu whose titles say what they write', async () => {
    const { page } = session;
    // the server may still be checking the document: openCodeActions asks again until the menu holds PlanDoc's fix
    await openCodeActions(page, lineOf('（一）、提高认识'), '改为');
    await page.screenshot({ path: join(IMAGES, 'quickfix.png') });
    await page.keyboard.press('Escape');
  });
});
