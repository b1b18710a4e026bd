/**
 * The Purchases panel's order form in the playground, in headless Chromium: Create order form
 * makes the Orders and visits form, and the panel then shows its link instead of the button.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chooseMenuItem, launchChromium, openSidebarFrom } from '../support/chromium';
import { startPlayground } from '../../src/local/playground/server';

jest.setTimeout(120_000);

let directory: string;
let browser: Browser;
let playground: { url: string; close(): Promise<void> };
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'clientele-order-form-'));
  browser = await launchChromium();
  playground = await startPlayground({ port: 0, workbookFile: path.join(directory, 'workbook.json'), open: false });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(playground.url);
  await page.locator('[data-testid=grid] td[data-a1="A1"]').waitFor();
  await chooseMenuItem(page, 'setUpCustomerSheet');
  await page.locator('[data-testid=grid] td', { hasText: /^C-000001$/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(directory, { recursive: true, force: true });
});

test('Create order form in the Purchases panel makes the form and shows its link', async () => {
  // A click in the grid first, as the card's test makes one: without it the add-on menu did not open here.
  await page.locator('[data-testid=grid] td[data-a1="A1"]').dispatchEvent('mousedown');
  const sidebar = await openSidebarFrom(page, 'showPurchasesPanel', 'purchases');
  const setUp = sidebar.getByTestId('set-up-purchases');
  if (await setUp.count()) await setUp.click();
  await sidebar.getByTestId('create-order-form').click();
  await sidebar.getByTestId('status').filter({ hasText: 'Created the form “Orders and visits”' }).waitFor();
  const link = sidebar.getByTestId('order-form-link');
  await link.waitFor();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
  expect(await sidebar.getByTestId('create-order-form').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
