/**
 * Right to left in the playground, in headless Chromium, with the interface in Persian: a phone
 * on the customer card, a negative NPS and a cleaning sample's arrow read as written (each value
 * inside an isolating element with dir=ltr, and its characters laid out left to right on the
 * screen), and every number of the insights tables in one digit style (Persian by default, Latin
 * once the user chooses it in the settings).
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { openSidebarFrom } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(180_000);

const playground = usePlaygroundPage('rtl', { onePage: true });
const { pageErrors } = playground;
let page: Page;

beforeAll(async () => {
  page = playground.page();
  await page.locator('[data-testid=grid] td[data-a1="A1"]').waitFor();
  await page.getByTestId('locale').selectOption('fa');
});

/** Where the first and the last character of an element's text are drawn, left edges in px. */
async function firstAndLastCharacterX(value: Locator): Promise<[number, number]> {
  return value.evaluate((element) => {
    const text = element.firstChild as Text;
    const at = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getClientRects()[0]!.left;
    };
    return [at(0), at(text.length - 1)] as [number, number];
  });
}

/** The value is isolated left to right, and it starts on the left of the screen as it does in the sheet. */
async function expectReadsAsWritten(value: Locator, text: string | RegExp): Promise<void> {
  expect(await value.getAttribute('dir')).toBe('ltr');
  expect(await value.evaluate((element) => element.localName)).toBe('bdi');
  expect(await value.textContent()).toMatch(text);
  const [first, last] = await firstAndLastCharacterX(value);
  expect(first).toBeLessThan(last);
}

test('a phone with its + on the customer card reads as written, inside a right-to-left card', async () => {
  const phoneCell = page.locator('[data-testid=grid] td', { hasText: /^\+7\d{10}$/ }).first();
  const phone = (await phoneCell.textContent())!;
  await phoneCell.dispatchEvent('mousedown');
  const sidebar = await openSidebarFrom(page, 'showCustomerCard', 'card');
  expect(await sidebar.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expectReadsAsWritten(sidebar.locator('[data-section=contacts] bdi', { hasText: phone }).first(), phone);
  expect(await phoneCell.getAttribute('dir')).toBe('ltr');
  expect(pageErrors).toEqual([]);
});

test('a negative NPS reads -31, not 31-', async () => {
  const sidebar = await openSidebarFrom(page, 'showNpsReport', 'nps-score');
  await sidebar.getByTestId('nps-by').selectOption('channel');
  const negative = sidebar.locator('[data-testid=nps-groups] bdi[dir=ltr]', { hasText: /^\u200e?-[۰-۹]+$/ }).first();
  await negative.waitFor();
  await expectReadsAsWritten(negative, /-[۰-۹]+$/);
  await expectReadsAsWritten(sidebar.getByTestId('nps-score').locator('bdi'), /[۰-۹]/);
  expect(pageErrors).toEqual([]);
});

test('a cleaning sample reads before ← after, each value as written', async () => {
  const sidebar = await openSidebarFrom(page, 'showCleaningPanel', 'clean-fixes');
  // The samples are folded under their fix: opened as a user opens them.
  await sidebar.locator('[data-testid=clean-fixes] [data-kind=phoneFormat] summary').first().click();
  const sample = sidebar.locator('[data-testid=clean-fixes] [data-kind=phoneFormat] .samples li').first();
  const [before, after] = [sample.locator('bdi').nth(0), sample.locator('bdi').nth(1)];
  expect(await sample.locator('.arrow').textContent()).toBe(' ← ');
  expect(await after.textContent()).toMatch(/^\+\d+$/);
  await expectReadsAsWritten(after, /^\+/);
  // Right to left, the value before the change is on the right and the arrow points to the one after.
  const [beforeBox, arrowBox, afterBox] = await Promise.all([before.boundingBox(), sample.locator('.arrow').boundingBox(), after.boundingBox()]);
  expect(beforeBox!.x).toBeGreaterThan(arrowBox!.x);
  expect(arrowBox!.x).toBeGreaterThan(afterBox!.x);
  expect(pageErrors).toEqual([]);
});

test('the home panel isolates the values its problems quote, and its phone examples', async () => {
  const home = await openSidebarFrom(page, 'showSidebar', 'settings');
  await home.evaluate(() => document.querySelectorAll('details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
  // «714 000₮» read from a cell: isolated, so the Persian sentence does not show it as ₮000 714.
  const amount = home.locator('[data-testid=problems] li bdi', { hasText: '714 000₮' }).first();
  await expectReadsAsWritten(amount, '714 000₮');
  // The row number in the same sentence is in the view's digits.
  expect(await home.locator('[data-testid=problems] li', { has: home.locator('bdi', { hasText: '714 000₮' }) }).first().textContent()).toMatch(/ردیف [۰-۹]+/);
  // An option cannot hold a <bdi>: the example phone is isolated left to right with U+2066 … U+2069.
  const e164 = await home.getByTestId('phone-format').locator('option[value=E164]').textContent();
  expect(e164).toContain('\u2066+77011234567\u2069');
  expect(pageErrors).toEqual([]);
});

test('the backup hours are in the view’s digits, as every other number on the panel', async () => {
  const backups = await openSidebarFrom(page, 'showBackupsPanel', 'backup-hour');
  const hours = await backups.getByTestId('backup-hour').locator('option').allTextContents();
  expect(hours[9]).toBe('۰۹:۰۰');
  expect(hours.join(' ')).not.toMatch(/[0-9]/);
  expect(pageErrors).toEqual([]);
});

test('a duplicate group’s weights read +۱۱٫۹ and −۹٫۲, sign first, and its same-in-every-row headers are each isolated', async () => {
  const sidebar = await openSidebarFrom(page, 'showDuplicatesPanel', 'action-bar');
  const why = sidebar.getByTestId('dup-why').first();
  await why.waitFor();
  await why.locator('summary').click();
  const weights = why.locator('td.bits bdi');
  await expectReadsAsWritten(weights.first(), /^[+−][۰-۹]/);
  expect(await why.locator('td.bits').first().evaluate((cell) => cell.firstElementChild?.localName)).toBe('bdi');
  const same = sidebar.locator('.dup-same').first();
  expect(await same.locator('bdi').count()).toBeGreaterThan(0);
  expect(await same.textContent()).toContain('، ');
  expect(pageErrors).toEqual([]);
});

async function insightTablesText(sidebar: Frame): Promise<string> {
  await sidebar.getByTestId('insight-channels').waitFor();
  return (await Promise.all(['insight-activity', 'insight-channels'].map((id) => sidebar.getByTestId(id).textContent()))).join(' ');
}

test('the insights tables use one digit style: Persian by default, Latin when chosen', async () => {
  const nps = await openSidebarFrom(page, 'showNpsReport', 'open-insights');
  await nps.getByTestId('open-insights').click();
  const persian = await insightTablesText(nps);
  expect(persian).toMatch(/[۰-۹]/);
  expect(persian).not.toMatch(/[0-9]/);

  const home = await openSidebarFrom(page, 'showSidebar', 'settings');
  await home.getByTestId('digits').selectOption('latin');
  await home.getByTestId('save-settings').click();
  await home.getByTestId('status').filter({ hasText: /./ }).waitFor();
  const again = await openSidebarFrom(page, 'showNpsReport', 'open-insights');
  await again.getByTestId('open-insights').click();
  const latin = await insightTablesText(again);
  expect(latin).toMatch(/[0-9]/);
  expect(latin).not.toMatch(/[۰-۹]/);
  expect(pageErrors).toEqual([]);
});
