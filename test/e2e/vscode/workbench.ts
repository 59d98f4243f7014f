// Small drivers for VS Code's workbench DOM. Every helper waits for a DOM
// state (an element, a text) rather than for time.
import type { Locator, Page } from 'playwright-core';

const TIMEOUT = Number(process.env.PLANDOC_E2E_TIMEOUT ?? 60_000);

/** Runs a command from the Command Palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Opens a workspace file with Quick Open and waits for its editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(name);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: TIMEOUT });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: TIMEOUT });
  await editorFocus(page);
}

export async function editorFocus(page: Page): Promise<void> {
  await page.locator('.editor-group-container.active .monaco-editor textarea').first().focus();
}

/** Moves the cursor to the start of a 1-based line with Go to Line. */
export async function goToLine(page: Page, line: number): Promise<void> {
  await editorFocus(page);
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  await page.locator('.editor-group-container.active .monaco-editor .current-line').first().waitFor({ timeout: TIMEOUT });
}

/** The editor's rendered line that reads exactly `text` (non-breaking spaces normalised). */
export function viewLine(page: Page, text: string): Locator {
  return page
    .locator('.editor-group-container.active .view-lines .view-line')
    .filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) });
}

export async function viewLineTexts(page: Page): Promise<string[]> {
  return (await page.locator('.editor-group-container.active .view-lines .view-line').allInnerTexts()).map((t) => t.replace(/\u00a0/g, ' '));
}

/** Expands a view pane (Explorer section) by its title if it is collapsed. */
export async function expandPane(page: Page, title: string | RegExp): Promise<Locator> {
  const header = page.locator('.pane-header', { hasText: title }).first();
  await header.waitFor({ timeout: TIMEOUT });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  await page.waitForFunction((h) => h?.getAttribute('aria-expanded') === 'true', await header.elementHandle(), { timeout: TIMEOUT });
  return header;
}

/** Collapses a view pane by its title if it is expanded. */
export async function collapsePane(page: Page, title: string | RegExp): Promise<void> {
  const header = page.locator('.pane-header', { hasText: title }).first();
  if ((await header.count()) === 0) return;
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body of the view pane whose header reads `title`. */
export function paneBody(page: Page, title: string | RegExp): Locator {
  return page.locator('.split-view-view', { has: page.locator('.pane-header', { hasText: title }) }).locator('.pane-body').first();
}

/** Drags the sash right of the side bar so tree labels are not cut off in screenshots. */
export async function widenSideBar(page: Page, width: number): Promise<void> {
  const sideBar = page.locator('.part.sidebar');
  await sideBar.waitFor({ timeout: TIMEOUT });
  const box = (await sideBar.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width / 2, y, { steps: 4 });
  await page.mouse.move(box.x + width, y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(`(document.querySelector('.part.sidebar')?.offsetWidth ?? 0) >= ${width - 20}`, null, { timeout: TIMEOUT });
}

/** Hides the bottom panel if it is showing (the command exists only while it is). */
export async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible())) return;
  await runCommand(page, 'View: Hide Panel');
  await panel.waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/**
 * Waits until PlanDoc's status bar item describes the cursor as `where`
 * ('' = not on a numbered item). The extension sets its keybinding context
 * keys before it updates this label, so afterwards Enter/Tab reach the
 * binding the cursor position calls for.
 */
export async function waitForCursorState(page: Page, where: string): Promise<void> {
  const selector = where
    ? `.statusbar [aria-label^="PlanDoc "][aria-label$="; ${where}"]`
    : '.statusbar [aria-label^="PlanDoc "]:not([aria-label*="; cursor"])';
  await page.locator(selector).first().waitFor({ timeout: TIMEOUT });
}

/** The rows of the code action menu (Ctrl+.). */
export function codeActionRows(page: Page): Locator {
  return page.locator('.action-widget .monaco-list-row.action');
}

/**
 * Opens the code action menu on a 1-based line until it lists an action whose label includes `label`. Right after
 * a document opens (or its language switches) the server may still be checking it, and VS Code may cancel the
 * request and say "No code actions available": the menu is closed and asked for again, up to the timeout.
 */
export async function openCodeActions(page: Page, line: number, label: string): Promise<Locator> {
  const rows = codeActionRows(page);
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
  const deadline = Date.now() + TIMEOUT;
  await goToLine(page, line);
  for (;;) {
    await page.keyboard.press('Control+.');
    if (await rows.filter({ hasText: label }).first().waitFor({ timeout: 5_000 }).then(() => true, () => false)) return rows;
    if (Date.now() > deadline) throw new Error(`no "${label}" code action on line ${line}`);
    await page.keyboard.press('Escape');
    await none.first().waitFor({ state: 'hidden', timeout: TIMEOUT });
    await goToLine(page, line);
  }
}

/**
 * Moves the open menu's selection to the action whose label includes `label` and applies it with Enter (the
 * action widget takes keys, not clicks). Returns every label the menu showed, for the caller's assertions.
 */
export async function chooseCodeAction(page: Page, label: string): Promise<string[]> {
  const rows = codeActionRows(page);
  const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  const target = labels.findIndex((l) => l.includes(label));
  if (target < 0) throw new Error(`the code action menu has no "${label}": ${labels.join(' | ')}`);
  const focusedIndex = () => rows.evaluateAll((els) => els.findIndex((e) => e.classList.contains('focused')));
  const focused = Math.max(await focusedIndex(), 0);
  for (let i = focused; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = focused; i > target; i--) await page.keyboard.press('ArrowUp');
  await page.waitForFunction(
    `[...document.querySelectorAll('.action-widget .monaco-list-row.action')].findIndex((e) => e.classList.contains('focused')) === ${target}`,
    null, { timeout: TIMEOUT },
  );
  await page.keyboard.press('Enter');
  return labels;
}
