import { newHost } from './fixture';

describe('exportState / importState', () => {
  test('a round trip reproduces every cell, layer, protection and the grid', () => {
    const { SpreadsheetApp, ss, sheet, app, ctx, ui, model } = newHost();
    const when = new Date('2024-02-03T04:05:06Z');
    sheet.getRange('A1:E2').setValues([
      ['Name', 'Visits', 'Active', 'Since', 'Total'],
      ['Alice', 3, true, when, '=B2*2'],
    ]);
    sheet.getRange('F2').setNumberFormat('@').setValue('+7 701 123 45 67');
    sheet.getRange('A2').setNote('imported').setBackground('#eeeeee').setFontWeight('bold');
    sheet.getRange('C2').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).setHelpText('tick').build());
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 180);
    sheet.insertColumnsAfter(26, 4);
    const protection = sheet.getRange('A1:E1').protect().setDescription('Header').setWarningOnly(true);
    protection.addEditor('helper@example.com');
    sheet.protect().setUnprotectedRanges([sheet.getRange('B2:B9')]);
    const audit = ss.insertSheet('Audit');
    audit.hideSheet();
    ss.setActiveSheet(sheet);
    ss.setSpreadsheetTimeZone('Asia/Almaty');

    const saved = JSON.parse(JSON.stringify(app.exportState())) as unknown;

    const restored = new (app.constructor as typeof import('../../../src/local/services/spreadsheet/localSpreadsheetApp').LocalSpreadsheetApp)(ctx, ui);
    restored.importState(saved);
    expect(JSON.parse(JSON.stringify(restored.exportState()))).toEqual(saved);

    const back = restored.getSpreadsheetModel(model.id)!;
    const s = back.sheets[0]!;
    expect(s.getRange('A1:F2').getValues()).toEqual([
      ['Name', 'Visits', 'Active', 'Since', 'Total', ''],
      ['Alice', 3, true, when, '#N/A', '+7 701 123 45 67'],
    ]);
    expect((s.getRange('D2').getValue() as Date)).toBeInstanceOf(Date);
    expect(s.getRange('E2').getFormula()).toBe('=B2*2');
    expect(s.getRange('F2').getNumberFormat()).toBe('@');
    expect(s.getRange('A2').getNote()).toBe('imported');
    expect(s.getRange('A2').getBackground()).toBe('#eeeeee');
    expect(s.getRange('A2').getFontWeight()).toBe('bold');
    const rule = s.getRange('C2').getDataValidation()!;
    expect([rule.getCriteriaType(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual(['CHECKBOX', false, 'tick']);
    expect(s.getRange('C3').getDataValidation()).toBeNull();
    expect([s.getFrozenRows(), s.getColumnWidth(1), s.getMaxRows(), s.getMaxColumns()]).toEqual([1, 180, 1000, 30]);
    const [rangeProtection] = s.getProtections('RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType);
    expect([rangeProtection!.getDescription(), rangeProtection!.isWarningOnly(), rangeProtection!.getRange().getA1Notation()]).toEqual(['Header', true, 'A1:E1']);
    // A warning-only protection lists its editors once it restricts editing again.
    expect(rangeProtection!.setWarningOnly(false).getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com', 'helper@example.com']);
    const [sheetProtection] = s.getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType);
    expect(sheetProtection!.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:B9']);
    expect(back.sheets[1]!.isSheetHidden()).toBe(true);
    expect(back.getSpreadsheetTimeZone()).toBe('Asia/Almaty');
    expect(back.getActiveSheet().getName()).toBe('Sheet1');
    expect(restored.listSpreadsheets()).toEqual(app.listSpreadsheets());
    expect(restored.getActiveSpreadsheet()?.getId()).toBe(model.id);
  });

  test('importState refuses something that is not a saved state', () => {
    const { app } = newHost();
    expect(() => app.importState({ hello: 'world' })).toThrow('Not a saved SpreadsheetApp state');
  });

  test('copySpreadsheet is a deep copy under a new id', () => {
    const { SpreadsheetApp, sheet, app, model } = newHost();
    sheet.getRange('A1').setValue('x').setNote('n');
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().build());
    sheet.getRange('A1:B1').protect();
    sheet.setFrozenRows(1);
    const copyId = app.copySpreadsheet(model.id, 'Backup 2024-05-01');
    const copy = app.getSpreadsheetModel(copyId)!;
    expect(copyId).not.toBe(model.id);
    expect(copy.getName()).toBe('Backup 2024-05-01');
    const copied = copy.sheets[0]!;
    expect([copied.getRange('A1').getValue(), copied.getRange('A1').getNote(), copied.getFrozenRows()]).toEqual(['x', 'n', 1]);
    expect(copied.getRange('A1').getDataValidation()?.getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');
    expect(copied.protections).toHaveLength(1);
    copied.getRange('A1').setValue('changed');
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });
});
