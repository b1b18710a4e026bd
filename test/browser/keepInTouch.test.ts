/**
 * The Keep in touch panel in the playground, in headless Chromium: this week's birthday list
 * (consented customers only), a WhatsApp link with the greeting filled in, the greetings sent by
 * email and seen in the playground's Outbox, and the digest's hour saved.
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
  expect(pageErrors).toEqual([]);
});
