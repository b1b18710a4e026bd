import { newHost } from './fixture';

function fill(rows: number, columns: number, make: (r: number, c: number) => unknown): unknown[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => make(r, c)));
}

describe('service calls are counted per call, not per cell', () => {
  // developers.google.com/apps-script/guides/support/best-practices#use_batch_operations
  test('reading a 10-row and a 10,000-row sheet with one getDataRange().getValues() costs the same', () => {
    const costs = [10, 10_000].map((rows) => {
      const { ctx, app, model, SpreadsheetApp } = newHost();
      const raw = app.getSpreadsheetModel(model.id)!.sheets[0]!;
      raw.insertRowsAfter(1000, rows);
      raw.getRange(1, 1, rows, 5).setValues(fill(rows, 5, (r, c) => `${r}:${c}`));
      ctx.calls.reset();
      const values = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getDataRange().getValues();
      expect(values).toHaveLength(rows);
      return ctx.calls.snapshot();
    });
    expect(costs[0]).toEqual(costs[1]);
    expect(costs[0]).toEqual({
      'Range.getValues': 1,
      'Sheet.getDataRange': 1,
      'Spreadsheet.getActiveSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  test('chained calls are counted too', () => {
    const { ctx, sheet, SpreadsheetApp } = newHost();
    sheet.getRange('A1').setValue('x').setFontWeight('bold');
    SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
    expect(ctx.calls.snapshot()).toEqual({
      'DataValidationBuilder.build': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.setAllowInvalid': 1,
      'Range.setFontWeight': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 1,
      'SpreadsheetApp.newDataValidation': 1,
    });
  });
});

describe('large sheets', () => {
  // How fast the host stores them is measured by `npm run bench`, not asserted here: a timed
  // assertion fails on a busy machine for no fault of the code.
  test('100,000 rows x 20 columns: written in one call, read back whole, data range found', () => {
    const { ss } = newHost();
    const sheet = ss.insertSheet('Big');
    sheet.insertRowsAfter(1000, 99_000);
    const data = fill(100_000, 20, (r, c) => (c === 0 ? r : `customer ${r} field ${c}`));

    sheet.getRange(1, 1, 100_000, 20).setValues(data);
    const values = sheet.getDataRange().getValues();

    expect(sheet.getDataRange().getA1Notation()).toBe('A1:T100000');
    expect(values).toHaveLength(100_000);
    expect(values[0]).toEqual(data[0]);
    expect(values[99_999]![19]).toBe('customer 99999 field 19');
  });
});
