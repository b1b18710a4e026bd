/**
 * The Privacy panel in the playground, in headless Chromium: find a customer by email, export
 * their data as a JSON download made in the sidebar, erase them after the confirmation that names
 * the backup caveat, and see them gone from the grid.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { openSidebarFrom, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const EMAIL = 'MAHSA.MOHAMMADI@GMAIL.COM';

// Downloads are accepted: Playwright's default for a new page (acceptDownloads).
const playground = usePlaygroundPage('privacy', { onePage: true, startBlank: true });
const { pageErrors } = playground;
let page: Page;
beforeAll(() => {
  page = playground.page();
});

function privacySidebar(): Promise<Frame> {
  return openSidebarFrom(page, 'showPrivacyPanel', 'privacy-search');
}

test('find a customer, download their data as JSON, erase them, and they are gone from the grid', async () => {
  await page.goto(playground.url);
  await page.locator('[data-testid=grid] td[data-a1="A1"]').filter({ hasText: 'Name' }).waitFor();
  expect(await page.getByTestId('grid').textContent()).toContain(EMAIL);
  const sidebar = await privacySidebar();
  expect(await sidebar.getByTestId('privacy-consent').textContent()).toMatch(/of \d+ customers/);

  await sidebar.getByTestId('privacy-search').fill(EMAIL.toLowerCase());
  await sidebar.getByTestId('privacy-find').click();
  await sidebar.getByTestId('privacy-customer').waitFor();
  expect(await sidebar.getByTestId('privacy-customer').textContent()).toContain('Customers: 1 row');

  const [download] = await Promise.all([page.waitForEvent('download'), sidebar.getByTestId('privacy-export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/^clientele-.+\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { sheets: { sheet: string; rows: { values: Record<string, unknown> }[] }[] };
  expect(data.sheets[0]!.rows[0]!.values.Email).toBe(EMAIL);

  await sidebar.getByTestId('privacy-erase').click();
  await sidebar.getByTestId('privacy-backups-caveat').waitFor();
  expect(await sidebar.getByTestId('privacy-backups-caveat').textContent()).toBe('Backups made before now still hold their data until rotation deletes them: up to 12 months.');
  await sidebar.getByTestId('privacy-erase-confirm').click();
  await sidebar.getByTestId('status').filter({ hasText: /^Erased / }).waitFor();
  await page.waitForFunction((email) => !document.querySelector('[data-testid=grid]')?.textContent?.includes(email), EMAIL);
  expect(pageErrors).toEqual([]);
});
