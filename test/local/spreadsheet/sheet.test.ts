import { newHost } from './fixture';

describe('Sheet extent', () => {
  // developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange and #getlastrow
  test('an empty sheet: last row/column 0, data range A1', () => {
    const { sheet } = newHost();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
  });

  test('the data range spans A1 to the last row and column with content', () => {
    const { sheet } = newHost();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setValue(1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  test('a new sheet is 1000 rows by 26 columns', () => {
    const { sheet } = newHost();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });
});

describe('appendRow', () => {
  // developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
  test('appends after the last row with content, parsing as typed', () => {
    const { sheet } = newHost();
    sheet.appendRow(['Name', 'Phone']);
    sheet.appendRow(['Alice', '+77011234567']);
    expect(sheet.getDataRange().getValues()).toEqual([
      ['Name', 'Phone'],
      ['Alice', 77011234567],
    ]);
  });

  test('grows the grid when the sheet is full, in rows and columns', () => {
    const { ss } = newHost();
    const small = ss.insertSheet('Small');
    const model = small as unknown as { maxRows: number };
    small.deleteRows(2, 999);
    expect(small.getMaxRows()).toBe(1);
    small.appendRow(['a']);
    small.appendRow(new Array(30).fill('b'));
    expect([small.getMaxRows(), small.getMaxColumns()]).toEqual([2, 30]);
    expect(model.maxRows).toBe(2);
    expect(small.getRange(2, 30).getValue()).toBe('b');
  });
});

describe('inserting and deleting rows and columns shifts every layer', () => {
  test('rows', () => {
    const { SpreadsheetApp, sheet } = newHost();
    sheet.getRange('A1:A3').setValues([['one'], ['two'], ['three']]);
    sheet.getRange('A2').setNote('note of two').setNumberFormat('@').setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().build());
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['one'], [''], [''], ['two'], ['three']]);
    expect(sheet.getRange('A4').getNote()).toBe('note of two');
    expect(sheet.getRange('A4').getNumberFormat()).toBe('@');
    expect(sheet.getRange('A4').getDataValidation()?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.TEXT_IS_VALID_EMAIL);
    sheet.insertRowAfter(4);
    expect(sheet.getRange('A6').getValue()).toBe('three');
    sheet.deleteRows(2, 2);
    sheet.deleteRow(3);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['one'], ['two'], ['three']]);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  test('columns', () => {
    const { sheet } = newHost();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(2, 250);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getColumnWidth(4)).toBe(250);
    expect(sheet.getMaxColumns()).toBe(28);
    sheet.insertColumnBefore(1);
    sheet.deleteColumn(1);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
    expect(sheet.getColumnWidth(2)).toBe(250);
  });

  test('deleting every row is refused', () => {
    const { sheet } = newHost();
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
  });
});

// developers.google.com/apps-script/guides/sheets and support.google.com/docs/answer/37603:
// up to 10 million cells per spreadsheet.
describe('10 million cells per spreadsheet', () => {
  test('inserting a sheet or rows beyond the limit throws', () => {
    const { ss, sheet } = newHost();
    const message = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    sheet.insertRowsAfter(1000, 384_000 - 1000); // 384,000 x 26 = 9,984,000 cells
    expect(() => sheet.insertRowsAfter(1, 1000)).toThrow(message);
    expect(() => ss.insertSheet('More')).toThrow(message);
    expect(() => sheet.insertColumnAfter(26)).toThrow(message);
    expect(ss.getSheets()).toHaveLength(1);
  });
});

describe('sheet properties', () => {
  test('frozen rows and columns', () => {
    const { sheet } = newHost();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  test('clear and clearContents', () => {
    const { sheet } = newHost();
    sheet.getRange('A1').setValue('x').setFontWeight('bold');
    sheet.clearContents();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getFontWeight()]).toEqual(['', 'bold']);
    sheet.getRange('A1').setValue('x');
    sheet.clear();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getFontWeight()]).toEqual(['', 'normal']);
  });

  test('column widths and auto-resize', () => {
    const { sheet } = newHost();
    expect(sheet.getColumnWidth(1)).toBe(100);
    sheet.getRange('A1').setValue('a rather long customer name');
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
  });

  test('hiding, tab colour, right-to-left', () => {
    const { ss, sheet } = newHost();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ss.insertSheet('Other');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    other.showSheet();
    expect(other.isSheetHidden()).toBe(false);
    sheet.setTabColor('#ff0000');
    expect(sheet.getTabColor()).toBe('#ff0000');
    sheet.setRightToLeft(true);
    expect(sheet.isRightToLeft()).toBe(true);
  });

  test('names are unique and renaming checks too', () => {
    const { ss, sheet } = newHost();
    ss.insertSheet('Customers');
    expect(() => sheet.setName('Customers')).toThrow('A sheet with the name "Customers" already exists. Please enter another name.');
    sheet.setName('Main');
    expect(sheet.getName()).toBe('Main');
  });
});
