/**
 * Import asks first (issue 19: confirm what touches many rows, with its count): in the playground
 * (the built add-on on the demo workbook, headless Chromium), in English and in Persian, *Import*
 * shows the inline bar with the rows it would write and what happens to them; Cancel writes
 * nothing, the confirming click imports every row.
 */
import { BROWSER_TEST_TIMEOUT_MS, chooseMenuItem, untilItHolds } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS * 2);

const playground = usePlaygroundPage('import-confirm');
const { cell, sidebar } = playground;

const LEADS = 'Name,Email\r\nLi Wei,li.wei@example.cn\r\nDana Omarova,dana.omarova@example.kz\r\nSaule Bekova,saule.bekova@example.kz\r\n';

const LANGUAGES = [
  { locale: 'en', question: 'Import 3 rows? 3 new, 0 updated, 0 to quarantine, 0 unchanged.', done: /^Imported: 3 new, 0 updated, 0 to quarantine, 0 already imported\.$/ },
  { locale: 'fa', question: '۳ ردیف وارد شود؟ ۳ جدید، ۰ به‌روزرسانی، ۰ به قرنطینه، ۰ بدون تغییر.', done: /^وارد شد: ۳ جدید، ۰ به‌روزرسانی، ۰ به قرنطینه، ۰ از قبل وارد شده\.$/ },
] as const;

/** Grid cells holding the text: the leads once imported (the grid shows the customer sheet). */
const cellsWith = (text: string) => playground.page().locator('[data-testid=grid] td', { hasText: text }).count();

test.each(LANGUAGES)('$locale: Import asks with the count; Cancel imports nothing, the confirming click imports every row', async ({ locale, question, done }) => {
  await playground.post('/api/locale', { locale });
  await playground.post('/api/reset');
  await playground.page().reload();
  await cell('A1').waitFor();
  await chooseMenuItem(playground.page(), 'showImportPanel');
  const panel = sidebar();
  await panel.getByTestId('import-run').waitFor();
  await panel.getByTestId('import-file').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(LEADS) });

  await panel.getByTestId('import-run').click();
  const asked = panel.getByTestId('confirm-question');
  await asked.waitFor();
  expect(await asked.textContent()).toBe(question);
  await panel.getByTestId('confirm-cancel').click();
  await asked.waitFor({ state: 'detached' });
  expect(await cellsWith('Li Wei')).toBe(0);

  await panel.getByTestId('import-run').click();
  await asked.waitFor();
  await panel.getByTestId('confirm-yes').click();
  await untilItHolds(async () => expect(await panel.getByTestId('status').textContent()).toMatch(done));
  await untilItHolds(async () => expect(await cellsWith('Saule Bekova')).toBe(1));
  expect(await cellsWith('Li Wei')).toBe(1);
});
