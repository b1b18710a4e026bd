import * as vm from 'node:vm';
import { newHost } from './fixture';

// developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue and
// support.google.com/docs/answer/3094284 (data formats): a string written by a script
// is read as if a person typed it into the cell.
describe('a written string is parsed as if typed', () => {
  const cases: [string, string, unknown, string][] = [
    // label, written, getValue(), getFormula()
    ['a plain word stays text', 'Alice', 'Alice', ''],
    ['a numeric string becomes a number', '42', 42, ''],
    ['leading zeros are lost', '007', 7, ''],
    ['a phone number with + becomes a number', '+77011234567', 77011234567, ''],
    ['a decimal', '3.5', 3.5, ''],
    ['a negative number', '-12', -12, ''],
    ['a grouped number', '1,234', 1234, ''],
    ['a percentage', '50%', 0.5, ''],
    ['TRUE becomes a boolean', 'TRUE', true, ''],
    ['false in any case becomes a boolean', 'false', false, ''],
    ['a leading apostrophe forces text and is dropped', "'007", '007', ''],
    ['an apostrophe keeps a formula as text', "'=1+1", '=1+1', ''],
    ['= starts a formula (stored, not evaluated locally)', '=SUM(A1:A3)', '#N/A', '=SUM(A1:A3)'],
    ['a spaced phone number with + is a formula parse error', '+7 701 123 45 67', '#ERROR!', '=+7 701 123 45 67'],
    ['a leading - that is not a number is a formula parse error', '-hello', '#ERROR!', '=-hello'],
    ['a lone dash stays text', '-', '-', ''],
    ['an empty string empties the cell', '', '', ''],
  ];

  test.each(cases)('%s', (_label, written, value, formula) => {
    const { sheet } = newHost();
    const cell = sheet.getRange('B2');
    cell.setValue(written);
    expect(cell.getValue()).toEqual(value);
    expect(cell.getFormula()).toBe(formula);
  });

  test('an ISO date becomes a Date at midnight in the spreadsheet time zone', () => {
    const { ss, sheet } = newHost();
    ss.setSpreadsheetTimeZone('Asia/Almaty');
    sheet.getRange('A1').setValue('2024-05-01');
    sheet.getRange('A2').setValue('2024-05-01 14:30');
    const a1 = sheet.getRange('A1').getValue() as Date;
    expect(a1).toBeInstanceOf(Date);
    expect(a1.toISOString()).toBe(new Date('2024-05-01T00:00:00+05:00').toISOString());
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe(new Date('2024-05-01T14:30:00+05:00').toISOString());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-05-01');
  });

  test('an impossible date stays text', () => {
    const { sheet } = newHost();
    sheet.getRange('A1').setValue('2024-02-30');
    expect(sheet.getRange('A1').getValue()).toBe('2024-02-30');
  });

  // support.google.com/docs/answer/56470 (format numbers): "Plain text" (@) keeps what is typed as text.
  test('a plain-text (@) cell keeps strings exactly, which is how phone columns stay intact', () => {
    const { sheet } = newHost();
    const column = sheet.getRange('C1:C4');
    column.setNumberFormat('@');
    column.setValues([['007'], ['+77011234567'], ['+7 701 123 45 67'], ['TRUE']]);
    expect(column.getValues()).toEqual([['007'], ['+77011234567'], ['+7 701 123 45 67'], ['TRUE']]);
    expect(column.getFormulas()).toEqual([[''], [''], [''], ['']]);
  });

  test('setNumberFormat("@") does not convert values already in the cells', () => {
    const { sheet } = newHost();
    const cell = sheet.getRange('A1');
    cell.setValue('007');
    cell.setNumberFormat('@');
    expect(cell.getValue()).toBe(7);
  });

  test('numbers, booleans and Dates from a script are stored as they are', () => {
    const { sheet } = newHost();
    const when = new Date('2024-01-02T03:04:05Z');
    sheet.getRange('A1:D1').setValues([[7, false, when, null]]);
    const [[n, b, d, empty]] = sheet.getRange('A1:D1').getValues() as [[number, boolean, Date, string]];
    expect(n).toBe(7);
    expect(b).toBe(false);
    expect(d).toEqual(when);
    expect(d).not.toBe(when);
    expect(empty).toBe('');
  });

  // support.google.com/docs/answer/37603 (Google Sheets size limits): 50,000 characters per cell.
  test('a string longer than 50,000 characters is refused with Google\'s message', () => {
    const { sheet } = newHost();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });
});

describe('display values', () => {
  test('getDisplayValues returns the shown text of every cell', () => {
    const { sheet } = newHost();
    const range = sheet.getRange('A1:E1');
    range.setValues([[1.5, true, 'x', new Date('2024-03-04T00:00:00Z'), '']]);
    sheet.getRange('F1').setNumberFormat('0.00');
    sheet.getRange('F1').setValue(2);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['1.5', 'TRUE', 'x', '3/4/2024', '', '2.00']]);
  });

  test('a date format is applied to a Date', () => {
    const { sheet } = newHost();
    const cell = sheet.getRange('A1');
    cell.setValue(new Date('2024-03-04T05:06:07Z'));
    cell.setNumberFormat('dd.mm.yyyy hh:mm');
    expect(cell.getDisplayValue()).toBe('04.03.2024 05:06');
  });
});

test('a Date made in another realm (a script in a vm context) is stored as a Date', () => {
  const foreign = vm.runInNewContext('new Date("2024-01-02T03:04:05Z")') as Date;
  const { sheet } = newHost();
  sheet.getRange('A1').setValue(foreign);
  expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-01-02T03:04:05.000Z');
});
