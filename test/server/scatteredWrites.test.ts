/**
 * A merge, a cleaning or an undo that changes a few rows far apart writes those rows, not the
 * whole stretch between them (setValues costs ≈60 µs a cell on Apps Script, src/local/executionCost.ts):
 * on 6,000 rows, two groups at the top and the bottom are a few dozen cells, and every row in
 * between keeps its value and its formula.
 */
import type { CellValue } from '../../src/core/customerRecord';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const HEADER = ['Customer ID', 'Name', 'Phone', 'Email', 'City', 'Name length'];
const ROWS = 6_000;

function table(): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: ROWS }, (_, i) => {
    const n = String(i + 1).padStart(6, '0');
    return [`C-${n}`, `Customer ${n}`, `+7701${n.slice(0, 3)}${n}`.slice(0, 12), `c${n}@example.org`, 'Almaty', ''];
  });
  // Two pairs of the same person: rows 2–3 at the top and the last two rows.
  rows[1] = ['C-000002', 'Customer 000001', '+77010000001', 'c000001@example.org', 'Almaty', ''];
  rows[ROWS - 1] = [`C-${String(ROWS).padStart(6, '0')}`, 'Customer last', '+77019999999', 'last@example.org', 'Astana', ''];
  rows[ROWS - 2] = [`C-${String(ROWS - 1).padStart(6, '0')}`, 'Customer last', '+77019999999', '', 'Astana', ''];
  return [HEADER, ...rows];
}

function host() {
  const h = addonHost({ executionTime: { cpuClock: () => 0 } });
  putTable(h, 'Sheet1', table());
  const sheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName('Sheet1')!;
  for (let row = 2; row <= ROWS + 1; row += 1) sheet.getRange(row, 6).setFormula(`=LEN(B${row})`);
  h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  return { h, sheet };
}

describe('Scattered edits are written where they are', () => {
  it('a merge of a pair at the top and a pair at the bottom writes a few cells and keeps every formula between', () => {
    const { h, sheet } = host();
    const before = sheetValues(h, 'Sheet1');
    h.run('mergeDuplicates', [[2, 3], [ROWS, ROWS + 1]]);
    expect(h.executionTime.last!.cellsWritten).toBeLessThan(100);
    const after = sheetValues(h, 'Sheet1');
    expect(after).toHaveLength(ROWS - 1);
    // The rows between the two groups are as they were, one row up after the first merge.
    const firstSix = (rows: CellValue[][]) => rows.map((row) => row.slice(0, 6));
    expect(firstSix(after.slice(3, ROWS - 3))).toEqual(firstSix(before.slice(4, ROWS - 2)));
    expect(sheet.getRange(3000, 6).getFormula()).toBe('=LEN(B3000)');
    expect(after[ROWS - 2]![3]).toBe('last@example.org');
  });

  it('undoing that merge writes a few cells too and gives the table back exactly', () => {
    const { h, sheet } = host();
    const before = sheetValues(h, 'Sheet1');
    h.run('mergeDuplicates', [[2, 3], [ROWS, ROWS + 1]]);
    h.run('undoLastAction');
    expect(h.executionTime.last!.cellsWritten).toBeLessThan(200);
    expect(sheetValues(h, 'Sheet1')).toEqual(before);
    expect(sheet.getRange(ROWS, 6).getFormula()).toBe(`=LEN(B${ROWS})`);
  });

  it('cleaning two cells 5,000 rows apart writes two small blocks', () => {
    const { h } = host();
    putTable(h, 'Sheet1', table().map((row, i) => (i === 3 ? [row[0]!, '  spaced   name ', ...row.slice(2)] : i === ROWS - 10 ? [...row.slice(0, 3), 'UPPER@EXAMPLE.ORG', ...row.slice(4)] : row)));
    h.run('applyCleaning', []);
    expect(h.executionTime.last!.cellsWritten).toBeLessThan(100);
    const after = sheetValues(h, 'Sheet1');
    expect(after[3]![1]).toBe('Spaced Name');
    expect(after[ROWS - 10]![3]).toBe('upper@example.org');
  });
});
