/**
 * The Keep in touch panel in the playground, in headless Chromium: this week's birthday list
 * (consented customers only), a WhatsApp link with the greeting filled in, the greetings sent by
 * email and seen in the playground's Outbox, and the digest's hour saved; the loyalty programme
 * set in the settings form and the balance and level it gives on the customer card; "please
 * check your details" asked from the card and mailed; and in
 * Persian, the Today panel's birthday list, right to left, messaging one customer by email.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openSidebarFrom, PLAYGROUND_USER, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { putTable } from '../../src/local/files/sheetTable';
import { LocalHost } from '../../src/local/localHost';
import { startPlayground } from '../../src/local/playground/server';
import { saveWorkbook } from '../../src/local/workbookFile';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

let directory: string;
let browser: Browser;
let playground: { url: string; close(): Promise<void> };
let page: Page;
const pageErrors: string[] = [];

/** Born in 1990 on the day after the playground's today, so the birthday is in this week's list. */
function tomorrowIn1990(): string {
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);
  return `1990-${String(tomorrow.getUTCMonth() + 1).padStart(2, '0')}-${String(tomorrow.getUTCDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'clientele-keep-in-touch-'));
  const file = path.join(directory, 'workbook.json');
  const host = new LocalHost({ user: PLAYGROUND_USER });
  const id = host.createSpreadsheet('Nur Dental customers');
  loadBuiltAddon(host);
  const born = tomorrowIn1990();
  putTable(host, id, 'Customers', [
    ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Date of birth'],
    ['C-000001', 'Aida Sarsenova', 'aida@example.kz', '+77011234567', 'yes', born],
    ['C-000002', 'Bob Brown', 'bob@example.com', '+77011234568', 'no', born],
    ['C-000003', 'Dana Lee', 'dana@example.com', '', 'yes', born],
  ]);
  putTable(host, id, 'Purchases', [['Date', 'Customer', 'Amount'], ['2026-01-10', 'C-000001', 12_000], ['2026-02-10', 'aida@example.kz', 8_000]]);
  host.run('setUpPurchases');
  while (!host.run<{ done: boolean }>('recalculateTotals').done);
  host.run('createForm');
  saveWorkbook(host, file);
  browser = await launchChromium();
  playground = await startPlayground({ port: 0, workbookFile: file, open: false });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(directory, { recursive: true, force: true });
});

test('birthday list, a WhatsApp link, greetings emailed and seen in the Outbox, the digest scheduled', async () => {
  await page.goto(playground.url);
  const home = await openSidebarFrom(page, 'showSidebar', 'open-keepInTouch');
  await home.getByTestId('open-keepInTouch').click();
  const birthdays = home.locator('section[data-list=birthdays]');
  await birthdays.waitFor();
  const listed = await birthdays.locator('li').allTextContents();
  const age = new Date(Date.now() + 24 * 3_600_000).getUTCFullYear() - 1990;
  expect(listed.map((line) => line.replace(/^\S+ /, ''))).toEqual([`Aida Sarsenova (${age})`, `Dana Lee (${age})`]);

  await home.getByTestId('channel-birthdays').selectOption('whatsapp');
  await home.getByTestId('prepare-birthdays').click();
  const link = home.getByTestId('chat-link');
  await link.waitFor();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/77011234567\?text=Happy%20birthday%2C%20Aida%20Sarsenova!/);
  expect(await home.getByTestId('refused').textContent()).toContain('Dana Lee');

  await home.getByTestId('channel-birthdays').selectOption('email');
  await home.getByTestId('prepare-birthdays').click();
  await home.getByTestId('send-birthdays').click();
  await home.locator('#status', { hasText: 'Emails sent: 2' }).waitFor();

  await page.getByTestId('outbox-button').click();
  await page.getByTestId('outbox-mail').nth(1).waitFor();
  const subjects = await page.getByTestId('outbox-subject').allTextContents();
  expect(subjects.sort()).toEqual(['Happy birthday, Aida Sarsenova!', 'Happy birthday, Dana Lee!']);

  await home.getByTestId('kit-shop').fill('Nur Dental');
  await home.getByTestId('kit-digest-hour').selectOption('7');
  await home.getByTestId('kit-alert-to').fill('owner@example.com');
  await home.getByTestId('kit-save').click();
  await home.locator('#status', { hasText: 'Saved.' }).waitFor();
  await page.getByTestId('triggers-button').click();
  await page.getByTestId('trigger').filter({ hasText: 'runScheduler' }).waitFor();
  // Closed again: with the form's trigger listed too, the panel covers the sidebar.
  await page.getByTestId('triggers-button').click();
  expect(pageErrors).toEqual([]);
});

test('the loyalty programme set in the settings form gives a balance and level on the card', async () => {
  const home = await openSidebarFrom(page, 'showSidebar', 'open-keepInTouch');
  await home.getByTestId('open-keepInTouch').click();
  await home.getByTestId('kit-loyalty').waitFor();
  await home.getByTestId('kit-points-per-unit').fill('0,01');
  await home.getByTestId('kit-tiers').fill('Silver: 100\nGold: lots');
  await home.getByTestId('kit-save').click();
  await home.locator('#status', { hasText: 'Levels, line 2: “Gold: lots” is not “name: points” with whole points.' }).waitFor();
  await home.getByTestId('kit-tiers').fill('Silver: 100\nGold: 1 000');
  await home.getByTestId('kit-save').click();
  await home.locator('#status', { hasText: 'Saved.' }).waitFor();

  const card = await openSidebarFrom(page, 'showCustomerCard', 'card-query');
  await card.getByTestId('card-query').fill('C-000001');
  await card.getByTestId('card-find').click();
  // The balance comes with the card's second call: until then the section says "Loading purchases…".
  const loyalty = card.locator('[data-testid=card][data-customer="C-000001"] [data-section=loyalty]:not([data-loading])');
  await loyalty.waitFor();
  expect(await loyalty.textContent()).toContain('Points: 200');
  expect(await loyalty.textContent()).toContain('Level: Silver');
  expect(pageErrors).toEqual([]);
});

test('from the card, “please check your details” is prepared with the form link and, by email, shows in the Outbox', async () => {
  const mailed = await page.getByTestId('outbox-mail').count();
  const card = await openSidebarFrom(page, 'showCustomerCard', 'card-query');
  await card.getByTestId('card-query').fill('C-000001');
  await card.getByTestId('card-find').click();
  const ask = card.locator('[data-testid=card][data-customer="C-000001"] [data-testid=card-details-check]');
  await ask.locator('summary').click();
  await ask.getByTestId('card-details-channel').selectOption('email');
  await ask.getByTestId('card-prepare-details').click();
  const message = ask.locator('[data-testid=message][data-id="C-000001"]');
  await message.waitFor();
  expect(await message.textContent()).toMatch(/please check that we have your details right.*https:\/\/docs\.google\.com\/forms\/d\/e\/\S+viewform\?usp=pp_url/);
  await ask.getByTestId('send-detailsCheck').click();
  await card.locator('#status').filter({ hasText: /\S/ }).waitFor();
  await page.getByTestId('outbox-mail').nth(mailed).waitFor({ state: 'attached' });
  const subjects = await page.getByTestId('outbox-subject').allTextContents();
  expect(subjects.filter((subject) => subject.includes('Please check your details'))).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

test('in Persian, the Today panel lists this week’s birthdays right to left and messages one customer by email', async () => {
  await page.getByTestId('locale').selectOption('fa');
  const today = await openSidebarFrom(page, 'showTodayPanel', 'today');
  const birthdays = today.locator('[data-testid=today] section[data-group=birthdays]');
  await birthdays.waitFor();
  expect(await today.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await birthdays.locator('li[data-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-id')))).toEqual(['C-000001', 'C-000003']);
  const mailed = await page.getByTestId('outbox-mail').count();

  await today.getByTestId('today-channel-birthdays').selectOption('email');
  await today.getByTestId('message-birthdays-C-000001').click();
  const message = birthdays.locator('li[data-id="C-000001"] [data-testid=message]');
  await message.waitFor();
  expect(await message.locator('p').getAttribute('dir')).toBe('rtl');
  await today.getByTestId('send-birthdays').click();
  await today.locator('#status').filter({ hasText: /\S/ }).waitFor();

  // The Outbox is still open from the first test: the playground redraws it after each call.
  await page.getByTestId('outbox-mail').nth(mailed).waitFor({ state: 'attached' });
  const subjects = await page.getByTestId('outbox-subject').allTextContents();
  expect(subjects.filter((subject) => subject.includes('Aida Sarsenova') && /[\u0600-\u06FF]/.test(subject))).toHaveLength(1);
  await page.getByTestId('locale').selectOption('en');
  expect(pageErrors).toEqual([]);
});
