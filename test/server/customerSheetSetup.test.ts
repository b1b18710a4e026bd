import type { SidebarState } from '../../src/server/sidebarState';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

function sheetOf(host: ReturnType<typeof addonHost>, name: string) {
  const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('Set up customer sheet: a new Customers sheet', () => {
  it('creates a formatted sheet with headers in the user language', () => {
    const host = addonHost({ user: { email: 'owner@example.com', locale: 'ru' } });
    const message = host.run<string>('setUpCustomerSheet');

    expect(message).toBe('Создан лист «Клиенты» со столбцами: 17.');
    const sheet = sheetOf(host, 'Клиенты');
    const [headers] = sheetValues(host, 'Клиенты');
    expect(headers?.slice(0, 6)).toEqual(['ID клиента', 'ФИО', 'Эл. почта', 'Телефон', 'Компания', 'Адрес']);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    // Phone and ID cells are text, so "+7 701…" and leading zeros survive typing.
    expect(sheet.getRange(2, 4).getNumberFormat()).toBe('@');
    expect(sheet.getRange(500, 1).getNumberFormat()).toBe('@');
    // A pasted phone number stays exactly as typed.
    sheet.getRange(2, 4).setValue('+7 701 123 45 67');
    expect(sheet.getRange(2, 4).getValue()).toBe('+7 701 123 45 67');
    expect(host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.toasts.at(-1)?.message).toBe(message);
  });

  it('validates email (warning only) and NPS 0–10 (rejected) for people typing in the grid', () => {
    const host = addonHost();
    host.run('setUpCustomerSheet');
    const id = host.activeSpreadsheetId()!;
    const email = host.spreadsheetApp.userEdit(id, 'Customers', 2, 3, 'not an email');
    expect(email.ok).toBe(true);
    expect(email.warning).toBeTruthy();
    const nps = host.spreadsheetApp.userEdit(id, 'Customers', 2, 15, '11');
    expect(nps.ok).toBe(false);
    expect(host.spreadsheetApp.userEdit(id, 'Customers', 2, 15, '9').ok).toBe(true);
  });

  it('protects the ID, Created and Updated columns with a warning, not a lock', () => {
    const host = addonHost();
    host.run('setUpCustomerSheet');
    const sheet = sheetOf(host, 'Customers');
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protections.map((p) => p.getRange().getA1Notation()).sort()).toEqual(['A1:A1000', 'K1:K1000', 'L1:L1000']);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    const edit = host.spreadsheetApp.userEdit(host.activeSpreadsheetId()!, 'Customers', 2, 1, 'C-999999');
    expect(edit.ok).toBe(true);
    expect(edit.warning).toBeTruthy();
  });
});

describe('Set up customer sheet: adopting the sheet the user keeps', () => {
  const table = [
    ['ФИО', 'Телефон', 'Эл. почта', 'Город', 'Любимый цвет'],
    ['Иванов Иван', '+7 701 123 45 67', 'ivan@mail.ru', 'Алматы', 'синий'],
    ['', '', '', '', ''],
    ['Сейітқали Айгерім', '87011234567', '', 'Астана', ''],
    ['Батбаяр Дорж', '', 'bat@gmail.com', 'Улаанбаатар', 'ногоон'],
  ];

  function adopted() {
    const host = addonHost({ user: { email: 'owner@example.com', locale: 'ru' } });
    putTable(host, 'Клиенты', table);
    const message = host.run<string>('setUpCustomerSheet');
    return { host, message };
  }

  it('adds an ID column after the last column and IDs for every customer row', () => {
    const { host, message } = adopted();
    expect(message).toBe('Используется лист «Клиенты»: распознано столбцов — 5, добавлено ID клиентов — 3.');
    const values = sheetValues(host, 'Клиенты');
    expect(values.map((row) => row[5])).toEqual(['ID клиента', 'C-000001', '', 'C-000002', 'C-000003']);
  });

  it('never reorders, changes or drops the user columns', () => {
    const { host } = adopted();
    expect(sheetValues(host, 'Клиенты').map((row) => row.slice(0, 5))).toEqual(table);
  });

  it('changes nothing on a second run, and never reuses an ID', () => {
    const { host } = adopted();
    const second = host.run<string>('setUpCustomerSheet');
    expect(second).toContain('0');
    expect(sheetValues(host, 'Клиенты').map((row) => row[5])).toEqual(['ID клиента', 'C-000001', '', 'C-000002', 'C-000003']);
    expect(sheetOf(host, 'Клиенты').getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);

    // The last customer is deleted and a new one typed in: C-000003 stays retired.
    const sheet = sheetOf(host, 'Клиенты');
    sheet.deleteRow(5);
    sheet.appendRow(['Wang Fang', '13800138000', '', '上海', '', '']);
    host.run('setUpCustomerSheet');
    expect(sheetValues(host, 'Клиенты').map((row) => row[5]).at(-1)).toBe('C-000004');
  });

  it('remembers the sheet and the column map in the settings', () => {
    const { host } = adopted();
    const settings = JSON.parse(host.propertiesService.getDocumentProperties()!.getProperty('clientele.settings')!);
    expect(settings).toEqual({
      customerSheet: 'Клиенты',
      columns: { name: 'ФИО', phone: 'Телефон', email: 'Эл. почта', city: 'Город', id: 'ID клиента' },
    });
  });

  it('shows the summary in the sidebar: customers, recognised columns, extras', () => {
    const { host } = adopted();
    const state = host.run<SidebarState>('getSidebarState');
    expect(state.summary).toMatchObject({
      sheetName: 'Клиенты',
      customerCount: 3,
      missingIds: 0,
      duplicateIds: [],
      extras: [{ header: 'Любимый цвет', column: 'E' }],
    });
    expect(state.summary?.columns.map((c) => `${c.field}:${c.column}`)).toEqual(['name:A', 'phone:B', 'email:C', 'city:D', 'id:F']);
  });
});

describe('Set up customer sheet: validation on an adopted sheet', () => {
  it('checks what people type next in the email and NPS columns, and leaves existing values alone', () => {
    const host = addonHost();
    putTable(host, 'Sheet1', [
      ['Name', 'Email', 'NPS'],
      ['Ali', 'ali-at-example', 'ten'],
    ]);
    host.run('setUpCustomerSheet');
    const id = host.activeSpreadsheetId()!;
    expect(sheetValues(host, 'Sheet1')[1]?.slice(0, 3)).toEqual(['Ali', 'ali-at-example', 'ten']);
    expect(host.spreadsheetApp.userEdit(id, 'Sheet1', 3, 3, '11').ok).toBe(false);
    expect(host.spreadsheetApp.userEdit(id, 'Sheet1', 3, 2, 'nope').warning).toBeTruthy();
  });
});
