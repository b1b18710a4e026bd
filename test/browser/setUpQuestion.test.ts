/**
 * Set-up asks for the default country and the language (issue 19), in the playground's real
 * sidebar: from the home panel's button before it sets up, and from the menu after it has, in
 * English and in Persian (right to left, the countries named in Persian).
 */
import type { Frame, Page } from 'playwright-core';
import { chooseMenuItem, openSidebarFrom, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('set-up-question', { startBlank: true });
const { cell, post } = playground;
let page: Page;
beforeEach(() => {
  page = playground.page();
});
afterEach(() => post('/api/locale', { locale: 'en' }));

async function openDemo(locale: 'en' | 'fa'): Promise<void> {
  await post('/api/locale', { locale });
  await post('/api/reset');
  await page.goto(playground.url);
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
}

async function sidebarFrame(): Promise<Frame> {
  await page.getByTestId('sidebar-panel').waitFor();
  return (await (await page.getByTestId('sidebar-frame').elementHandle())!.contentFrame())!;
}

const selectedText = (sidebar: Frame, testId: string) => sidebar.getByTestId(testId).evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

test('the sidebar’s Set up asks for the country, Kazakhstan suggested from the demo’s phones, then sets up and keeps the answer', async () => {
  await openDemo('en');
  const sidebar = await openSidebarFrom(page, 'showSidebar', 'set-up');
  await sidebar.getByTestId('set-up').click();
  await sidebar.getByTestId('set-up-question').waitFor();
  expect(await sidebar.locator('h1').textContent()).toBe('Country and language');
  expect(await sidebar.getByTestId('set-up-question').textContent()).toContain('such as 8 701 729 1870, are read as numbers of this country');
  expect(await selectedText(sidebar, 'set-up-country')).toBe('Kazakhstan');
  expect(await sidebar.getByTestId('set-up-suggested').textContent()).toBe('Suggested from the phone numbers in your sheet and the spreadsheet’s locale.');
  expect(await selectedText(sidebar, 'set-up-language')).toBe('English');
  // Nothing is set up before the answer.
  expect(await cell('Q1').textContent()).toBe('');

  await sidebar.getByTestId('set-up-confirm').click();
  await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();
  await sidebar.getByTestId('summary').waitFor();
  expect(await sidebar.getByTestId('status').textContent()).toMatch(/^Using the sheet “Customers”/);
  expect(await sidebar.getByTestId('default-country').inputValue()).toBe('KZ');
  // Answered: the next set-up runs at once.
  await sidebar.getByTestId('set-up').click();
  await sidebar.getByTestId('status').filter({ hasText: /0 customer IDs added/ }).waitFor();
});

test('in Persian, the menu’s Set up opens the sidebar on the question, right to left, the countries named in Persian; the answer is saved', async () => {
  await openDemo('fa');
  await chooseMenuItem(page, 'setUpCustomerSheet');
  await cell('Q1').filter({ hasText: /\S/ }).waitFor();
  const sidebar = await sidebarFrame();
  await sidebar.getByTestId('set-up-question').waitFor();
  expect(await sidebar.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await sidebar.locator('h1').textContent()).toBe('کشور و زبان');
  expect(await selectedText(sidebar, 'set-up-country')).toBe('قزاقستان');
  expect(await selectedText(sidebar, 'set-up-language')).toBe('فارسی');
  const intro = await sidebar.getByTestId('set-up-question').locator('p').first().textContent();
  expect(intro).toContain('\u20668 701 729 1870\u2069');
  expect(await sidebar.getByTestId('set-up-confirm').textContent()).toBe('ذخیرهٔ تنظیمات');

  await sidebar.getByTestId('set-up-country').selectOption('IR');
  await sidebar.getByTestId('set-up-confirm').click();
  await sidebar.getByTestId('settings').waitFor();
  expect(await sidebar.getByTestId('default-country').inputValue()).toBe('IR');
  expect(await sidebar.getByTestId('language').inputValue()).toBe('fa');
});
