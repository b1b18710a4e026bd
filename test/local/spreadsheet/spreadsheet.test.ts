import { newHost } from './fixture';

describe('Spreadsheet', () => {
  test('identity, name and a local URL', () => {
    const { ss, model } = newHost();
    expect(ss.getId()).toBe(model.id);
    expect(ss.getName()).toBe('Customers');
    ss.rename('Clients');
    expect(ss.getName()).toBe('Clients');
    expect(ss.getUrl()).toContain(model.id);
  });

  // developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
  test('insertSheet: default names, 0-based index, the new sheet becomes active; getIndex is 1-based', () => {
    const { ss } = newHost();
    const second = ss.insertSheet();
    expect(second.getName()).toBe('Sheet2');
    expect(ss.getActiveSheet().getName()).toBe('Sheet2');
    const first = ss.insertSheet('Audit', 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Audit', 'Sheet1', 'Sheet2']);
    expect(() => ss.insertSheet('audit')).toThrow('A sheet with the name "audit" already exists. Please enter another name.');
  });

  test('sheet ids are stable numbers, the first is 0', () => {
    const { ss, sheet } = newHost();
    const other = ss.insertSheet('Other');
    expect(sheet.getSheetId()).toBe(0);
    expect(other.getSheetId()).not.toBe(0);
    expect(ss.getSheetById(other.getSheetId())?.getName()).toBe('Other');
  });

  // developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename: "null if there is no sheet"
  test('getSheetByName returns null when absent', () => {
    const { ss } = newHost();
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Sheet1')?.getName()).toBe('Sheet1');
  });

  test('deleteSheet, and the last sheet cannot be deleted', () => {
    const { ss, sheet } = newHost();
    const other = ss.insertSheet('Other');
    ss.deleteSheet(other);
    expect(ss.getSheets()).toHaveLength(1);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  test('active sheet: setActiveSheet and activate', () => {
    const { ss, sheet, SpreadsheetApp } = newHost();
    const other = ss.insertSheet('Other');
    ss.setActiveSheet(sheet);
    expect(SpreadsheetApp.getActiveSheet().getName()).toBe('Sheet1');
    other.activate();
    expect(ss.getActiveSheet().getName()).toBe('Other');
    expect(sheet.getParent().getId()).toBe(ss.getId());
  });

  test('getRange with a sheet name, quoted or not; without one, the active sheet', () => {
    const { ss } = newHost();
    const named = ss.insertSheet("Bob's list");
    named.getRange('B2').setValue('x');
    expect(ss.getRange("'Bob''s list'!B2").getValue()).toBe('x');
    ss.getSheetByName('Sheet1')!.getRange('A1').setValue('y');
    expect(ss.getRange('Sheet1!A1').getValue()).toBe('y');
    expect(ss.getRange('B2').getSheet().getName()).toBe("Bob's list");
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
  });

  // developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds
  test('toast is recorded for the host, 5 seconds by default', () => {
    const { ss, model } = newHost();
    ss.toast('Cleaned 12 rows');
    ss.toast('Done', 'Clientele', -1);
    expect(model.toasts.map(({ message, title, timeoutSeconds }) => ({ message, title, timeoutSeconds }))).toEqual([
      { message: 'Cleaned 12 rows', title: '', timeoutSeconds: 5 },
      { message: 'Done', title: 'Clientele', timeoutSeconds: -1 },
    ]);
    expect(model.toasts[0]!.at.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });

  test('time zone and locale', () => {
    const { ss } = newHost();
    expect(ss.getSpreadsheetTimeZone()).toBe('Etc/GMT');
    ss.setSpreadsheetTimeZone('Asia/Almaty');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Almaty');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
    ss.setSpreadsheetLocale('ru_RU');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
  });

  test('copy makes an independent spreadsheet', () => {
    const { ss } = newHost();
    ss.getRange('A1').setValue('original');
    const copy = ss.copy('Backup');
    copy.getRange('A1').setValue('changed');
    expect(ss.getRange('A1').getValue()).toBe('original');
    expect(copy.getName()).toBe('Backup');
  });
});

describe('SpreadsheetApp', () => {
  test('openById finds any spreadsheet; an unknown id throws', () => {
    const { SpreadsheetApp, app } = newHost();
    const other = app.createSpreadsheet('Other');
    expect(SpreadsheetApp.openById(other.id).getName()).toBe('Other');
    expect(() => SpreadsheetApp.openById('nope')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
  });

  // developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#createname,-rows,-columns
  test('create(name, rows, columns) sizes the first sheet and does not change the active spreadsheet', () => {
    const { SpreadsheetApp, app, model } = newHost();
    const created = SpreadsheetApp.create('Report', 10, 3);
    expect([created.getSheets()[0]!.getMaxRows(), created.getSheets()[0]!.getMaxColumns()]).toEqual([10, 3]);
    expect(SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(model.id);
    expect(app.listSpreadsheets().map((s) => s.name)).toEqual(['Customers', 'Report']);
    expect(() => SpreadsheetApp.create('Huge', 1_000_000, 11)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
  });

  test('no active spreadsheet: getActiveSpreadsheet is null (a standalone script)', () => {
    const { SpreadsheetApp, app, model } = newHost();
    app.deleteSpreadsheet(model.id);
    expect(SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
  });

  test('enums read as their names', () => {
    const { SpreadsheetApp } = newHost();
    expect(String(SpreadsheetApp.ProtectionType.SHEET)).toBe('SHEET');
    expect(String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
  });
});
