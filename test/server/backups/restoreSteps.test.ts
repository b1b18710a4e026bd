/**
 * A restore too large for one execution runs in steps: the sidebar calls again until done, with
 * a progress line, and a restore left half done is finished by the document's scheduler. Small
 * parts and one part per step stand in for 100,000 customers.
 */
import * as backups from '../../../src/server/backups/backups';
import { actionContext } from '../../../src/server/actionContext';
import { addonHost, putTable, sheetValues } from '../../support/addonHost';
import type { LocalHost } from '../../../src/local/localHost';
import type { BackupProgress } from '../../../src/server/backups/backupRun';
import type { RestoreProgress } from '../../../src/server/backups/restoreRun';
import type { BackupsPanel } from '../../../src/server/backups/backups';

const HEADER = ['Customer ID', 'Name', 'Phone', 'City'];
const CITIES = ['Алматы', '北京', 'تهران', 'Улаанбаатар', 'Berlin'];
const ROWS = 120;
const SMALL = { cellsPerPart: 160, stepBudgetMs: 60_000, partsPerStep: 1 };

function customers(): (string | number)[][] {
  return [HEADER, ...Array.from({ length: ROWS }, (_, i) => [`C-${String(i + 1).padStart(4, '0')}`, `Name ${i}`, `+7 700 ${String(i).padStart(7, '0')}`, CITIES[i % CITIES.length]!])];
}

function setUp(language: 'en' | 'ru' = 'en', withResponses = false): { host: LocalHost; id: string } {
  const host = addonHost();
  putTable(host, 'Customers', customers());
  if (withResponses) putTable(host, 'Responses', [['Timestamp', 'Name'], [new Date('2026-11-20T10:00:00Z'), 'Name 3']]);
  host.run('saveSettings', { language, defaultCountry: 'KZ' });
  let progress: BackupProgress;
  do progress = backups.backUpNow(actionContext(), SMALL);
  while (!progress.done);
  expect(progress.record!.status).toBe('good');
  return { host, id: progress.record!.id };
}

function sheet(host: LocalHost, name: string) {
  return host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName(name)!;
}

/** Calls the restore as the sidebar does, until done; the messages it showed. */
function restoreUntilDone(id: string, mode: 'newTabs' | 'replace'): string[] {
  const messages: string[] = [];
  let progress: RestoreProgress;
  do {
    progress = backups.restore(actionContext(), id, mode, SMALL);
    messages.push(progress.message);
  } while (!progress.done && messages.length < 200);
  return messages;
}

describe('a restore in steps', () => {
  it('replacing: backs up first, checks every part, then writes part after part with "Restored N of M rows…"; every cell is back', () => {
    const { host, id } = setUp();
    const before = sheetValues(host, 'Customers');
    sheet(host, 'Customers').getRange(2, 2, 50, 1).setValue('overwritten');
    sheet(host, 'Customers').deleteRows(80, 20);
    const messages = restoreUntilDone(id, 'replace');
    // One part a step, parts of 40 rows: the backup of the current data (101 rows; its last step
    // goes on to check the first part), 4 parts checked, the sheet emptied, 4 parts written.
    expect(messages).toEqual([
      'Backing up the current data first… 40 of 101 rows',
      'Backing up the current data first… 80 of 101 rows',
      'Checking the backup… 40 of 121 rows',
      'Checking the backup… 80 of 121 rows',
      'Checking the backup… 120 of 121 rows',
      'Restored 0 of 121 rows…',
      'Restored 0 of 121 rows…',
      'Restored 40 of 121 rows…',
      'Restored 80 of 121 rows…',
      'Restored 120 of 121 rows…',
      'Restored 1 sheet; the data as it was has been backed up first.',
    ]);
    expect(sheetValues(host, 'Customers')).toEqual(before);
    const panel = host.run<BackupsPanel>('getBackupsPanel');
    expect(panel.restoring).toBeNull();
    // Both backups carry the host's clock, which stands still in these tests: compared unordered.
    expect(panel.backups.map((b) => `${b.reason} ${b.status}`).sort()).toEqual(['beforeRestore good', 'manual good']);
  });

  it('shows its progress in the user\'s language (Russian)', () => {
    const { id } = setUp('ru');
    const messages = restoreUntilDone(id, 'newTabs');
    expect(messages.slice(0, 2)).toEqual(['Проверяем копию… 40 из 121 строки', 'Проверяем копию… 80 из 121 строки']);
    expect(messages).toContain('Восстановлено 80 из 121 строки…');
    expect(messages.at(-1)).toMatch(/^Восстановлено на новые листы: Customers \(\d{4}-\d{2}-\d{2}\)$/);
  });

  it('into new tabs: each tab is cut to the rows and columns it holds, not Google\'s 1,000 × 26', () => {
    const { host, id } = setUp();
    restoreUntilDone(id, 'newTabs');
    const tab = host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().find((s) => s.getName().startsWith('Customers ('))!;
    expect([tab.getMaxRows(), tab.getMaxColumns()]).toEqual([ROWS + 1, HEADER.length]);
    expect(sheetValues(host, tab.getName())).toEqual(sheetValues(host, 'Customers'));
    expect(host.spreadsheetApp.getActiveSpreadsheet()!.getActiveSheet().getName()).toBe('Customers');
  });

  it('a restore left half done (sidebar closed) is finished by the scheduler, which then goes away; backups wait meanwhile', () => {
    const { host, id } = setUp();
    sheet(host, 'Customers').getRange(2, 2).setValue('changed after the backup');
    expect(backups.restore(actionContext(), id, 'newTabs', SMALL).done).toBe(false);
    expect(host.scriptApp.listTriggers().map((t) => [t.handler, t.schedule])).toEqual([['runScheduler', { everyHours: 1 }]]);
    expect(host.run<BackupsPanel>('getBackupsPanel').restoring).toEqual({ backupId: id, mode: 'newTabs' });
    expect(host.run<{ message: string }>('backUpNow').message).toBe('A restore is in progress: backups wait until it has finished.');
    // The scheduler's steps use the default limits: its first firing, an hour on, finishes the restore.
    const runs = host.letTimePass(24 * 60 * 60_000);
    expect(runs.map((run) => [run.handler, run.at.slice(11, 16), run.error])).toEqual([['runScheduler', '10:30', undefined]]);
    expect(host.scriptApp.listTriggers()).toEqual([]);
    const tab = host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().map((s) => s.getName()).find((name) => name.startsWith('Customers ('))!;
    expect(sheetValues(host, tab)).toEqual(customers());
    expect(host.run<BackupsPanel>('getBackupsPanel').restoring).toBeNull();
    expect(host.run<{ progress: BackupProgress }>('backUpNow').progress.record!.status).toBe('good');
  });

  it('waits for a backup in progress, rather than restoring beside it', () => {
    const { host, id } = setUp();
    expect(backups.backUpNow(actionContext(), SMALL).done).toBe(false);
    expect(host.run('restoreBackup', id, 'replace')).toEqual({ done: true, message: 'A backup is in progress. Restore once it has finished (Back up now goes on with it).' });
    expect(host.run<BackupsPanel>('getBackupsPanel').restoring).toBeNull();
  });

  it('previews in steps too, a sheet or more a step, going on from `next`: the same comparison as in one go', () => {
    const { host, id } = setUp('en', true);
    sheet(host, 'Customers').getRange(2, 2, 3, 1).setValue('changed');
    sheet(host, 'Customers').deleteRows(10, 5);
    const whole = host.run<backups.RestorePreview>('getRestorePreview', id);
    expect([whole.next, whole.total > 1]).toEqual([null, true]);
    const steps: backups.RestorePreview[] = [];
    for (let from: number | null = 0; from !== null; from = steps.at(-1)!.next) {
      const step = backups.previewRestore(actionContext(), id, from, SMALL);
      if ('error' in step) throw new Error(step.error);
      steps.push(step);
    }
    expect(steps.map((step) => step.sheets.length)).toEqual(Array.from({ length: whole.total }, () => 1));
    expect(steps.flatMap((step) => step.sheets)).toEqual(whole.sheets);
    expect(whole.sheets.find((diff) => diff.sheet === 'Customers')).toEqual({ sheet: 'Customers', added: 5, removed: 0, changed: 3, matchedBy: 'id' });
  });

  // https://support.google.com/drive/answer/37603: a spreadsheet holds up to 10 million cells, empty ones included.
  it('into new tabs: refused before any tab is made when they would not fit Google\'s 10,000,000 cells', () => {
    const { host, id } = setUp();
    const spreadsheet = host.spreadsheetApp.getActiveSpreadsheet()!;
    const big = spreadsheet.insertSheet('Archive');
    // About 15,000 cells left: the restore's few hundred would fit, a new tab's first 1,000 × 26 would not.
    const inUse = spreadsheet.getSheets().reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
    big.insertRowsAfter(big.getMaxRows(), Math.floor((9_985_000 - inUse) / 26));
    const before = host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().map((s) => s.getName());
    const progress = backups.restore(actionContext(), id, 'newTabs', SMALL);
    expect(progress.done).toBe(true);
    expect(progress.message).toMatch(/^There is no room for new tabs: they would need \d+ cells, and the spreadsheet already has \d+ of the 10,000,000 Google allows\./);
    expect(host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().map((s) => s.getName())).toEqual(before);
    expect(host.run<BackupsPanel>('getBackupsPanel').restoring).toBeNull();
  });

  it('a part damaged in Drive is found before anything is replaced: the sheets stay as they are', () => {
    const { host, id } = setUp();
    const manifest = JSON.parse(host.driveFiles.get(host.run<BackupsPanel>('getBackupsPanel').backups[0]!.manifestId!, { alt: 'media' }) as string) as { parts: { fileId: string }[] };
    const node = host.driveApp.node(manifest.parts[2]!.fileId);
    node.bytes = new TextEncoder().encode(new TextDecoder().decode(node.bytes!).replace('Name 90', 'Name 99'));
    sheet(host, 'Customers').getRange(2, 2).setValue('kept');
    const current = sheetValues(host, 'Customers');
    const messages = restoreUntilDone(id, 'replace');
    expect(messages.at(-1)).toBe('The backup is damaged: Part 3 (Customers, rows 81–120) does not match its checksum.');
    expect(sheetValues(host, 'Customers')).toEqual(current);
    expect(host.run<BackupsPanel>('getBackupsPanel').restoring).toBeNull();
  });
});
