import * as backups from '../../../src/server/backups/backups';
import { actionContext } from '../../../src/server/actionContext';
import { addonHost, putTable, sheetValues } from '../../support/addonHost';
import type { LocalHost } from '../../../src/local/localHost';
import type { BackupsPanel, RestorePreview } from '../../../src/server/backups/backups';
import type { BackupProgress } from '../../../src/server/backups/backupRun';

const CUSTOMERS = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'City', 'Total'],
  ['C-0001', 'Anna Schmidt', '+49 30 1234567', 'anna@example.de', 'Berlin', 120],
  ['C-0002', 'Иван Петров', '+7 701 234 5678', 'ivan@example.ru', 'Алматы', 80.5],
  ['C-0003', 'Айгүл Сейітқызы', '007', 'aigul@example.kz', 'Шымкент', 0],
  ['C-0004', 'Бат-Эрдэнэ', '+976 9911 2233', 'bat@example.mn', 'Улаанбаатар', 15],
  ['C-0005', 'زهرا احمدی', '۰۹۱۲۱۲۳۴۵۶۷', 'zahra@example.ir', 'تهران', 42],
  ['C-0006', '王小明', '+86 138 0013 8000', 'wang@example.cn', '北京', 7],
];

function setUp(): LocalHost {
  const host = addonHost();
  putTable(host, 'Customers', CUSTOMERS);
  const sheet = host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Customers')!;
  sheet.getRange(1, 3, CUSTOMERS.length, 1).setNumberFormat('@');
  sheet.getRange(2, 7).setValue('=F2*2');
  sheet.getRange(3, 8).setValue(new Date('2026-01-02T03:04:05Z'));
  sheet.getRange(4, 8).setValue(true);
  putTable(host, 'Responses', [['Date', 'Customer ID', 'Score'], ['2026-11-01', 'C-0002', 9]]);
  putTable(host, 'My notes', [['not part of the database']]);
  return host;
}

function snapshot(host: LocalHost, name: string) {
  const range = host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName(name)!.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats() };
}

/** A file's text as the user sees it in Drive. */
function driveText(host: LocalHost, id: string): string {
  return host.asTheUser(() => host.driveApp.getFileById(id).getBlob().getDataAsString());
}

describe('backups', () => {
  it('back up now writes verified files into the Clientele backups folder and lists them', () => {
    const host = setUp();
    const { progress, message } = host.run<{ progress: BackupProgress; message: string }>('backUpNow');
    expect(progress.done).toBe(true);
    expect(progress.record!.status).toBe('good');
    expect(message).toBe('Backup saved and verified: 9 rows.');
    expect(progress.record!.rows).toEqual({ Customers: 7, Responses: 2 });
    const names: string[] = [];
    host.asTheUser(() => {
      const files = host.driveApp.getFoldersByName('Clientele backups').next().getFiles();
      while (files.hasNext()) names.push(files.next().getName());
    });
    expect(names.sort()).toEqual([`Clientele backup ${progress.record!.id} manifest.json`, `Clientele backup ${progress.record!.id} part 1.json`, `Clientele backup ${progress.record!.id} part 2.json`]);
    const panel = host.run<BackupsPanel>('getBackupsPanel');
    expect(panel.backups.map((b) => [b.status, b.bytes > 0, b.rows])).toEqual([['good', true, { Customers: 7, Responses: 2 }]]);
  });

  it('a restore round trip reproduces every cell: values, formulas and text formats in six scripts', () => {
    const host = setUp();
    const before = snapshot(host, 'Customers');
    const responsesBefore = snapshot(host, 'Responses');
    const { progress } = host.run<{ progress: BackupProgress }>('backUpNow');
    const sheet = host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Customers')!;
    sheet.getRange(2, 2).setValue('Changed');
    sheet.deleteRow(7);
    sheet.appendRow(['C-0099', 'Added after the backup']);
    sheet.getRange(1, 1, 8, 8).setNumberFormat('0.00');
    host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Responses')!.clear();
    const preview = host.run<RestorePreview>('getRestorePreview', progress.record!.id);
    expect(preview.next).toBeNull();
    expect(preview.sheets.find((p) => p.sheet === 'Customers')).toMatchObject({ added: 1, removed: 1, changed: 1, matchedBy: 'id' });
    expect(host.run('restoreBackup', progress.record!.id, 'replace')).toEqual({ done: true, message: 'Restored 2 sheets; the data as it was has been backed up first.' });
    expect(snapshot(host, 'Customers')).toEqual(before);
    expect(snapshot(host, 'Responses')).toEqual(responsesBefore);
    expect(sheetValues(host, 'Customers')[3]![2]).toBe('007');
  });

  it('replace backs up the current state first; new tabs leave the current sheets alone', () => {
    const host = setUp();
    const { progress } = host.run<{ progress: BackupProgress }>('backUpNow');
    host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Customers')!.getRange(2, 2).setValue('Edited after');
    host.run('restoreBackup', progress.record!.id, 'replace');
    const panel = host.run<BackupsPanel>('getBackupsPanel');
    const beforeRestore = panel.backups.find((b) => b.reason === 'beforeRestore')!;
    expect(beforeRestore.status).toBe('good');
    host.run('restoreBackup', beforeRestore.id, 'newTabs');
    const tab = `Customers (${beforeRestore.day})`;
    const names = host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().map((s) => s.getName());
    expect(names).toContain(tab);
    expect(sheetValues(host, tab)[1]![1]).toBe('Edited after');
    expect(sheetValues(host, 'Customers')[1]![1]).toBe('Anna Schmidt');
  });

  it('a corrupted backup (one cell changed in Drive) is detected, never counts as good and is not restored', () => {
    const host = setUp();
    const { progress } = host.run<{ progress: BackupProgress }>('backUpNow');
    const manifest = JSON.parse(driveText(host, progress.record!.manifestId!)) as { parts: { fileId: string }[] };
    const node = host.driveApp.node(manifest.parts[0]!.fileId);
    node.bytes = new TextEncoder().encode(new TextDecoder().decode(node.bytes!).replace('Anna Schmidt', 'Anna Schmitt'));
    expect(host.run('verifyBackup', progress.record!.id)).toBe('The backup is damaged: Part 1 (Customers, rows 1–7) does not match its checksum.');
    expect(host.run<BackupsPanel>('getBackupsPanel').backups[0]!.status).toBe('failed');
    expect(host.run<{ message: string }>('restoreBackup', progress.record!.id, 'replace').message).toMatch(/^The backup is damaged/);
    expect(sheetValues(host, 'Customers')[1]![1]).toBe('Anna Schmidt');
  });

  const HOUR = 60 * 60_000;
  const DAY = 24 * HOUR;

  it('scheduling installs the document\'s one hourly scheduler, which backs up at the hour; no schedule removes it', () => {
    const host = setUp();
    host.run('scheduleBackups', { every: 'day', hour: 3 });
    host.run('scheduleBackups', { every: 'week', hour: 22, weekDay: 'FRIDAY' });
    expect(host.scriptApp.listTriggers().map((t) => [t.handler, t.schedule])).toEqual([['runScheduler', { everyHours: 1 }]]);
    // Monday 23 November 09:30 (the spreadsheet's zone is GMT): the first Friday 22:00 is four days on.
    const runs = host.letTimePass(7 * DAY);
    expect(runs).toHaveLength(7 * 24);
    const backups = host.run<BackupsPanel>('getBackupsPanel').backups;
    expect(backups.map((b) => [b.reason, b.status, b.at.slice(0, 13)])).toEqual([['scheduled', 'good', '2026-11-27T22']]);
    host.run('scheduleBackups', null);
    expect(host.scriptApp.listTriggers()).toEqual([]);
  });

  it('a failed scheduled backup mails the owner once, shows in the panel, and deletes nothing', () => {
    const host = setUp();
    host.run('backUpNow');
    host.run('scheduleBackups', { every: 'day', hour: 3 });
    // The user's Drive is full: Drive refuses new files, so the backups of three nights fail.
    host.driveFiles.storageLimitBytes = 0;
    host.letTimePass(3 * DAY);
    const full = "API call to drive.files.create failed with error: The user's Drive storage quota has been exceeded.";
    expect(host.mailApp.outbox.map((m) => [m.to, m.subject])).toEqual([[host.ctx.user.email, 'Clientele: the scheduled backup of “Studio customers” failed']]);
    expect(host.mailApp.outbox[0]!.body).toContain(full);
    const panel = host.run<BackupsPanel>('getBackupsPanel');
    expect(panel.lastFailure?.message).toBe(full);
    expect(panel.backups.map((b) => b.status)).toEqual(['failed', 'failed', 'failed', 'good']);
    host.driveFiles.storageLimitBytes = null;
    host.letTimePass(DAY);
    expect(host.run<BackupsPanel>('getBackupsPanel').lastFailure).toBeNull();
    host.driveFiles.storageLimitBytes = 0;
    host.letTimePass(DAY);
    expect(host.mailApp.outbox).toHaveLength(2);
  });

  it('a large sheet is backed up in resumable steps with the same calls per step', () => {
    const host = setUp();
    const rows = Array.from({ length: 400 }, (_, i) => [`C-${String(i + 10).padStart(4, '0')}`, `Name ${i}`, `+7 700 000 ${String(i).padStart(4, '0')}`, '', '', i]);
    putTable(host, 'Customers', [CUSTOMERS[0]!, ...rows]);
    const limits = { cellsPerPart: 300, stepBudgetMs: 60_000, partsPerStep: 1 };
    const calls: number[] = [];
    let progress: BackupProgress;
    let steps = 0;
    do {
      const before = host.ctx.calls.total();
      progress = backups.backUpNow(actionContext(), limits);
      calls.push(host.ctx.calls.total() - before);
      steps += 1;
    } while (!progress.done && steps < 100);
    expect(progress.record!.status).toBe('good');
    expect(steps).toBeGreaterThan(5);
    const middle = calls.slice(1, -1);
    expect(new Set(middle).size).toBe(1);
    const restored = host.run<{ message: string }>('restoreBackup', progress.record!.id, 'newTabs');
    const tab = `Customers (${progress.record!.day})`;
    expect(restored.message).toContain(tab);
    expect(sheetValues(host, tab)).toEqual(sheetValues(host, 'Customers'));
  });

  it('a backup left half done (menu, closed sidebar) is finished by the scheduler, a step an hour, which then goes away', () => {
    const host = setUp();
    const first = backups.backUpNow(actionContext(), { cellsPerPart: 12, stepBudgetMs: 60_000, partsPerStep: 1 });
    expect(first.done).toBe(false);
    expect(host.scriptApp.listTriggers().map((t) => [t.handler, t.schedule])).toEqual([['runScheduler', { everyHours: 1 }]]);
    const runs = host.letTimePass(DAY);
    expect(host.scriptApp.listTriggers()).toEqual([]);
    // The scheduler's step uses the default limits: its first firing, an hour on, finishes the backup and, nothing else needing it, removes the trigger.
    expect(runs.map((run) => [run.handler, run.at.slice(11, 16), run.error])).toEqual([['runScheduler', '10:30', undefined]]);
    const panel = host.run<BackupsPanel>('getBackupsPanel');
    expect(panel.backups.map((b) => [b.reason, b.status, b.rows])).toEqual([['manual', 'good', { Customers: 7, Responses: 2 }]]);
    expect(host.mailApp.outbox).toEqual([]);
  });

  it('parts are sized in UTF-8 bytes, not characters: long Cyrillic, Chinese and Persian notes make smaller parts, every cell still restored', () => {
    const host = setUp();
    const long = (i: number) => `${i} ${'Длинная заметка 長い備考 یادداشت '.repeat(1_600)}`.slice(0, 50_000);
    putTable(host, 'Customers', [['Customer ID', 'Notes'], ...Array.from({ length: 200 }, (_, i) => [`C-${i}`, long(i)])]);
    const { progress } = host.run<{ progress: BackupProgress }>('backUpNow');
    expect(progress.record!.status).toBe('good');
    const manifest = JSON.parse(driveText(host, progress.record!.manifestId!)) as { parts: { sheet: string; rows: number; fileId: string }[] };
    const parts = manifest.parts.filter((p) => p.sheet === 'Customers');
    // 101 rows are about 5 million characters but 10 MB: counted in characters they would have made one part.
    expect(parts.map((p) => p.rows)).toEqual([51, 75, 75]);
    for (const part of parts) {
      const bytes = Number((host.driveFiles.get(part.fileId, { fields: 'size' }) as { size: string }).size);
      const text = host.driveFiles.get(part.fileId, { alt: 'media' }) as string;
      expect(bytes).toBeLessThanOrEqual(8 * 1024 * 1024);
      expect(bytes).toBeGreaterThan(text.length * 1.5);
    }
    host.run('restoreBackup', progress.record!.id, 'newTabs');
    expect(sheetValues(host, `Customers (${progress.record!.day})`)).toEqual(sheetValues(host, 'Customers'));
  });

  it('a spreadsheet without a customer sheet gives a failed backup, never an empty good one', () => {
    const host = addonHost();
    putTable(host, 'My notes', [['just notes']]);
    const { progress, message } = host.run<{ progress: BackupProgress; message: string }>('backUpNow');
    expect(progress.record!.status).toBe('failed');
    expect(message).toBe('The backup failed: There is nothing to back up: no customer sheet was found (set it up from the sidebar).');
  });
});
