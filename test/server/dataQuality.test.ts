import type { DataQualityReport } from '../../src/core/cleaning/dataQuality';
import { DATA_QUALITY_SHEET } from '../../src/core/cleaning/dataQuality';
import { messagesFor } from '../../src/core/i18n/messages';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

function host() {
  const h = addonHost();
  putTable(h, 'Sheet1', [
    ['Name', 'Phone', 'Email', 'NPS', 'Notes'],
    ['Ivan', '+7 701 123 45 67', 'ivan@mail.ru', 9, ''],
    ['Иван', '87011234567', 'IVAN@mail.ru', 'ten', 'same person'],
    ['Ali', 'not a phone', '', 11, ''],
    ['Wang', '', 'wang@163.com', '', ''],
  ]);
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  return h;
}

describe('Data quality report', () => {
  it('shows per column how complete and how valid the data is, and the likely duplicates', () => {
    const report = host().run<DataQualityReport>('getDataQuality');
    const byHeader = Object.fromEntries(report.columns.map((c) => [c.header, [c.completeness, c.validity]]));
    expect(report.rows).toBe(4);
    expect(byHeader).toEqual({
      Name: [1, null],
      Phone: [0.75, 2 / 3],
      Email: [0.75, 1],
      NPS: [0.75, 1 / 3],
      Notes: [0.25, null],
    });
    // Ivan and Иван share a phone (in two formats) and an email (in two cases).
    expect(report.likelyDuplicates).toBe(2);
  });

  it('is added to the Data quality sheet on each run, so the trend shows over time', () => {
    const h = host();
    expect(h.run<string>('writeDataQuality')).toContain(DATA_QUALITY_SHEET);
    h.run('writeDataQuality');
    const rows = sheetValues(h, DATA_QUALITY_SHEET);
    expect(rows[0]).toEqual(['Date', 'Sheet', 'Rows', 'Column', 'Filled', 'Complete', 'Valid', 'Likely duplicates']);
    expect(rows.filter((row) => row[3] === '*').map((row) => row[7])).toEqual([2, 2]);
    expect(rows.filter((row) => row[3] === 'Phone').map((row) => row[4])).toEqual([3, 3]);
  });
});

describe('Data quality sheet in the user’s language (issue 19)', () => {
  it('is made and headed in Persian for a Persian user, and found again after they switch to English', () => {
    const h = host();
    h.run('saveSettings', { language: 'fa', defaultCountry: 'KZ' });
    const fa = messagesFor('fa');
    expect(h.run<string>('writeDataQuality')).toContain(fa.sheetDataQuality);
    expect(sheetValues(h, fa.sheetDataQuality)[0]).toEqual(fa.dataQualityHeaders.split('|'));
    h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    expect(h.run<string>('writeDataQuality')).toContain(fa.sheetDataQuality);
    const names = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheets().map((sheet) => sheet.getName());
    expect(names).not.toContain(DATA_QUALITY_SHEET);
    expect(sheetValues(h, fa.sheetDataQuality).filter((row) => row[3] === '*')).toHaveLength(2);
  });
});
