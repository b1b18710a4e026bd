/**
 * The sidebar's layout in headless Chromium, in English and in Persian (right to left), in a
 * 300 × 700 sidebar on the playground's demo: each panel's main action is in view without
 * scrolling (and stays in view when the panel is scrolled), a duplicate group fits without
 * horizontal scrolling, Merge all asks first with the count and Cancel does nothing, the open
 * sidebar redraws after Set up customer sheet from the menu, and the home panel lists the
 * menu's features in the menu's order under the menu's names; a checkbox sits beside its words.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS, launchChromium, openPlaygroundPage, untilItHolds } from '../support/chromium';
import { startPlayground } from '../../src/local/playground/server';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS * 2);

let directory: string;
let browser: Browser;
let playground: { url: string; close(): Promise<void> };

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'clientele-layout-'));
  browser = await launchChromium();
  playground = await startPlayground({ port: 0, workbookFile: path.join(directory, 'workbook.json'), open: false });
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(directory, { recursive: true, force: true });
});

const LANGUAGES = [
  { locale: 'en', dir: 'ltr', missingIds: /rows have no customer ID/, mergeQuestion: /^Merge \d+ groups\?/ },
  { locale: 'fa', dir: 'rtl', missingIds: /شناسهٔ مشتری ندارند/, mergeQuestion: /ادغام/ },
] as const;

const sidebarOf = (page: Page) => page.frameLocator('[data-testid=sidebar-frame]');

/**
 * Extensions ▸ Clientele ▸ the item. The page draws its menu bar again after each of the
 * sidebar's calls (a redraw the sidebar made after the document changed may land while the menu
 * is open, and close it): then the menu is opened again.
 */
async function chooseMenuItemAgainIfRedrawn(page: Page, functionName: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.getByTestId('menu-extensions').click();
      await page.getByTestId('menu-addon').click({ timeout: 5_000 });
      await page.locator(`[data-testid=menu-item][data-function="${functionName}"]`).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The menu item, then its panel drawn in the sidebar (a menu item shows the sidebar anew). */
async function openPanel(page: Page, functionName: string, panel: string): Promise<FrameLocator> {
  await chooseMenuItemAgainIfRedrawn(page, functionName);
  const sidebar = sidebarOf(page);
  await sidebar.locator(`#app[data-panel="${panel}"][aria-busy="false"]`).waitFor();
  return sidebar;
}

/** Whether the element lies wholly inside the sidebar's visible page, as it is scrolled now. */
function inView(sidebar: FrameLocator, testId: string) {
  return sidebar.getByTestId(testId).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    const view = element.ownerDocument.defaultView!;
    return box.height > 0 && box.top >= 0 && box.bottom <= view.innerHeight && box.left >= 0 && box.right <= view.innerWidth;
  });
}

describe.each(LANGUAGES)('the sidebar in $locale, 300 × 700', ({ locale, dir, missingIds, mergeQuestion }) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await openPlaygroundPage(browser, playground.url, { locale, sidebarHeight: 700 });
    page.on('pageerror', (error) => errors.push(error.message));
  });

  afterAll(async () => {
    await page?.close();
  });

  test('is 300 px wide and 700 px tall, in the language’s direction', async () => {
    expect(await page.getByTestId('sidebar-panel').evaluate((panel) => panel.getBoundingClientRect().width)).toBe(300);
    const frame = await sidebarOf(page).locator('body').evaluate((body) => [body.ownerDocument.defaultView!.innerHeight, body.ownerDocument.documentElement.dir]);
    expect(frame).toEqual([700, dir]);
  });

  test('redraws after Set up customer sheet from the menu: no more rows without a customer ID', async () => {
    const sidebar = sidebarOf(page);
    // A default country set beforehand (as set-up's question would), so that the menu's set-up does
    // not open the sidebar on that question: what redraws the open sidebar is the version it polls.
    await sidebar.locator('body').evaluate(
      () =>
        new Promise((resolve, reject) => {
          const run = (window as unknown as { google: { script: { run: { withSuccessHandler(f: (v: unknown) => void): { withFailureHandler(f: (e: unknown) => void): { saveSettings(s: unknown): void } } } } } }).google.script.run;
          run.withSuccessHandler(resolve).withFailureHandler(reject).saveSettings({ language: null, defaultCountry: 'KZ' });
        }),
    );
    await sidebar.getByTestId('problems').filter({ hasText: missingIds }).waitFor({ state: 'attached' });
    // The menu item runs while the sidebar stays open: the sidebar sees the document's version move and draws itself again.
    await chooseMenuItemAgainIfRedrawn(page, 'setUpCustomerSheet');
    await page.getByTestId('toast').first().waitFor();
    await sidebar.locator('#app[aria-busy="false"]').getByTestId('customer-count').waitFor();
    await untilItHolds(async () => expect(await sidebar.getByTestId('summary').textContent()).not.toMatch(missingIds));
    expect(errors).toEqual([]);
  });

  test('the home panel lists the menu’s features, in its order and under its names', async () => {
    const sidebar = await openPanel(page, 'showSidebar', 'home');
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-addon').click();
    const menu = await page.locator('[data-testid=menu-item]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-function'), item.textContent?.trim()]));
    await page.keyboard.press('Escape');
    const home = await sidebar.locator('[data-feature]').evaluateAll((buttons) => buttons.map((button) => [button.getAttribute('data-feature'), button.textContent?.trim()]));
    expect(home).toEqual(menu.filter(([name]) => name !== 'showSidebar'));
    expect(await inView(sidebar, 'set-up')).toBe(true);
  });

  test.each([
    ['showCleaningPanel', 'clean', 'clean-apply'],
    ['showDuplicatesPanel', 'duplicates', 'dup-merge-all'],
    ['showNpsReport', 'nps', 'nps-score'],
    ['showImportPanel', 'import', 'import-run'],
    ['showBackupsPanel', 'backups', 'backup-now'],
    ['showAuditPanel', 'audit', 'audit-save'],
    ['showPrivacyPanel', 'privacy', 'privacy-find'],
  ])('%s: the action is in view without scrolling, and stays in view scrolled to the end', async (functionName, panel, action) => {
    const sidebar = await openPanel(page, functionName, panel);
    await sidebar.getByTestId(action).waitFor();
    expect(await inView(sidebar, action)).toBe(true);
    const sticky = await sidebar.getByTestId(action).evaluate((element) => element.closest('.action-bar') !== null);
    if (sticky) {
      await sidebar.locator('body').evaluate((body) => body.ownerDocument.defaultView!.scrollTo(0, body.scrollHeight));
      expect(await inView(sidebar, action)).toBe(true);
    }
    // Nothing in any panel needs a horizontal scroll.
    expect(await sidebar.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth)).toBe(true);
    // A checkbox is a small box beside its words (Audited editing's switch was a full-width field on a line of its own).
    const checkboxWidths = await sidebar.locator('input[type=checkbox]').evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect().width));
    expect(checkboxWidths.filter((width) => width > 40)).toEqual([]);
  });

  test('a duplicate group fits the width: a compact card of the fields that differ', async () => {
    const sidebar = await openPanel(page, 'showDuplicatesPanel', 'duplicates');
    const group = sidebar.getByTestId('dup-group').first();
    await group.waitFor();
    expect(await group.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await sidebar.locator('html').evaluate((html) => html.scrollWidth <= html.clientWidth)).toBe(true);
    expect(await group.getByTestId('dup-value').count()).toBeGreaterThanOrEqual(2);
  });

  test('Merge all asks first with the count; Cancel merges nothing', async () => {
    const sidebar = await openPanel(page, 'showDuplicatesPanel', 'duplicates');
    await sidebar.getByTestId('dup-group').first().waitFor();
    const found = await sidebar.getByTestId('dup-count').textContent();
    const groups = await sidebar.getByTestId('dup-group').count();
    await sidebar.getByTestId('dup-merge-all').click();
    const question = sidebar.getByTestId('confirm-question');
    expect(await question.textContent()).toMatch(mergeQuestion);
    expect(await inView(sidebar, 'confirm-yes')).toBe(true);
    // Undo last merge brings merged rows back: the confirming button is the blue one, not the red of Erase or Replace.
    expect(await sidebar.getByTestId('confirm-yes').getAttribute('class')).toBe('primary');
    await sidebar.getByTestId('confirm-cancel').click();
    await question.waitFor({ state: 'detached' });
    expect(await sidebar.getByTestId('dup-count').textContent()).toBe(found);
    expect(await sidebar.getByTestId('dup-group').count()).toBe(groups);
    expect(errors).toEqual([]);
  });
});
