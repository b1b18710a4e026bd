/**
 * Connect a Google Form and simulate a submission, in headless Chromium, as a person does it in
 * the playground: the sidebar's form panel creates the form, the Forms button fills it in, and
 * the response reaches the customer sheet through the add-on's onFormSubmit trigger.
 */
import type { Page } from 'playwright-core';
import { openSidebarFrom, PLAYGROUND_USER, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { loadWorkbook } from '../../src/local/workbookFile';
import type { SidebarState } from '../../src/server/sidebarState';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const USER = PLAYGROUND_USER;

const playground = usePlaygroundPage('forms-browser', { onePage: true, startBlank: true });
let page: Page;
beforeAll(() => {
  page = playground.page();
});

function hostCustomerCount(): number {
  const host = loadWorkbook(playground.workbookFile, { user: USER });
  loadBuiltAddon(host);
  return host.run<SidebarState>('getSidebarState').summary!.customerCount;
}

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
