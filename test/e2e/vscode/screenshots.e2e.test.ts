// The README's screenshots: Problems, Outline, the Months view and a quick fix menu on the seed, whose messages and
// action titles are Chinese because the document is (whatever the UI language). VS Code's own display language stays
// English: its Chinese language pack cannot be installed on this machine. `npm test` writes them to a temporary folder; `npm run screenshots` sets
// PLANDOC_SCREENSHOTS=docs/images to refresh the committed ones. Each shot waits for what it shows, the
// plan's colours included, never for time.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrerequisites, packageExtension, ROOT, startSession, type Session } from './codeServer.js';
import { collapsePane, expandPane, goToLine, hidePanel, openFile, paneBody, runCommand, widenSideBar } from './workbench.js';

const TIMEOUT = Number(process.env.PLANDOC_E2E_TIMEOUT ?? 60_000);
const SEED = join(ROOT, 'test/fixtures/seed.txt');
const IMAGES = process.env.PLANDOC_SCREENSHOTS ? join(ROOT, process.env.PLANDOC_SCREENSHOTS) : mkdtempSync(join(tmpdir(), 'plandoc-shots-'));
const seedLines = readFileSync(SEED, 'utf8').split(/\r?\n/);
const lineOf = (prefix: string) => seedLines.findIndex((l) => l.startsWith(prefix)) + 1;

const missing = checkPrerequisites();

describe.skipIf(missing.length > 0)('PlanDoc screenshots', { timeout: 120_000 }, () => {
  let session: Session;
  let workspace: string;
  let vsix: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'plandoc-shots-ws-'));
    copyFileSync(SEED, join(workspace, 'seed.txt'));
    mkdirSync(IMAGES, { recursive: true });
    vsix = packageExtension(mkdtempSync(join(tmpdir(), 'plandoc-vsix-')));
    session = await startSession(workspace, vsix);
    await widenSideBar(session.page, 480);
    await openFile(session.page, 'seed.txt');
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
    await collapsePane(page, /^Months/);
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

  it('Months: 篇八\'s quarters', async () => {
    const { page } = session;
    await runCommand(page, 'PlanDoc: Show Months');
    const header = page.locator('.pane-header', { hasText: /^Months/ }).first();
    await expect.poll(async () => header.getAttribute('aria-expanded'), { timeout: TIMEOUT }).toBe('true');
    const tree = paneBody(page, /^Months/);
    await tree.locator('.monaco-list-row', { hasText: '篇八' }).first().waitFor({ timeout: TIMEOUT });
    await tree.locator('.monaco-list-row', { hasText: '一月至三月份' }).first().click();
    await page.locator('.editor-group-container.active .current-line').first().waitFor({ timeout: TIMEOUT });
    await page.screenshot({ path: join(IMAGES, 'timeline.png') });
  });

  it('a quick fix menu whose titles say what they write', async () => {
    const { page } = session;
    await goToLine(page, lineOf('（一）、提高认识'));
    const rows = page.locator('.action-widget .monaco-list-row.action');
    // the server may still be checking the document: ask again until the menu holds PlanDoc's actions
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      await page.keyboard.press('Control+.');
      if (await rows.filter({ hasText: '改为' }).first().waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
      if (Date.now() > deadline) throw new Error('no PlanDoc actions on the （一）、 line');
      await page.keyboard.press('Escape');
    }
    await page.screenshot({ path: join(IMAGES, 'quickfix.png') });
    await page.keyboard.press('Escape');
  });
});
