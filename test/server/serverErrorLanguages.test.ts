/**
 * What the server says when an action cannot go on reaches the sidebar's status line or the
 * backups list: it is in the user's language (issue 19), never in the English the code was
 * written in. Each failure is brought about on the local host as a user would meet it.
 */
import * as backups from '../../src/server/backups/backups';
import { actionContext } from '../../src/server/actionContext';
import type { Language } from '../../src/core/i18n/languages';
import type { LocalHost } from '../../src/local/localHost';
import type { BackupProgress } from '../../src/server/backups/backupRun';
import type { BackupsPanel } from '../../src/server/backups/backups';
import type { RestoreProgress } from '../../src/server/backups/restoreRun';
import { addonHost, putTable, sheetValues } from '../support/addonHost';
import { anotherExecutionHolds } from '../support/locks';

const CUSTOMERS = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'City'],
  ...Array.from({ length: 12 }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `  anna  PETROVA ${i}`, `Anna${i}@Mail.RU`, `8 701 111 11 ${String(i).padStart(2, '0')}`, ' Almaty ']),
];
/** One part a step, a few rows a part: a backup or a restore takes several calls. */
const SMALL = { cellsPerPart: 25, stepBudgetMs: 60_000, partsPerStep: 1 };

function userHost(language: Language, sheets: Record<string, (string | number)[][]> = { Customers: CUSTOMERS }): LocalHost {
  const host = addonHost({ user: { email: 'owner@example.com', locale: language } });
  for (const [name, rows] of Object.entries(sheets)) putTable(host, name, rows);
  host.run('saveSettings', { language, defaultCountry: 'KZ' });
  return host;
}

function deleteSheet(host: LocalHost, name: string): void {
  const spreadsheet = host.spreadsheetApp.getActiveSpreadsheet()!;
  spreadsheet.deleteSheet(spreadsheet.getSheetByName(name) as unknown as GoogleAppsScript.Spreadsheet.Sheet);
}

function goodBackup(): BackupProgress {
  let progress: BackupProgress;
  do progress = backups.backUpNow(actionContext(), SMALL);
  while (!progress.done);
  expect(progress.record!.status).toBe('good');
  return progress;
}

describe('server errors in the user’s language', () => {
  it('undo, when the cleaned sheet was deleted since, says so in Russian and changes nothing', () => {
    const host = userHost('ru', { Customers: CUSTOMERS, Notes: [['notes']] });
    host.run('applyCleaning', []);
    deleteSheet(host, 'Customers');
    expect(() => host.run('undoLastAction')).toThrow('Лист «Customers», который был изменён, больше не существует, поэтому ничего не отменено.');
    expect(sheetValues(host, 'Notes')).toEqual([['notes']]);
  });

  it('a backup with no customer sheet fails in Persian', () => {
    const host = userHost('fa', { 'My notes': [['just notes']] });
    const { progress, message } = host.run<{ progress: BackupProgress; message: string }>('backUpNow');
    expect(progress.record!.status).toBe('failed');
    expect(message).toContain('چیزی برای پشتیبان‌گیری نیست: برگهٔ مشتریان پیدا نشد');
    expect(message).not.toMatch(/[A-Za-z]/);
  });

  it('a sheet deleted between two steps of a backup fails it, named, in Russian', () => {
    const host = userHost('ru', { Customers: CUSTOMERS, Responses: [['Date', 'Customer ID', 'Score'], ['2026-11-01', 'C-000002', 9]] });
    const first = backups.backUpNow(actionContext(), SMALL);
    expect(first.done).toBe(false);
    deleteSheet(host, 'Responses');
    let progress: BackupProgress;
    do progress = backups.backUpNow(actionContext(), SMALL);
    while (!progress.done);
    expect(progress.record!.status).toBe('failed');
    expect(progress.record!.message).toBe('Лист «Responses» был удалён во время резервного копирования.');
    expect(host.run<BackupsPanel>('getBackupsPanel').backups[0]!.message).toBe('Лист «Responses» был удалён во время резервного копирования.');
  });

  it('a damaged part is named in Russian when the backup is checked, restored or previewed', () => {
    const host = userHost('ru');
    const { record } = goodBackup();
    const manifest = JSON.parse(host.asTheUser(() => host.driveApp.getFileById(record!.manifestId!).getBlob().getDataAsString())) as { parts: { fileId: string }[] };
    const node = host.driveApp.node(manifest.parts[0]!.fileId);
    node.bytes = new TextEncoder().encode(new TextDecoder().decode(node.bytes!).replace('PETROVA 0', 'PETROVA 9'));
    const damaged = 'Часть 1 (Customers, строки 1–';
    expect(host.run<string>('verifyBackup', record!.id)).toContain(damaged);
    expect(host.run<string>('verifyBackup', record!.id)).toMatch(/не совпадает со своей контрольной суммой\.$/);
    expect(host.run<{ message: string }>('restoreBackup', record!.id, 'newTabs').message).toContain(damaged);
    expect(host.run<{ error: string }>('getRestorePreview', record!.id).error).toContain(damaged);
  });

  it('a backup that is gone is named in Persian, whether checked or restored', () => {
    userHost('fa');
    const context = actionContext();
    expect(() => backups.verify(context, '20260101-000000-abcd')).toThrow('پشتیبان 20260101-000000-abcd دیگر وجود ندارد.');
    expect(() => backups.restore(context, '20260101-000000-abcd', 'newTabs')).toThrow('پشتیبان 20260101-000000-abcd دیگر وجود ندارد.');
  });

  it('a restored tab deleted between two steps of the restore stops it, in Russian', () => {
    const host = userHost('ru');
    const { record } = goodBackup();
    const steps: RestoreProgress[] = [];
    let progress: RestoreProgress;
    do {
      progress = backups.restore(actionContext(), record!.id, 'newTabs', SMALL);
      steps.push(progress);
      const tab = `Customers (${record!.day})`;
      if (!progress.done && host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName(tab) && steps.length > 1) deleteSheet(host, tab);
    } while (!progress.done && steps.length < 50);
    expect(progress.message).toContain(`Лист «Customers (${record!.day})» был удалён во время восстановления.`);
  });

  it('a "today" that is not a date is refused in Persian', () => {
    const host = userHost('fa');
    expect(() => host.run('getInsights', 'yesterday-ish')).toThrow('تاریخ نیست: yesterday-ish (به شکل سال-ماه-روز بنویسید).');
  });

  it('an action that finds the spreadsheet busy says so in Russian, not with Google’s "Lock timeout"', () => {
    const host = userHost('ru');
    const release = anotherExecutionHolds(host, 'document');
    expect(() => host.run('applyCleaning', [])).toThrow('Таблицу сейчас изменяет другое действие: повторите через минуту.');
    release();
    expect(sheetValues(host, 'Customers')).toEqual(CUSTOMERS);
  });

  it('a backup without the advanced Drive service fails in Persian, not in the code’s English', () => {
    const host = addonHost({ advancedServices: [], user: { email: 'owner@example.com', locale: 'fa' } });
    putTable(host, 'Customers', CUSTOMERS);
    host.run('saveSettings', { language: 'fa', defaultCountry: 'KZ' });
    expect(() => host.run('backUpNow')).toThrow('سرویس پیشرفتهٔ Drive برای این اسکریپت فعال نیست');
  });

  it('an undo names the Merged tab as the spreadsheet has it: in Russian when it was made in Russian, in English when made in English', () => {
    const merged = [['Customer ID', 'Name'], ['C-000001', 'Anna'], ['C-000002', 'Anna P.']];
    const typedBack = (host: LocalHost) => {
      host.run('mergeDuplicates', [[2, 3]]);
      host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Customers')!.getRange(3, 1, 1, 2).setValues([['C-000002', 'typed back']]);
      return host.run<string>('undoLastAction');
    };
    const russian = userHost('ru', { Customers: merged });
    expect(typedBack(russian)).toContain('(остаются на листе «Объединённые»): C-000002.');

    const switched = userHost('en', { Customers: merged });
    switched.run('mergeDuplicates', [[2, 3]]);
    switched.run('undoLastAction');
    switched.run('saveSettings', { language: 'ru', defaultCountry: 'KZ' });
    expect(typedBack(switched)).toContain('(остаются на листе «Merged»): C-000002.');
  });
});
