/**
 * Audited editing in the playground, in headless Chromium: an edit typed in the grid fires the
 * installable edit trigger that Set up customer sheet made, as in Sheets.
 */
import type { Page } from 'playwright-core';
import { chooseMenuItem, openSidebarFrom, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';
import { DEMO_ROW_COUNT } from '../../src/local/demo/demoCustomers';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('audited', { onePage: true, startBlank: true });
const { cell } = playground;
let page: Page;
beforeAll(() => {
  page = playground.page();
});

test('a customer typed and two pasted in the grid get IDs from the edit trigger; the Audited editing panel shows the edits and an intact log', async () => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(playground.url);
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
  await chooseMenuItem(page, 'setUpCustomerSheet');
  await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();

  const row = DEMO_ROW_COUNT + 2;
  await cell(`A${row}`).click();
  await page.keyboard.type('Nurlan Abenov');
  await page.keyboard.press('Enter');
  await cell(`Q${row}`).filter({ hasText: /^C-\d{6}$/ }).waitFor();
  expect(await page.getByTestId('sheet-tab').allTextContents()).toContain('Audit log');

  // A paste of two rows (as Sheets copies them: tab-separated) is one edit: both rows get IDs.
  await cell(`A${row + 1}`).click();
  await page.getByTestId('grid').evaluate((table, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    table.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, 'Zahra Ahmadi\t+989121234567\r\n王芳\t+8613800138000\r\n');
  await cell(`Q${row + 2}`).filter({ hasText: /^C-\d{6}$/ }).waitFor();
  expect(await cell(`A${row + 2}`).textContent()).toBe('王芳');
  expect(await cell(`B${row + 1}`).textContent()).toBe('+989121234567');
  const ids = [await cell(`Q${row}`).textContent(), await cell(`Q${row + 1}`).textContent(), await cell(`Q${row + 2}`).textContent()];
  expect(new Set(ids).size).toBe(3);

  // The sidebar's Audited editing panel: the switch is on and the log is intact, with the edit listed.
  const frame = await openSidebarFrom(page, 'showSidebar', 'open-audit');
  await frame.getByTestId('open-audit').click();
  await frame.getByTestId('audit-integrity').filter({ hasText: 'intact' }).waitFor();
  expect(await frame.getByTestId('audit-editing').isChecked()).toBe(true);
  expect(await frame.getByTestId('audit-recent').textContent()).toContain('Edit in the sheet');
  expect(await frame.getByTestId('audit-recent').textContent()).not.toContain('Nurlan');
  expect(errors).toEqual([]);
});
