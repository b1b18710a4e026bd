/**
 * The Audit log's Detail cell is written in the language of the user who acted, with the plural
 * forms that language needs: no English phrase ("undo merge", "request R-0001; 4 rows on 2
 * sheets") and no internal code (`merge`, `birthday`, `email`) reaches a Russian or Persian owner.
 * The Action column keeps its stable code (the panels translate it; the checks chain over it).
 */
import { AUDIT_COLUMNS, AUDIT_SHEET } from '../../src/core/audit/auditRecords';
import type { CellValue } from '../../src/core/customerRecord';
import type { Language } from '../../src/core/i18n/languages';
import { isNameOf } from '../../src/core/i18n/sheetNames';
import type { LocalHost } from '../../src/local/localHost';
import type { BackupProgress } from '../../src/server/backups/backupRun';
import type { AuditPanel } from '../../src/server/audit/auditPanel';
import { customerSheetWithHistories } from '../support/customerHistories';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const TABLE: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'City', 'Marketing consent', 'Date of birth'],
  ['C-000001', 'Иванов Иван', '8 701 123 45 67', 'Ivan@Mail.RU', 'Алматы', 'yes', '1990-03-05'],
  ['C-000002', 'Wang Fang', '+8613800138000', '', '上海', 'no', ''],
  ['C-000003', 'Ivan Ivanov', '+77017654321', 'ivan@mail.ru', 'Almaty', 'yes', ''],
  ['C-000004', 'زهرا احمدی', '۰۹۱۲۱۲۳۴۵۶۷', 'zahra@example.ir', 'تهران', 'yes', ''],
];

function userHost(language: Language, table: CellValue[][] = TABLE, sheet = 'Customers'): LocalHost {
  const host = addonHost({ user: { email: 'owner@example.com', locale: language } });
  putTable(host, sheet, table);
  host.run('saveSettings', { language, defaultCountry: 'KZ' });
  return host;
}

/** The Audit log's rows under its name in whatever language it was made. */
function auditRows(host: LocalHost): CellValue[][] {
  const names = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheets().map((sheet) => sheet.getName());
  const name = names.find((candidate) => isNameOf(AUDIT_SHEET, candidate));
  return name === undefined ? [] : sheetValues(host, name).slice(1);
}

function details(host: LocalHost, action: string): string[] {
  return auditRows(host).filter((row) => row[AUDIT_COLUMNS.action] === action).map((row) => String(row[AUDIT_COLUMNS.detail]));
}

/** No Latin word in a Detail cell, except request IDs (R-0001) and the brand names of channels. */
function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((word) => !/^R-?$/.test(word) && !['WhatsApp', 'Telegram', 'SMS'].includes(word));
}

describe('Audit log details in the user’s language', () => {
  it('undo of a merge, in Russian: the action undone in words, not “undo merge”', () => {
    const host = userHost('ru');
    host.run('mergeDuplicates', [[2, 4]]);
    host.run('undoLastAction');
    expect(details(host, 'undo')).toEqual(['отменено: Объединение']);
  });

  it('undo of a cleaning, in Persian', () => {
    const host = userHost('fa');
    host.run('applyCleaning', []);
    host.run('undoLastAction', 'clean');
    expect(details(host, 'undo')).toEqual(['واگرد: پاک‌سازی']);
  });

  it('privacy requests, in Persian: the request answered, rows and sheets counted', () => {
    const host = userHost('fa');
    host.run('logPrivacyRequest', { kind: 'access', customer: 'ivan@mail.ru', received: '2026-11-20', channel: 'email' }, '2026-11-23');
    host.run('exportCustomerData', 'ivan@mail.ru', '2026-11-23');
    expect(details(host, 'export')).toEqual(['درخواست R-0001']);
    host.run('logPrivacyRequest', { kind: 'erasure', customer: 'ivan@mail.ru', received: '2026-11-21', channel: 'email' }, '2026-11-23');
    const erased = host.run<{ rows: number }>('eraseCustomer', 'ivan@mail.ru', '2026-11-23');
    const [erase] = details(host, 'erase');
    expect(erase).toMatch(/^درخواست R-0002؛ \d+ ردیف در \d+ برگه$/);
    expect(erase).toContain(`؛ ${erased.rows} ردیف در `);
  });

  it('privacy requests, in Russian: “1 строка на 1 листе”, “2 строки на 2 листах”', () => {
    const host = userHost('ru');
    host.run('logPrivacyRequest', { kind: 'erasure', customer: '+8613800138000', received: '2026-11-21', channel: 'email' }, '2026-11-23');
    host.run('eraseCustomer', '+8613800138000', '2026-11-23');
    expect(details(host, 'erase')).toEqual([expect.stringMatching(/^запрос R-0001; (1 строка на 1 листе|[2-4] строки на [2-4] листах|\d+ строк на \d+ листах)$/)]);
  });

  it('restore from a backup, in Russian: which backup, sheets counted, what was done', () => {
    const host = userHost('ru');
    host.run('applyCleaning', []);
    const { progress } = host.run<{ progress: BackupProgress }>('backUpNow');
    host.run('mergeDuplicates', [[2, 4]]);
    host.run('restoreBackup', progress.record!.id, 'replace');
    expect(details(host, 'restore')).toEqual([expect.stringMatching(/^копия от \d{4}-\d{2}-\d{2}, (1 лист|[2-4] листа|\d+ листов), текущие данные заменены$/)]);
  });

  it('predictions, in Persian: customers, rows without a history and columns counted', () => {
    const host = userHost('fa', customerSheetWithHistories(400), 'Sheet1');
    host.run('updatePredictions', TEST_NOW.toISOString());
    expect(details(host, 'predict')).toEqual(['پیش‌بینی برای 400 مشتری، 0 ردیف بدون سابقه، 5 ستون افزوده شد']);
  });

  // Ivan matches two customers: his row waits in quarantine.
  it.each([
    ['ru', 'создано: 1, в карантин: 1'],
    ['fa', '1 ساخته شد، 1 به قرنطینه'],
    ['zh', '新建 1 条，隔离 1 条'],
  ] as const)('an import, in %s: what was created and quarantined, not “1 created, 1 quarantined”', (language, detail) => {
    const host = userHost(language);
    host.run('importContactRows', { kind: 'rows', name: 'leads.csv', rows: [['Name', 'Email'], ['Li Wei', 'li.wei@example.cn'], ['Ivan Ivanov', 'ivan@mail.ru']] });
    expect(details(host, 'import')).toEqual([detail]);
  });

  it('a message to a customer, in Persian: the kind and channel in words, not “birthday · email”', () => {
    const host = userHost('fa');
    host.run('saveKeepInTouchSettings', { shopName: 'Nur Dental' });
    host.run('sendListEmails', { list: 'birthdays', channel: 'email', customerIds: ['C-000001'] }, '2026-03-04T09:30:00Z');
    const [message] = details(host, 'message');
    expect(message).toBe('تبریک تولد · ایمیل');
  });

  it('leaves no Latin word in any Detail cell of a Russian run of every action', () => {
    const host = userHost('ru');
    host.run('applyCleaning', []);
    host.run('undoLastAction', 'clean');
    host.run('mergeDuplicates', [[2, 4]]);
    host.run('importContactRows', { kind: 'rows', name: 'leads.csv', rows: [['Name', 'Email'], ['Li Wei', 'li.wei@example.cn']] });
    host.run('logPrivacyRequest', { kind: 'erasure', customer: '+8613800138000', received: '2026-11-21', channel: 'email' }, '2026-11-23');
    host.run('eraseCustomer', '+8613800138000', '2026-11-23');
    const cells = auditRows(host).map((row) => String(row[AUDIT_COLUMNS.detail]));
    expect(cells.length).toBeGreaterThanOrEqual(5);
    expect(cells.flatMap(latinWords)).toEqual([]);
  });
});

describe('the Audit log’s User when Google gives no email (a consumer account, many contexts)', () => {
  function anonymousHost(language: Language): LocalHost {
    const host = addonHost({ user: { email: '', locale: language } });
    putTable(host, 'Customers', TABLE);
    host.run('saveSettings', { language, defaultCountry: 'KZ' });
    return host;
  }
  const userCells = (host: LocalHost) => auditRows(host).map((row) => row[AUDIT_COLUMNS.user]);

  it('writes an honest “(not given by Google)” in the acting user’s language, in Persian and Russian', () => {
    const persian = anonymousHost('fa');
    persian.run('applyCleaning', []);
    expect(userCells(persian)).toEqual(['(گوگل اعلام نکرد)']);
    expect(persian.run<AuditPanel>('getAuditPanel').recent.map((entry) => entry.user)).toEqual(['(گوگل اعلام نکرد)']);
    const russian = anonymousHost('ru');
    russian.run('applyCleaning', []);
    expect(userCells(russian)).toEqual(['(Google не сообщил)']);
  });

  it('shows an email when Google gives one, and a row an earlier version wrote as “unknown” in the reader’s words', () => {
    const host = userHost('zh');
    host.run('applyCleaning', []);
    expect(userCells(host)).toEqual(['owner@example.com']);
    const sheet = host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().find((candidate) => isNameOf(AUDIT_SHEET, candidate.getName()))!;
    sheet.getRange(2, AUDIT_COLUMNS.user + 1).setValue('unknown');
    expect(host.run<AuditPanel>('getAuditPanel').recent.map((entry) => entry.user)).toEqual(['（谷歌未提供）']);
  });
});
