import { newHost } from './fixture';

// Sheets, like every spreadsheet, moves the references of formulas with the cells when rows or
// columns are inserted or deleted, and a reference to a deleted cell shows #REF!. Google's help
// pages do not spell out what happens to a range that loses an end; the host keeps the nearest
// cells that remain, as Sheets and Excel do. A test of an action that deletes or inserts rows
// then sees the formulas Sheets would keep.
describe('formula references follow inserted and deleted rows and columns', () => {
  const cases: [string, string, (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void, string, string][] = [
    // label, formula in C5, change, cell the formula is in afterwards, formula afterwards
    ['a row deleted above', '=UPPER(B5)', (s) => s.deleteRow(2), 'C4', '=UPPER(B4)'],
    ['rows inserted above', '=B5*2', (s) => s.insertRowsBefore(2, 3), 'C8', '=B8*2'],
    ['absolute references move too', '=$B$5+B$1', (s) => s.deleteRows(2, 2), 'C3', '=$B$3+B$1'],
    ['a range shrinks when part of it goes', '=SUM(A2:A6)', (s) => s.deleteRows(2, 2), 'C3', '=SUM(A2:A4)'],
    ['a deleted cell becomes #REF!', '=B3', (s) => s.deleteRow(3), 'C4', '=#REF!'],
    ['text in quotes is not a reference', '=CONCAT("B5", B5)', (s) => s.deleteRow(2), 'C4', '=CONCAT("B5", B4)'],
    ['a function name is not a reference', '=LOG10(B5)', (s) => s.deleteRow(2), 'C4', '=LOG10(B4)'],
    ['a column deleted to the left', '=B5&A5', (s) => s.deleteColumn(1), 'B5', '=A5&#REF!'],
    ['another sheet’s reference is left alone', "='Other sheet'!B5", (s) => s.deleteRow(2), 'C4', "='Other sheet'!B5"],
  ];

  test.each(cases)('%s', (_label, formula, change, cell, expected) => {
    const { sheet } = newHost();
    sheet.getRange('C5').setFormula(formula);
    change(sheet);
    expect(sheet.getRange(cell).getFormula()).toBe(expected);
  });

  it('a formula on another sheet that points here moves too', () => {
    const { ss, sheet } = newHost();
    const other = ss.insertSheet('Totals');
    other.getRange('A1').setFormula(`='${sheet.getName()}'!B5`);
    sheet.deleteRow(2);
    expect(other.getRange('A1').getFormula()).toBe(`='${sheet.getName()}'!B4`);
  });
});
