/**
 * Connect a Google Form and simulate a submission, in headless Chromium, as a person does it in
 * the playground: the sidebar's form panel creates the form, the Forms button fills it in, and
 * the response reaches the customer sheet through the add-on's onFormSubmit trigger.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openSidebarFrom, PLAYGROUND_USER, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { startPlayground } from '../../src/local/playground/server';
import { loadWorkbook } from '../../src/local/workbookFile';
import type { SidebarState } from '../../src/server/sidebarState';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const USER = PLAYGROUND_USER;

let directory: string;
let workbookFile: string;
let browser: Browser;
let playground: { url: string; close(): Promise<void> };
let page: Page;

function hostCustomerCount(): number {
  const host = loadWorkbook(workbookFile, { user: USER });
  loadBuiltAddon(host);
  return host.run<SidebarState>('getSidebarState').summary!.customerCount;
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'clientele-forms-browser-'));
  workbookFile = path.join(directory, 'workbook.json');
  browser = await launchChromium();
  playground = await startPlayground({ port: 0, workbookFile, open: false });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(directory, { recursive: true, force: true });
});

test('Connect a Google Form, then a simulated submission becomes a customer', async () => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(playground.url);
  await page.locator('[data-testid=grid] td[data-a1="A1"]').filter({ hasText: 'Name' }).waitFor();
  await page.getByTestId('forms-button').click();
  await page.getByTestId('no-forms').waitFor();

  const frame = await openSidebarFrom(page, 'showFormPanel', 'form-create');
  await frame.getByTestId('form-create').click();
  await frame.getByTestId('form-connected').waitFor();
  expect(await frame.getByTestId('form-question').count()).toBe(9);
  expect(await frame.getByTestId('form-trigger').textContent()).toContain('one form-submit trigger');
  await page.locator('[data-testid=sheet-tab][data-sheet="Form Responses 1"]').waitFor();

  const before = hostCustomerCount();
  await page.getByTestId('forms-button').click();
  await page.getByTestId('forms-button').click();
  const form = page.getByTestId('simulated-form');
  await form.waitFor();
  await form.locator('[data-question="Name"]').fill('Browser Person');
  await form.locator('[data-question="Email"]').fill('browser.person@example.com');
  await form.locator('[data-question="May we contact you?"]').selectOption('Yes');
  await form.locator('[data-question="How likely are you to recommend us to a friend or colleague?"]').selectOption('9');
  await form.getByTestId('form-submit').click();
  await page.locator('[data-testid=sheet-tab][data-sheet="Responses"]').waitFor();
  expect(hostCustomerCount()).toBe(before + 1);
  expect(errors).toEqual([]);
});
