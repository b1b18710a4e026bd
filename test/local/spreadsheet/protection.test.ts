import { newHost } from './fixture';

describe('protections', () => {
  // developers.google.com/apps-script/reference/spreadsheet/protection
  test('a range protection: description, warning-only, range, editors, removal', () => {
    const { SpreadsheetApp, sheet, ss } = newHost();
    const protection = sheet.getRange('A1:C1').protect().setDescription('Header');
    expect(protection.getProtectionType()).toBe(SpreadsheetApp.ProtectionType.RANGE);
    expect(protection.getDescription()).toBe('Header');
    expect(protection.isWarningOnly()).toBe(false);
    expect(protection.getRange().getA1Notation()).toBe('A1:C1');
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
    protection.addEditor('helper@example.com');
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com', 'helper@example.com']);
    // developers.google.com/apps-script/reference/spreadsheet/protection#removeeditoremailaddress:
    // "Neither the owner of the spreadsheet nor the current user can be removed."
    protection.removeEditor('owner@example.com').removeEditor('helper@example.com');
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
    expect(protection.canEdit()).toBe(true);
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    protection.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });

  // developers.google.com/apps-script/reference/spreadsheet/sheet#protect: an existing sheet protection is returned.
  test('sheet.protect() returns the existing sheet protection, covering the whole sheet', () => {
    const { SpreadsheetApp, sheet } = newHost();
    sheet.protect().setDescription('Locked');
    const again = sheet.protect();
    expect(again.getDescription()).toBe('Locked');
    expect(again.getProtectionType()).toBe('SHEET');
    expect(again.getRange().getA1Notation()).toBe('A1:Z1000');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
  });

  test('a protected range moves with its cells when rows are inserted above it', () => {
    const { SpreadsheetApp, sheet } = newHost();
    sheet.getRange('A5:B6').protect();
    sheet.insertRowsBefore(1, 2);
    sheet.insertRowsAfter(7, 1);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A7:B9');
    sheet.deleteRows(7, 3);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe('userEdit honours protections', () => {
  test('a non-editor is refused; the owner and editors may edit', () => {
    const { sheet, app, model } = newHost();
    sheet.getRange('A1:C1').protect().addEditor('helper@example.com');
    expect(app.userEdit(model.id, 'Sheet1', 1, 1, 'x', 'stranger@example.com')).toMatchObject({ ok: false });
    expect(app.userEdit(model.id, 'Sheet1', 1, 1, 'x', 'stranger@example.com').reason).toContain('protected cell');
    expect(app.userEdit(model.id, 'Sheet1', 1, 1, 'x', 'helper@example.com').ok).toBe(true);
    expect(app.userEdit(model.id, 'Sheet1', 1, 2, 'y')).toMatchObject({ ok: true, value: 'y' });
    expect(app.userEdit(model.id, 'Sheet1', 2, 1, 'free', 'stranger@example.com').ok).toBe(true);
  });

  test('warning-only protections let anyone edit and report a warning', () => {
    const { sheet, app, model } = newHost();
    sheet.protect().setWarningOnly(true);
    const result = app.userEdit(model.id, 'Sheet1', 3, 3, '12', 'stranger@example.com');
    expect(result).toMatchObject({ ok: true, value: 12 });
    expect(result.warning).toContain('protected');
  });

  test('unprotected ranges of a protected sheet stay editable', () => {
    const { sheet, app, model } = newHost();
    sheet.protect().setUnprotectedRanges([sheet.getRange('B2:B10')]);
    expect(app.userEdit(model.id, 'Sheet1', 5, 2, 'ok', 'stranger@example.com').ok).toBe(true);
    expect(app.userEdit(model.id, 'Sheet1', 5, 3, 'no', 'stranger@example.com').ok).toBe(false);
  });

  // developers.google.com/apps-script/reference/spreadsheet/protection#setdomaineditediting: everyone in the owner's domain may edit.
  test('domain editing is off until set, and then lets the owner’s domain edit', () => {
    const { sheet } = newHost();
    const protection = sheet.getRange('A1').protect();
    expect(protection.canDomainEdit()).toBe(false);
    protection.setDomainEdit(true);
    expect(protection.canDomainEdit()).toBe(true);
    const local = protection as unknown as { allows(email: string): boolean };
    expect(local.allows('colleague@example.com')).toBe(true);
    expect(local.allows('stranger@elsewhere.org')).toBe(false);
    protection.setDomainEdit(false);
    expect(local.allows('colleague@example.com')).toBe(false);
  });
});
