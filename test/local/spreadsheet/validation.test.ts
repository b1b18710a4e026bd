import { newHost } from './fixture';

describe('data validation rules', () => {
  // developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
  test('the builder records criteria, values, allowInvalid (true by default) and help text', () => {
    const { SpreadsheetApp } = newHost();
    const list = SpreadsheetApp.newDataValidation().requireValueInList(['New', 'Active', 'Lost'], true).setAllowInvalid(false).setHelpText('Pick a status').build();
    expect(list.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['New', 'Active', 'Lost'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBe('Pick a status');
    const between = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).build();
    expect(between.getCriteriaValues()).toEqual([0, 10]);
    expect(between.getAllowInvalid()).toBe(true);
    expect(between.getHelpText()).toBeNull();
    const copy = between.copy().setAllowInvalid(false).build();
    expect([copy.getCriteriaType(), copy.getAllowInvalid(), between.getAllowInvalid()]).toEqual(['NUMBER_BETWEEN', false, true]);
    expect(SpreadsheetApp.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe('CHECKBOX');
    expect(SpreadsheetApp.newDataValidation().requireDate().build().getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(SpreadsheetApp.newDataValidation().requireTextIsEmail().build().getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');
  });

  test('rules are set, read back per cell and cleared', () => {
    const { SpreadsheetApp, sheet } = newHost();
    const rule = SpreadsheetApp.newDataValidation().requireTextIsEmail().build();
    const column = sheet.getRange('B2:B3');
    column.setDataValidation(rule);
    expect(column.getDataValidations().map((row) => row[0]?.getCriteriaType())).toEqual(['TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_EMAIL']);
    expect(sheet.getRange('B4').getDataValidation()).toBeNull();
    sheet.getRange('B2:B3').setDataValidations([[null], [rule]]);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    column.clearDataValidations();
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
    expect(() => column.setDataValidations([[rule]])).toThrow('The number of rows in the data does not match');
  });

  // support.google.com/docs/answer/186103 (data validation): validation applies to what people enter;
  // scripts write through it.
  test('a script may write a value that violates a rejecting rule', () => {
    const { SpreadsheetApp, sheet } = newHost();
    sheet.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
  });
});

describe('userEdit honours validation', () => {
  // support.google.com/docs/answer/186103: "Reject input" vs "Show a warning".
  test('a rejecting rule refuses invalid input and keeps the old value', () => {
    const { SpreadsheetApp, sheet, app, model } = newHost();
    sheet.getRange('A2').setValue('New');
    sheet.getRange('A2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['New', 'Active']).setAllowInvalid(false).build());
    const refused = app.userEdit(model.id, 'Sheet1', 2, 1, 'Maybe');
    expect(refused).toMatchObject({ ok: false, oldValue: 'New', value: 'New' });
    expect(refused.reason).toContain('Input must be an item on the specified list.');
    expect(sheet.getRange('A2').getValue()).toBe('New');
    expect(app.userEdit(model.id, 'Sheet1', 2, 1, 'Active')).toEqual({ ok: true, oldValue: 'New', value: 'Active' });
    expect(app.userEdit(model.id, 'Sheet1', 2, 1, '')).toEqual({ ok: true, oldValue: 'Active', value: '' });
  });

  test('a warning rule accepts invalid input and reports a warning', () => {
    const { SpreadsheetApp, sheet, app, model } = newHost();
    sheet.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireTextIsEmail().setHelpText('An email, please').build());
    const result = app.userEdit(model.id, 'Sheet1', 2, 2, 'not-an-email');
    expect(result).toMatchObject({ ok: true, value: 'not-an-email' });
    expect(result.warning).toContain('An email, please');
    expect(app.userEdit(model.id, 'Sheet1', 2, 2, 'a@b.co').warning).toBeUndefined();
  });

  test('typed text is parsed before validation: "5" passes a number rule, a checkbox takes TRUE', () => {
    const { SpreadsheetApp, sheet, app, model } = newHost();
    sheet.getRange('C2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(1, 10).setAllowInvalid(false).build());
    expect(app.userEdit(model.id, 'Sheet1', 2, 3, '5')).toMatchObject({ ok: true, value: 5 });
    expect(app.userEdit(model.id, 'Sheet1', 2, 3, '11').ok).toBe(false);
    sheet.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
    expect(app.userEdit(model.id, 'Sheet1', 2, 4, 'TRUE')).toMatchObject({ ok: true, value: true });
    expect(app.userEdit(model.id, 'Sheet1', 2, 4, 'yes').ok).toBe(false);
    sheet.getRange('E2').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build());
    expect(app.userEdit(model.id, 'Sheet1', 2, 5, '2024-02-01').ok).toBe(true);
    expect(app.userEdit(model.id, 'Sheet1', 2, 5, 'soon').ok).toBe(false);
  });

  test('a typed string too long for a cell is refused', () => {
    const { app, model } = newHost();
    expect(app.userEdit(model.id, 'Sheet1', 1, 1, 'x'.repeat(50_001))).toMatchObject({ ok: false, reason: 'Your input contains more than the maximum of 50000 characters in a single cell.' });
  });
});
