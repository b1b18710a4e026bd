/**
 * Large restores and pastes work at any size a sheet allows (issue 14): nothing spreads a whole
 * column into one call (`Math.max(...rows)` overflows the call stack past about 100,000 values).
 */
import { diffSheet } from '../../src/core/backups/restoreDiff';
import { userPaste } from '../../src/local/editTriggers';
import { addonHost, sheetValues } from '../support/addonHost';

describe('large blocks', () => {
  it('the restore preview of an 80,000-row backup counts what changes', () => {
    const rows = (count: number, city: string) => [['Customer ID', 'Name', 'City'], ...Array.from({ length: count }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Person ${i}`, city])];
    const diff = diffSheet('Customers', rows(80_000, 'Almaty'), rows(79_000, 'Astana'));
    expect(diff).toMatchObject({ sheet: 'Customers', added: 1_000, changed: 79_000, removed: 0 });
  });

  it('a 130,000-row paste goes in whole', () => {
    const host = addonHost();
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 130_000);
    sheet.deleteColumns(4, sheet.getMaxColumns() - 3);
    const block = Array.from({ length: 130_000 }, (_, i) => [`Person ${i}`, `p${i}@mail.kz`, 'Almaty']);
    const results = userPaste(host, host.activeSpreadsheetId()!, { sheetName: sheet.getName(), row: 1, column: 1 }, block);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(sheetValues(host, sheet.getName())).toHaveLength(130_000);
  });
});
