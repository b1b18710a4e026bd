import type { CellValue } from '../../src/core/customerRecord';
import { AUDIT_SHEET, AUDIT_COLUMNS, firstBrokenRow } from '../../src/core/audit/auditRecords';
import type { LocalHost } from '../../src/local/localHost';
import { DEFAULT_HEADERS } from '../../src/core/headerRoles';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import { LANGUAGES, type Language } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import { formTemplate } from '../../src/core/forms/formTemplate';
import { submitFormResponse } from '../../src/local/formSubmissions';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

/** Columns of a new Customers sheet (en), 1-based. */
const COL = { id: 1, name: 2, email: 3, phone: 4, city: 7, country: 8, created: 11, updated: 12, notes: 16 } as const;

/** The add-on stamps with the script's clock (new Date()), which is the host's: time passes on the host. */
function clockAt(h: LocalHost, time: string): void {
  h.ctx.advance(Date.parse(time) - h.ctx.now().getTime());
}

function setUpHost(): LocalHost {
  const h = addonHost();
  h.run('setUpCustomerSheet');
  return h;
}

function cell(h: LocalHost, row: number, column: number): CellValue {
  return sheetValues(h, 'Customers')[row - 1]?.[column - 1] ?? '';
}

function note(h: LocalHost, row: number, column: number): string {
  const sheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
  return sheet.getRange(row, column).getNote();
}

function auditRows(h: LocalHost): CellValue[][] {
  return sheetValues(h, AUDIT_SHEET).slice(1);
}

function editTriggers(h: LocalHost) {
  return h.scriptApp.listTriggers().filter((t) => t.eventType === 'ON_EDIT');
}

describe('Audited editing: the installable edit trigger', () => {
  it('is made once by Set up customer sheet, pointing at onCustomerEdit (not the simple onEdit name), and never twice', () => {
    const h = setUpHost();
    h.run('setUpCustomerSheet');
    h.run('setAuditedEditing', true);
    expect(editTriggers(h).map((t) => t.handler)).toEqual(['onCustomerEdit']);
    expect(h.hasEntryPoint('onEdit')).toBe(false);
    h.run('setAuditedEditing', false);
    expect(editTriggers(h)).toEqual([]);
  });

  it('gives a new row typed in the grid an ID, Created and Updated, and logs it without the value', () => {
    const h = setUpHost();
    expect(h.userEdit('Customers', 2, COL.name, 'Айгерим Серикова').ok).toBe(true);
    expect(cell(h, 2, COL.id)).toBe('C-000001');
    expect(cell(h, 2, COL.created)).toEqual(TEST_NOW);
    expect(cell(h, 2, COL.updated)).toEqual(TEST_NOW);
    const [row] = auditRows(h);
    expect(row!.slice(1, 8)).toEqual(['owner@example.com', 'edit', 'C-000001', '2', 'name', 1, '']);
    expect(JSON.stringify(auditRows(h))).not.toContain('Айгерим');
  });

  it('stamps Updated on an existing customer and keeps Created and the ID', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'Wang Fang');
    clockAt(h, '2026-11-24T10:00:00Z');
    h.userEdit('Customers', 2, COL.city, '上海');
    expect(cell(h, 2, COL.id)).toBe('C-000001');
    expect(cell(h, 2, COL.created)).toEqual(TEST_NOW);
    expect(cell(h, 2, COL.updated)).toEqual(new Date('2026-11-24T10:00:00Z'));
    expect(auditRows(h).map((r) => [r[AUDIT_COLUMNS.customerIds], r[AUDIT_COLUMNS.fields]])).toEqual([['C-000001', 'name'], ['C-000001', 'city']]);
  });

  it('stamps every row of a pasted range once, with one edit event and new IDs in order', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'First');
    const results = h.userPaste('Customers', 2, COL.name, [['First Changed', 'first@example.com'], ['Второй', 'second@mail.ru'], ['سوم', 'third@example.ir']]);
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = sheetValues(h, 'Customers').slice(1, 4);
    expect(rows.map((r) => r[COL.id - 1])).toEqual(['C-000001', 'C-000002', 'C-000003']);
    expect(rows.map((r) => r[COL.updated - 1])).toEqual([TEST_NOW, TEST_NOW, TEST_NOW]);
    const last = auditRows(h).at(-1)!;
    expect(last.slice(2, 7)).toEqual(['edit', 'C-000001–C-000003', '2-4', 'name, email', 6]);
  });

  it('stamps a multi-row edit below a gap and leaves the blank rows between alone', () => {
    const h = setUpHost();
    h.userPaste('Customers', 3, COL.city, [['Almaty'], [''], ['Астана']]);
    const rows = sheetValues(h, 'Customers');
    expect(rows[2]![COL.id - 1]).toBe('C-000001');
    expect(rows[3]?.[COL.id - 1] ?? '').toBe('');
    expect(rows[4]![COL.id - 1]).toBe('C-000002');
    expect(rows[1]?.[COL.id - 1] ?? '').toBe('');
  });

  it('never reuses an ID, even after the row that had it is gone', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'Temporary');
    h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!.deleteRow(2);
    h.userEdit('Customers', 2, COL.name, 'Next');
    expect(cell(h, 2, COL.id)).toBe('C-000002');
  });

  it('gives a new row an ID past one typed by hand elsewhere in the column', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'First');
    h.userEdit('Customers', 3, COL.name, 'Second');
    h.userEdit('Customers', 3, COL.id, 'C-000050');
    h.userEdit('Customers', 4, COL.name, 'Third');
    expect(cell(h, 4, COL.id)).toBe('C-000051');
  });

  it('shares the ID sequence with form capture: a response after a typed customer gets the next ID', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'Typed In');
    h.run('createForm');
    const formId = h.formApp.listForms()[0]!.id;
    const name = formTemplate('en').questions.find((q) => q.target === 'name')!.title;
    submitFormResponse(h, formId, { [name]: 'From The Form' });
    const ids = sheetValues(h, 'Customers').slice(1).map((row) => row[COL.id - 1]);
    expect(ids).toEqual(['C-000001', 'C-000002']);
  });

  it('is idempotent: the same event fired again changes nothing and logs nothing', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'Bat-Erdene');
    const before = sheetValues(h, 'Customers');
    const logged = auditRows(h).length;
    clockAt(h, '2026-11-23T12:00:00Z');
    const trigger = editTriggers(h)[0]!;
    const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
    const result = h.fireTrigger(trigger.id, { range: model.sheetNamed('Customers')!.getRange(2, COL.name), source: model, value: 'Bat-Erdene' });
    expect(result).toMatchObject({ skipped: 'repeated' });
    expect(sheetValues(h, 'Customers')).toEqual(before);
    expect(auditRows(h)).toHaveLength(logged);
  });

  it('does nothing when run without an edit (Run now, or the script editor’s Run)', () => {
    const h = setUpHost();
    expect(h.fireTrigger(editTriggers(h)[0]!.id)).toMatchObject({ skipped: 'noEdit' });
    expect(h.run('onCustomerEdit')).toMatchObject({ skipped: 'noEdit' });
  });

  it('does not stamp when a person edits only a system column, but logs it', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'Li Wei');
    clockAt(h, '2026-11-25T08:00:00Z');
    h.userEdit('Customers', 2, COL.created, '2026-01-01');
    expect(cell(h, 2, COL.updated)).toEqual(TEST_NOW);
    expect(auditRows(h).at(-1)!.slice(2, 6)).toEqual(['edit', 'C-000001', '2', 'created']);
  });

  it('ignores edits on other sheets', () => {
    const h = setUpHost();
    putTable(h, 'Notes', [['anything']]);
    h.userEdit('Notes', 2, 1, 'more');
    expect(h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed(AUDIT_SHEET)).toBeUndefined();
  });
});

describe('Edited emails and phones are checked, never changed', () => {
  it('notes an invalid email with a suggestion and keeps the value exactly as typed', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.email, 'ivan@gmial.com');
    h.userEdit('Customers', 3, COL.email, 'not an email');
    expect(cell(h, 2, COL.email)).toBe('ivan@gmial.com');
    expect(cell(h, 3, COL.email)).toBe('not an email');
    expect(note(h, 2, COL.email)).toBe('Clientele: Did you mean ivan@gmail.com?');
    expect(note(h, 3, COL.email)).toBe('Clientele: Not a valid email address; kept as typed.');
  });

  it('notes a phone cleaning would rewrite, and clears the note once it is fixed, keeping the person’s own note', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.country, 'KZ');
    const sheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
    sheet.getRange(2, COL.phone).setNote('call after 6pm');
    h.userEdit('Customers', 2, COL.phone, '8 701 123 45 67');
    expect(cell(h, 2, COL.phone)).toBe('8 701 123 45 67');
    expect(note(h, 2, COL.phone)).toBe('call after 6pm\nClientele: Cleaning would write this phone as +77011234567; kept as typed.');
    h.userEdit('Customers', 2, COL.phone, '+77011234567');
    expect(note(h, 2, COL.phone)).toBe('call after 6pm');
  });

  it('writes its notes in the user’s language (Persian digits and script kept in the value)', () => {
    const h = addonHost({ user: { email: 'owner@example.com', locale: 'fa' } });
    h.run('setUpCustomerSheet');
    const headers = sheetValues(h, sheetNameOf(h))[0]!;
    h.userEdit(sheetNameOf(h), 2, 3, 'نامعتبر');
    expect(headers[2]).not.toBe('Email');
    expect(cell2(h, 2, 3)).toBe('نامعتبر');
    expect(noteOf(h, 2, 3)).toBe('Clientele: نشانی ایمیل معتبر نیست؛ همان‌طور که نوشته شده ماند.');
    // The Audit log is named in the user's language too (issue 19).
    expect(sheetValues(h, 'گزارش ممیزی')[0]).toEqual(['زمان', 'کاربر', 'اقدام', 'شناسه مشتریان', 'ردیف‌ها', 'فیلدها', 'خانه‌ها', 'جزئیات', 'بررسی']);
  });
});

function sheetNameOf(h: LocalHost): string {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getActiveSheet().getName();
}

function cell2(h: LocalHost, row: number, column: number): CellValue {
  return sheetValues(h, sheetNameOf(h))[row - 1]?.[column - 1] ?? '';
}

function noteOf(h: LocalHost, row: number, column: number): string {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getActiveSheet().getRange(row, column).getNote();
}

describe('An edit costs a constant number of service calls', () => {
  function hostWith(customers: number): LocalHost {
    const h = setUpHost();
    const headers = sheetValues(h, 'Customers')[0]!;
    const rows = Array.from({ length: customers }, (_, i) => {
      const row: CellValue[] = headers.map(() => '');
      row[COL.id - 1] = `C-${String(i + 1).padStart(6, '0')}`;
      row[COL.name - 1] = `Customer ${i + 1}`;
      row[COL.email - 1] = `c${i + 1}@example.com`;
      return row;
    });
    putTable(h, 'Customers', [headers, ...rows]);
    // Room below the customers, as a real sheet keeps empty rows at the bottom.
    const sheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 1_000);
    return h;
  }

  const callsFor = (customers: number, edit: (h: LocalHost) => void) => {
    const h = hostWith(customers);
    h.ctx.calls.reset();
    edit(h);
    return h.ctx.calls.snapshot();
  };

  it('for one cell, on 10 rows as on 20,000', () => {
    const one = (h: LocalHost) => void h.userEdit('Customers', 5, COL.email, 'new@example.com');
    expect(callsFor(20_000, one)).toEqual(callsFor(10, one));
  });

  it('for a 500-row paste of new customers, the same as for one new customer typed, on 10 rows as on 20,000', () => {
    const block = Array.from({ length: 500 }, (_, i) => [`Pasted ${i}`, `p${i}@example.com`]);
    const below = (h: LocalHost) => h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!.getLastRow() + 1;
    const paste = (h: LocalHost) => void h.userPaste('Customers', below(h), COL.name, block);
    const typeOne = (h: LocalHost) => void h.userPaste('Customers', below(h), COL.name, [['Typed', 't@example.com']]);
    const big = callsFor(20_000, paste);
    expect(big).toEqual(callsFor(10, paste));
    expect(big).toEqual(callsFor(10, typeOne));
  });
});

describe('The Audit log', () => {
  it('shows a row changed by hand as the first broken check in the panel', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'One');
    h.userEdit('Customers', 3, COL.name, 'Two');
    h.userEdit('Customers', 4, COL.name, 'Three');
    expect(h.run('getAuditPanel')).toMatchObject({ editing: true, entries: 3, brokenRow: null });
    expect(h.spreadsheetApp.userEdit(h.activeSpreadsheetId()!, AUDIT_SHEET, 3, AUDIT_COLUMNS.customerIds + 1, 'C-000009').ok).toBe(true);
    expect(h.run('getAuditPanel')).toMatchObject({ brokenRow: 3 });
    expect(firstBrokenRow(sheetValues(h, AUDIT_SHEET))).toBe(3);
  });

  it('is protected with a warning by default, and owner-only when the setting says so', () => {
    const h = setUpHost();
    h.userEdit('Customers', 2, COL.name, 'One');
    const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
    const auditProtection = () => model.sheetNamed(AUDIT_SHEET)!.protections[0]!;
    const systemProtections = () => model.sheetNamed('Customers')!.protections;
    expect(auditProtection().warningOnly).toBe(true);
    expect(systemProtections().every((p) => p.warningOnly)).toBe(true);
    const warned = h.spreadsheetApp.userEdit(model.id, AUDIT_SHEET, 2, 3, 'x', 'editor@example.com');
    expect(warned.ok).toBe(true);
    expect(warned.warning).toMatch(/protected/);

    h.run('setAuditedEditing', true, 'owner');
    expect(auditProtection().warningOnly).toBe(false);
    expect(systemProtections().every((p) => !p.warningOnly)).toBe(true);
    expect(h.spreadsheetApp.userEdit(model.id, AUDIT_SHEET, 2, 3, 'y', 'editor@example.com')).toMatchObject({ ok: false });
    expect(h.spreadsheetApp.userEdit(model.id, 'Customers', 2, COL.id, 'C-000777', 'editor@example.com')).toMatchObject({ ok: false });
    // The owner's edits are still stamped and logged.
    h.userEdit('Customers', 3, COL.name, 'Two');
    expect(auditRows(h).length).toBeGreaterThanOrEqual(2);
  });
});

describe('Audited editing in every language', () => {
  const NAMES: Record<Language, string> = { en: 'Ann Lee', ru: 'Анна Ли', kk: 'Әйгерім Сейітқызы', mn: 'Болормаа Бат', fa: 'زهرا احمدی', zh: '王芳' };

  it.each(LANGUAGES)('%s: a new customer typed in that script is stamped, noted and logged in the user’s language', (language) => {
    const h = addonHost({ user: { email: 'owner@example.com', locale: language } });
    h.run('setUpCustomerSheet');
    const sheetName = messagesFor(language).defaultSheetName;
    const headers = sheetValues(h, sheetName)[0]!;
    const column = (field: 'id' | 'name' | 'email' | 'created' | 'updated') => headers.indexOf(DEFAULT_HEADERS[language][field]) + 1;
    h.userPaste(sheetName, 2, column('name'), [[NAMES[language], 'name@gmial.com']]);
    const row = sheetValues(h, sheetName)[1]!;
    expect(row[column('name') - 1]).toBe(NAMES[language]);
    expect(row[column('email') - 1]).toBe('name@gmial.com');
    expect(row[column('id') - 1]).toBe('C-000001');
    expect(row[column('created') - 1]).toEqual(TEST_NOW);
    expect(row[column('updated') - 1]).toEqual(TEST_NOW);
    const noteText = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed(sheetName)!.getRange(2, column('email')).getNote();
    expect(noteText).toBe(`Clientele: ${formatMessage(messagesFor(language).auditNoteEmailSuggestion, { suggestion: 'name@gmail.com' })}`);
    const log = sheetValues(h, messagesFor(language).sheetAuditLog);
    expect(log[0]).toEqual(messagesFor(language).auditHeaders.split('|'));
    expect(log[1]!.slice(2, 7)).toEqual(['edit', 'C-000001', '2', 'name, email', 2]);
    expect(JSON.stringify(log)).not.toContain(NAMES[language]);
  });
});

