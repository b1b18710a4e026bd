/**
 * XLSX in the sidebar's Import contacts, in headless Chromium on the playground: the workbook is
 * read in the browser (the page's own DOMParser), its sheet chosen when it has several, and the
 * preview shows its rows; an old .xls is refused with a message that says what to do.
 */
import { Workbook } from 'exceljs';
import { BROWSER_TEST_TIMEOUT_MS, openSidebarFrom } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('xlsx-import');

async function leadsWorkbook(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('Read me').addRow(['Exported from the shop']);
  const leads = workbook.addWorksheet('Лиды');
  leads.addRow(['Name', 'Email', 'Phone', 'Birthday']);
  leads.addRow(['Жанар Бекмуратова', 'zhanar.import@example.com', '+77015550101', new Date(Date.UTC(1990, 4, 17))]);
  leads.addRow(['司马明远', 'sima.mingyuan.import@example.com', null, null]);
  leads.addRow(['مریم کاشانی‌نژاد', 'maryam.import@example.com', '+989121234567', null]);
  leads.getCell('D2').numFmt = 'dd.mm.yyyy';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('Import contacts: an .xlsx with two sheets, the second chosen, previews its three rows', async () => {
  const page = playground.page();
  await playground.cell('A1').filter({ hasText: 'Name' }).waitFor();
  const frame = await openSidebarFrom(page, 'showImportPanel', 'import-file');
  expect(await frame.getByTestId('import-file').getAttribute('accept')).toContain('.xlsx');
  await frame.getByTestId('import-file').setInputFiles({ name: 'leads.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await leadsWorkbook() });
  const sheet = frame.getByTestId('import-file-sheet');
  await sheet.waitFor();
  expect(await sheet.locator('option').allTextContents()).toEqual(['Read me', 'Лиды']);
  await sheet.selectOption({ label: 'Лиды' });
  await frame.getByTestId('import-preview').click();
  await frame.getByTestId('import-summary').waitFor();
  expect(await frame.getByTestId('import-summary').textContent()).toMatch(/^3 new, 0 updated, 0 to quarantine/);
  // The workbook's rows 2–4, each a new customer.
  expect(await frame.getByTestId('import-preview-rows').locator('tr').allTextContents()).toEqual([
    expect.stringMatching(/^2newC-\d{6}$/), expect.stringMatching(/^3newC-\d{6}$/), expect.stringMatching(/^4newC-\d{6}$/),
  ]);
});

test('Import contacts: an old .xls is refused, saying to save it as XLSX or CSV', async () => {
  const page = playground.page();
  await playground.cell('A1').filter({ hasText: 'Name' }).waitFor();
  const frame = await openSidebarFrom(page, 'showImportPanel', 'import-file');
  // An .xls is an OLE compound file: its signature is what the reader tells it by.
  const xls = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
  await frame.getByTestId('import-file').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  await frame.locator('#status.error').filter({ hasText: 'old Excel workbook (.xls)' }).waitFor();
  expect(await frame.locator('#status').textContent()).toContain('Excel Workbook (.xlsx)');
  expect(await frame.getByTestId('import-file-sheet').isVisible()).toBe(false);
});
