/**
 * Methods the add-on calls that no outside test suite checks (gas-fakes has no expectation for
 * them): menus, toasts, frozen rows, time zone and locale, the document lock and MailApp. Each
 * test cites the reference page it follows. Installable triggers are left to the tests of the
 * deployment modes (test/local/scriptApp.test.ts and the scheduler's), which own those rules.
 */
import { BODY_TOO_LARGE, DAILY_RECIPIENT_QUOTA, TOO_MANY_RECIPIENTS } from '../../../src/local/services/mail';
import { loose, scriptServices } from './scriptServices';

const services = (options: { document?: boolean } = {}) =>
  scriptServices({ ...options, user: { email: 'owner@example.com', locale: 'kk' }, scriptTimeZone: 'Asia/Almaty' });

// developers.google.com/apps-script/reference/base/ui#createaddonmenu and …/base/menu
describe('menus', () => {
  test('createAddonMenu is titled with the add-on’s name; items, separators and sub-menus keep their order', () => {
    const { host, SpreadsheetApp } = services();
    const ui = SpreadsheetApp.getUi();
    const more = ui.createMenu('More').addItem('Dashboard', 'updateDashboard');
    ui.createAddonMenu().addItem('Open', 'showSidebar').addSeparator().addSubMenu(more).addToUi();
    expect(host.ui.menus).toEqual([{
      caption: 'Clientele', addon: true,
      items: [{ caption: 'Open', functionName: 'showSidebar' }, { separator: true }, { caption: 'More', items: [{ caption: 'Dashboard', functionName: 'updateDashboard' }] }],
    }]);
  });

  test('"The menu isn’t actually updated until Menu.addToUi() is called"', () => {
    const { host, SpreadsheetApp } = services();
    const menu = SpreadsheetApp.getUi().createMenu('Tools').addItem('One', 'one');
    expect(host.ui.menus).toEqual([]);
    menu.addToUi();
    menu.addItem('Two', 'two');
    expect(host.ui.menus[0]!.items).toHaveLength(1);
    menu.addToUi();
    expect(host.ui.menus[0]!.items).toHaveLength(2);
  });

  test('addItem needs a caption and a function name; addSubMenu a menu', () => {
    const { SpreadsheetApp } = services();
    const menu = SpreadsheetApp.getUi().createMenu('Tools');
    expect(() => menu.addItem(loose<string>('Caption only'), loose<string>(undefined))).toThrow("The parameters (String) don't match the method signature for Menu.addItem.");
    expect(() => menu.addSubMenu(loose<GoogleAppsScript.Base.Menu>({ caption: 'fake' }))).toThrow("The parameters ((class)) don't match the method signature for Menu.addSubMenu.");
  });
});

// developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds:
// "if null, the toast defaults to 5 seconds; if negative, the toast remains until dismissed".
describe('toast', () => {
  test.each([
    ['toast(msg)', ['Saved'], { message: 'Saved', title: '', timeoutSeconds: 5 }],
    ['toast(msg, title)', ['Saved', 'Clientele'], { message: 'Saved', title: 'Clientele', timeoutSeconds: 5 }],
    ['toast(msg, title, null)', ['Saved', 'Clientele', null], { message: 'Saved', title: 'Clientele', timeoutSeconds: 5 }],
    ['toast(msg, title, -1)', ['Saved', 'Clientele', -1], { message: 'Saved', title: 'Clientele', timeoutSeconds: -1 }],
  ])('%s', (_call, args, shown) => {
    const { host, SpreadsheetApp } = services();
    const toast = SpreadsheetApp.getActiveSpreadsheet().toast as unknown as (...a: unknown[]) => void;
    toast(...args);
    expect(host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.toasts).toEqual([{ ...shown, at: new Date('2026-11-23T09:30:00Z') }]);
  });

  test('a timeout that is not a number fits no signature', () => {
    const { SpreadsheetApp } = services();
    const toast = SpreadsheetApp.getActiveSpreadsheet().toast as unknown as (...a: unknown[]) => void;
    expect(() => toast('Saved', 'Clientele', '10')).toThrow("The parameters (String,String,String) don't match the method signature for SpreadsheetApp.Spreadsheet.toast.");
    expect(() => toast()).toThrow("The parameters () don't match the method signature for SpreadsheetApp.Spreadsheet.toast.");
  });
});

// developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
describe('frozen rows and columns', () => {
  test('freezes up to all rows but one; every row is refused as Sheets refuses it', () => {
    const { SpreadsheetApp } = services();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!;
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(999);
    expect(sheet.getFrozenRows()).toBe(999);
    expect(() => sheet.setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
    expect(() => sheet.setFrozenColumns(26)).toThrow("You can't freeze all visible columns on the sheet.");
    sheet.setFrozenRows(0);
    expect(sheet.getFrozenRows()).toBe(0);
    expect(() => sheet.setFrozenRows(loose<number>('1'))).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.setFrozenRows.");
  });
});

describe('time zone and locale', () => {
  // …/spreadsheet/spreadsheet#getspreadsheettimezone, #setspreadsheettimezonetimezone, #getspreadsheetlocale;
  // …/base/session#getscripttimezone ("such as America/New_York"), #getactiveuserlocale ("for example, en for English").
  test('the spreadsheet’s zone and locale, the script’s zone and the user’s language are each their own', () => {
    const { SpreadsheetApp, Session } = services();
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    expect(Session.getScriptTimeZone()).toBe('Asia/Almaty');
    expect(Session.getActiveUserLocale()).toBe('kk');
    expect(spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    spreadsheet.setSpreadsheetTimeZone('America/New_York');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('America/New_York');
    expect(Session.getScriptTimeZone()).toBe('Asia/Almaty');
  });
});

// developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock: "null if the script is
// running as a standalone script or web app without a container" (nothing bound, no document open).
describe('document lock', () => {
  test('null outside a document; one lock per document inside one', () => {
    expect(services({ document: false }).LockService.getDocumentLock()).toBeNull();
    const { host, LockService } = services();
    expect(LockService.getDocumentLock()!.tryLock(0)).toBe(true);
    host.createSpreadsheet('Another document');
    expect(LockService.getDocumentLock()!.hasLock()).toBe(false);
  });
});

// developers.google.com/apps-script/reference/mail/mail-app and …/guides/services/quotas
describe('MailApp', () => {
  test('getRemainingDailyQuota counts recipients (to, cc and bcc), 100 a day on a consumer account', () => {
    const { MailApp } = services();
    expect(MailApp.getRemainingDailyQuota()).toBe(DAILY_RECIPIENT_QUOTA);
    MailApp.sendEmail({ to: 'a@example.com,b@example.com', cc: 'c@example.com', subject: 'Hi', body: 'Hello' });
    MailApp.sendEmail('d@example.com', 'Hi', 'Hello', { bcc: 'e@example.com' });
    MailApp.sendEmail('f@example.com', 'reply@example.com', 'Hi', 'Hello');
    expect(MailApp.getRemainingDailyQuota()).toBe(DAILY_RECIPIENT_QUOTA - 6);
  });

  test('"Email recipients per message: 50"', () => {
    const { host, MailApp } = services();
    const to = (n: number) => Array.from({ length: n }, (_, i) => `r${i}@example.com`).join(',');
    MailApp.sendEmail(to(50), 'Hi', 'Hello');
    expect(() => MailApp.sendEmail(to(49), 'Hi', 'Hello', { cc: 'one@example.com,two@example.com' })).toThrow(TOO_MANY_RECIPIENTS);
    expect(host.mailApp.outbox).toHaveLength(1);
  });

  test('"Email body size: 200 KB / msg", in bytes: 70,000 Cyrillic letters are 140,000 bytes, 110,000 are too many', () => {
    const { MailApp } = services();
    MailApp.sendEmail('a@example.com', 'Отчёт', 'ж'.repeat(70_000));
    expect(() => MailApp.sendEmail('a@example.com', 'Отчёт', 'ж'.repeat(110_000))).toThrow(BODY_TOO_LARGE);
  });

  test('a call shape that is none of the four does not match the method signature', () => {
    const { MailApp } = services();
    const sendEmail = MailApp.sendEmail as unknown as (...a: unknown[]) => void;
    expect(() => sendEmail('a@example.com', 'Subject only')).toThrow("The parameters (String,String) don't match the method signature for MailApp.sendEmail.");
  });
});
