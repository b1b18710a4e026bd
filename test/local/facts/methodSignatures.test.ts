/**
 * How the host names arguments in Google's "The parameters (…) don't match the method signature
 * for X" (messages seen on live Apps Script: "(String,String,String) … for Utilities.formatDate.",
 * "((class)) … for SpreadsheetApp.Range.setTextRotation.", "(number[],String,Utilities.Charset)",
 * "(DriveApp.Folder,String)", "(Blob,String)"), and which arguments fit which parameters.
 */
import { checkSignature, describeArgument } from '../../../src/local/methodSignatures';
import { newHost } from '../spreadsheet/fixture';

describe('naming arguments as Google does', () => {
  test.each([
    ['a string', 'String', 'text'],
    ['a number', 'number', 4],
    ['a boolean', 'boolean', true],
    ['null', 'null', null],
    ['an array of numbers', 'number[]', [1, 2]],
    ['an array of strings', 'String[]', ['a']],
    ['rows of strings', 'String[][]', [['a'], ['b']]],
    ['a mixed row', 'Object[][]', [['a', 1]]],
    ['a plain object', '(class)', { caption: 'x' }],
    ['a date', 'Date', new Date(0)],
  ])('%s is named %s', (_what, name, value) => {
    expect(describeArgument(value)).toBe(name);
  });

  test('objects the host handed out are named by service and class', () => {
    const { sheet, SpreadsheetApp } = newHost();
    expect(describeArgument(sheet)).toBe('SpreadsheetApp.Sheet');
    expect(describeArgument(sheet.getRange('A1'))).toBe('SpreadsheetApp.Range');
    expect(describeArgument(SpreadsheetApp.getUi().createMenu('M'))).toBe('Menu');
  });
});

describe('matching arguments to overloads', () => {
  test.each([
    ['setValues with rows', 'Range', 'setValues', [[[1, 'a']]], null],
    ['setValues with one row not in an array', 'Range', 'setValues', [[1, 2]], "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues."],
    ['a number where a String is expected is converted', 'Range', 'setNote', [5], null],
    ['null for a String', 'Range', 'setNote', [null], null],
    ['a String where a number is expected', 'Sheet', 'getRange', ['2', 1], "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange."],
    ['trailing undefined arguments are dropped', 'Sheet', 'getRange', [1, 1, undefined, undefined], null],
    ['too many arguments', 'Range', 'getValues', [1], "The parameters (number) don't match the method signature for SpreadsheetApp.Range.getValues."],
    ['a method outside the table is not checked', 'Range', 'somethingElse', [1, 2, 3], null],
  ])('%s', (_case, kind, method, args, error) => {
    const check = () => checkSignature(kind, method, args);
    if (error === null) expect(check).not.toThrow();
    else expect(check).toThrow(error);
  });
});
