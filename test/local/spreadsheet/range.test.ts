import { newHost } from './fixture';

describe('Range values', () => {
  // developers.google.com/apps-script/reference/spreadsheet/range#getvalues
  test('getValues is 1-based, returns typed values and "" for empty cells', () => {
    const { sheet } = newHost();
    sheet.getRange(1, 1, 2, 3).setValues([
      ['Name', 'Visits', 'Active'],
      ['Alice', 3, true],
    ]);
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
      ['Name', 'Visits', 'Active', ''],
      ['Alice', 3, true, ''],
      ['', '', '', ''],
    ]);
    expect(sheet.getRange(2, 2).getValue()).toBe(3);
  });

  test('returned arrays and Dates are copies: mutating them changes nothing', () => {
    const { sheet } = newHost();
    const when = new Date('2024-01-01T00:00:00Z');
    sheet.getRange('A1:B1').setValues([['a', when]]);
    const values = sheet.getRange('A1:B1').getValues();
    values[0]![0] = 'changed';
    (values[0]![1] as Date).setFullYear(1999);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', when]]);
    when.setFullYear(2000);
    expect((sheet.getRange('B1').getValue() as Date).getUTCFullYear()).toBe(2024);
  });

  // developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues: dimensions must match.
  test('setValues with the wrong number of rows or columns throws Google\'s message', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('A1:C2');
    expect(() => range.setValues([['a', 'b', 'c']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([['a', 'b', 'c'], ['a', 'b']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(range.getValues()).toEqual([['', '', ''], ['', '', '']]);
  });

  test('setValue on a multi-cell range writes every cell', () => {
    const { sheet } = newHost();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
  });

  test('setFormula stores the formula; getValues returns the local placeholder', () => {
    const { sheet } = newHost();
    sheet.getRange('A1:A2').setFormulas([['=1+1'], ['']]);
    sheet.getRange('B1').setFormula('=A1*2');
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([['=1+1', '=A1*2'], ['', '']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#N/A', '#N/A']]);
    expect(sheet.getLastRow()).toBe(1);
  });

  test('isBlank', () => {
    const { sheet } = newHost();
    expect(sheet.getRange('A1:B2').isBlank()).toBe(true);
    sheet.getRange('B2').setValue(0);
    expect(sheet.getRange('A1:B2').isBlank()).toBe(false);
  });
});

describe('Range geometry', () => {
  test('position getters and A1 notation', () => {
    const { sheet } = newHost();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 7]);
    expect(range.getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange('Z10').getA1Notation()).toBe('Z10');
    expect(range.getSheet().getName()).toBe('Sheet1');
  });

  test('A1 forms: cell, block, whole columns, whole rows', () => {
    const { sheet } = newHost();
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B:C');
    expect(sheet.getRange('B:C').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('$A$1:$B$2').getA1Notation()).toBe('A1:B2');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  // developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows
  test('getRange with zero rows or columns, or outside the grid, throws Google\'s errors', () => {
    const { sheet } = newHost();
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('offset and getCell are relative, getCell stays inside the range', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('B2:D4');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:E5');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(3, 3).getA1Notation()).toBe('D4');
    expect(() => range.getCell(4, 1)).toThrow('Cell reference out of range');
  });
});

describe('formats, notes, styles and clearing', () => {
  test('number formats default to automatic and read back per cell', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('A1:B1');
    expect(range.getNumberFormat()).toBe('0.###############');
    range.setNumberFormats([['@', '0.00']]);
    expect(range.getNumberFormats()).toEqual([['@', '0.00']]);
  });

  test('notes', () => {
    const { sheet } = newHost();
    sheet.getRange('A1').setNote('merged from row 7');
    sheet.getRange('A2:B2').setNotes([['x', '']]);
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([['merged from row 7', ''], ['x', '']]);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  test('styles are recorded and read back', () => {
    const { sheet } = newHost();
    const header = sheet.getRange('A1:C1');
    header.setFontWeight('bold').setBackground('#FFEEDD').setFontColor('#333333').setHorizontalAlignment('center').setWrap(false);
    expect(header.getFontWeights()).toEqual([['bold', 'bold', 'bold']]);
    expect(header.getBackground()).toBe('#ffeedd');
    expect(header.getFontColor()).toBe('#333333');
    expect(header.getHorizontalAlignments()).toEqual([['center', 'center', 'center']]);
    expect(header.getWraps()).toEqual([[false, false, false]]);
    expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
  });

  test('clearContent keeps formats; clearFormat keeps values and number formats', () => {
    const { sheet } = newHost();
    const cell = sheet.getRange('A1');
    cell.setNumberFormat('@').setFontWeight('bold').setValue('007');
    cell.clearContent();
    expect(cell.getValue()).toBe('');
    expect(cell.getNumberFormat()).toBe('@');
    cell.setValue('007');
    // developers.google.com/apps-script/reference/spreadsheet/range#clearformat: "does not reset any number formatting rules"
    cell.clearFormat();
    expect(cell.getFontWeight()).toBe('normal');
    expect(cell.getNumberFormat()).toBe('@');
    expect(cell.getValue()).toBe('007');
  });

  // developers.google.com/apps-script/reference/spreadsheet/range#clearoptions: "By default all data is cleared."
  test('clear() clears contents, formats, notes and validation; options restrict it', () => {
    const { SpreadsheetApp, sheet } = newHost();
    const cell = sheet.getRange('A1');
    const rule = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    cell.setValue(true).setNote('n').setNumberFormat('@').setDataValidation(rule);
    cell.clear({ contentsOnly: true });
    expect([cell.getValue(), cell.getNote(), cell.getNumberFormat()]).toEqual(['', 'n', '@']);
    cell.clear();
    expect([cell.getNote(), cell.getNumberFormat(), cell.getDataValidation()]).toEqual(['', '0.###############', null]);
  });
});
