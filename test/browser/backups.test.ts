/**
 * Backups in the playground, in headless Chromium: Back up now in the sidebar, the files in the
 * local Drive panel, the schedule's scheduler fired by letting a day pass, and a restore into new tabs.
 */
import type { Frame, Page } from 'playwright-core';
import { openSidebarFrom, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('backups', { onePage: true, startBlank: true });
const { pageErrors } = playground;
let page: Page;
beforeAll(() => {
  page = playground.page();
});

function backupsSidebar(): Promise<Frame> {
  return openSidebarFrom(page, 'showBackupsPanel', 'backup-now');
}

test('back up, see the files in Drive, schedule, let a day pass, restore into a new tab', async () => {
  await page.goto(playground.url);
  await page.locator('[data-testid=grid] td[data-a1="A1"]').filter({ hasText: 'Name' }).waitFor();
  let sidebar = await backupsSidebar();
  expect(await sidebar.getByTestId('backup-none').textContent()).toBe('No backups yet.');

  await sidebar.getByTestId('backup-now').click();
  await sidebar.locator('[data-testid=backup][data-status=good]').waitFor();
  expect(await sidebar.getByTestId('status').textContent()).toMatch(/^Backup saved and verified: \d+ rows\.$/);

  await page.getByTestId('drive-button').click();
  await page.getByTestId('drive-file').first().waitFor();
  const names = await page.getByTestId('drive-file').locator('td:first-child').allTextContents();
  expect(names.some((name) => name.endsWith('manifest.json'))).toBe(true);
  expect(names.some((name) => name.endsWith('part 1.json'))).toBe(true);
  await page.getByTestId('drive-button').click();

  await sidebar.getByTestId('backup-every').selectOption('day');
  await sidebar.getByTestId('backup-hour').selectOption('3');
  await sidebar.getByTestId('backup-schedule-save').click();
  await sidebar.getByTestId('status').filter({ hasText: 'Backup schedule saved.' }).waitFor();
  await page.getByTestId('triggers-button').click();
  const trigger = page.getByTestId('trigger');
  await trigger.waitFor();
  // The document's one scheduler, hourly; a day let pass brings its 03:00 backup.
  expect(await trigger.locator('td').allTextContents()).toEqual(['runScheduler', 'CLOCK', 'every 1 h', 'Clientele demo', '—', 'Run now']);
  await page.locator('[data-testid=time-pass][data-hours="24"]').click();
  await trigger.getByTestId('trigger-last-run').filter({ hasText: /\d/ }).waitFor();
  await page.getByTestId('triggers-button').click();
  // The scheduled backup's own manifest (rotation may have replaced the manual one made the same day).
  await page.getByTestId('drive-button').click();
  const manifests = await page.getByTestId('drive-file').locator('td:first-child').filter({ hasText: 'manifest.json' }).allTextContents();
  expect(manifests.filter((name) => !names.includes(name))).toHaveLength(1);
  await page.getByTestId('drive-button').click();

  sidebar = await backupsSidebar();
  // The list is drawn when the panel's call answers; under load that is after the panel shows.
  await sidebar.locator('[data-testid=backup][data-status=good]').first().waitFor();
  await sidebar.getByTestId('backup-restore').first().click();
  const preview = sidebar.getByTestId('restore-preview');
  await preview.locator('li').first().waitFor();
  expect(await preview.locator('li').first().textContent()).toBe('Customers: 0 rows added, 0 removed, 0 changed');
  await preview.getByTestId('restore-new-tabs').click();
  await page.locator('[data-testid=sheet-tab]', { hasText: /^Customers \(\d{4}-\d{2}-\d{2}\)$/ }).waitFor();
  expect(pageErrors).toEqual([]);
});
