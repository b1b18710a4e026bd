/**
 * Behaviours of live Apps Script that gas-fakes' test suite checks (brucemcpherson/gas-fakes,
 * run against Apps Script itself) and the local host did not match; each test names the fact
 * as /work/shared/fidelity/apps-script-facts.md lists it (the suite's own assertion text).
 *
 * Not implemented, because the add-on neither calls nor plausibly will call it: getRange("RC1")
 * on a sheet 26 columns wide answering a range beyond the grid ("Should fallback to A1 for
 * invalid R1C1": the A1 cell of column RC is parsed, and the host keeps refusing ranges outside
 * the grid as it does for every other getRange).
 */
import { newHost } from '../spreadsheet/fixture';

describe('Range.getA1Notation of whole rows and columns (gas-fakes "A1 Notation Range Parsing")', () => {
  test.each([
    ['Row-only: A1 notation', '5:7', '5:7', 3, 26],
    ['Column-only: A1 notation', 'D:F', 'D:F', 1000, 3],
    ['Inverted row-only range should be corrected', '5:2', '2:5', 4, 26],
    ['Inverted column-only range should be corrected', 'D:B', 'B:D', 1000, 3],
    ['Inverted cell range should be corrected', 'C5:B2', 'B2:C5', 4, 2],
    ['Single cell with $: A1 notation', '$C$3', 'C3', 1, 1],
  ])('%s: getRange("%s")', (_fact, a1, expected, rows, columns) => {
    const { sheet } = newHost();
    const range = sheet.getRange(a1);
    expect([range.getA1Notation(), range.getNumRows(), range.getNumColumns()]).toEqual([expected, rows, columns]);
  });

  test('a whole-column range still reads and writes its cells', () => {
    const { sheet } = newHost();
    sheet.getRange('B:B').setNumberFormat('@');
    expect(sheet.getRange('B1000').getNumberFormat()).toBe('@');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.###############');
  });
});

// developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation: "A1 notation or R1C1 notation".
describe('Sheet.getRange with R1C1 notation (gas-fakes "getRange with R1C1 notation")', () => {
  test.each([
    ['getRange with R1C1 single cell', 'R5C3', 'C5', 5, 3],
    ['getRange with R1C1 range', 'R2C2:R4C5', 'B2:E4', 2, 2],
    ['getRange with inverted R1C1 range', 'R10C5:R1C2', 'B1:E10', 1, 2],
    ['getRange with lowercase r1c1 range', 'r1c1:r2c2', 'A1:B2', 1, 1],
  ])('%s: %s', (_fact, notation, a1, row, column) => {
    const { sheet } = newHost();
    const range = sheet.getRange(notation);
    expect([range.getA1Notation(), range.getRow(), range.getColumn()]).toEqual([a1, row, column]);
  });

  test('R1C1 range num rows / num columns', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('R2C2:R4C5');
    expect([range.getNumRows(), range.getNumColumns()]).toEqual([3, 4]);
  });
});

describe('Range.setFormula on a block (gas-fakes "setting and repeating cell formats")', () => {
  test('relative references move with each cell: "=A1" reads back [["=A1","=B1"],["=A2","=B2"]]', () => {
    const { sheet } = newHost();
    const block = sheet.getRange('B52:C53');
    block.setFormula('=A1');
    expect(block.getFormulas()).toEqual([['=A1', '=B1'], ['=A2', '=B2']]);
  });

  test.each([
    ['absolute references stay', '=SUM($B$2:$B$4)', '=SUM($B$2:$B$4)'],
    ['mixed references move on their relative side', '=$A1+B$1', '=$A2+C$1'],
    ['whole columns and rows move too', '=SUM(A:A)+SUM(1:1)', '=SUM(B:B)+SUM(2:2)'],
    ['text in quotes and function names are not references', '=LOG10(A1)&"A1"', '=LOG10(B2)&"A1"'],
    ['a quoted sheet name is kept, its cell moves', "='Sheet 1'!A1", "='Sheet 1'!B2"],
  ])('%s: %s in the second row and column gives %s', (_case, formula, shifted) => {
    const { sheet } = newHost();
    const block = sheet.getRange('A1:B2');
    block.setFormula(formula);
    expect(block.getFormulas()[1]![1]).toBe(shifted);
    expect(block.getFormulas()[0]![0]).toBe(formula);
  });
});

describe('number formats (gas-fakes "NumberFormat" and "NumberFormats")', () => {
  test('setNumberFormat("general") reads back as 0.###############', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('B27:E30');
    range.setNumberFormat('general');
    expect(range.getNumberFormats().flat()).toEqual(new Array(16).fill('0.###############'));
    expect(range.getNumberFormat()).toBe('0.###############');
  });

  test('setNumberFormats with "general" among other formats', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('A1:B1');
    range.setNumberFormats([['General', '#,##0.00']]);
    expect(range.getNumberFormats()).toEqual([['0.###############', '#,##0.00']]);
  });
});

describe('colours (gas-fakes "Color names should be case-insensitive", "Background for … should be …")', () => {
  test('Range.setBackground("LIGHTCORAL") → getBackground() "#f08080"', () => {
    const { sheet } = newHost();
    expect(sheet.getRange('A1').setBackground('LIGHTCORAL').getBackground()).toBe('#f08080');
  });

  test('Background for "aliceblue" should be #f0f8ff, and every other CSS name its hex code', () => {
    const { sheet } = newHost();
    const names = [['aliceblue', 'antiquewhite', 'rebeccapurple', 'Grey']];
    const range = sheet.getRange('A1:D1');
    range.setBackgrounds(names);
    expect(range.getBackgrounds()).toEqual([['#f0f8ff', '#faebd7', '#663399', '#808080']]);
    range.setFontColors([['black', '#ABC', '#00FF00', null]]);
    expect(range.getFontColor()).toBe('#000000');
  });
});

describe('horizontal alignments (gas-fakes "HorizontalAlignments")', () => {
  test("'normal' reads back 'general-left'; a reset cell 'general'", () => {
    const { sheet } = newHost();
    const range = sheet.getRange('A1:D1');
    range.setHorizontalAlignments([[null, 'center', 'right', 'normal']]);
    expect(range.getHorizontalAlignments()).toEqual([['general', 'center', 'right', 'general-left']]);
    range.setHorizontalAlignment('normal');
    expect(range.getHorizontalAlignment()).toBe('general-left');
  });
});

describe('Protection.getEditors (gas-fakes "Protection")', () => {
  test('a warning-only protection lists no editors; restricting editing lists them again', () => {
    const { sheet } = newHost();
    const protection = sheet.protect().setDescription('sample1').setWarningOnly(true);
    expect(protection.canEdit()).toBe(true);
    expect(protection.getEditors()).toHaveLength(0);
    protection.setWarningOnly(false);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
  });
});

describe('SpreadsheetApp.setActiveSpreadsheet (gas-fakes "SpreadsheetApp active spreadsheet")', () => {
  // developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#setactivespreadsheetspreadsheet
  test('a script makes another spreadsheet active by passing it', () => {
    const { SpreadsheetApp } = newHost();
    const other = SpreadsheetApp.create('Other');
    SpreadsheetApp.setActiveSpreadsheet(other);
    expect(SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(other.getId());
    expect(() => SpreadsheetApp.setActiveSpreadsheet(other.getId() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.setActiveSpreadsheet.",
    );
  });
});

describe('Range.setNotes (gas-fakes "notes")', () => {
  test('setNotes("foo") does not match the method signature', () => {
    const { sheet } = newHost();
    expect(() => sheet.getRange('A1:C3').setNotes('foo' as unknown as string[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setNotes.",
    );
  });
});
