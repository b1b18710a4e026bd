/**
 * Backups in Drive through the advanced Drive service (Drive API v3), on the local host:
 * the folder, files left behind by a stopped execution, backups written by the previous version
 * with DriveApp, and the contested alt=media answer.
 */
import * as backups from '../../../src/server/backups/backups';
import { actionContext } from '../../../src/server/actionContext';
import { mediaText } from '../../../src/server/backups/backupDrive';
import type { BackupProgress } from '../../../src/server/backups/backupRun';
import type { BackupRecord } from '../../../src/server/backups/backupStore';
import type { LocalHost } from '../../../src/local/localHost';
import { addonHost, putTable, sheetValues } from '../../support/addonHost';

const FOLDER = 'application/vnd.google-apps.folder';
const CUSTOMERS = [['Customer ID', 'Name', 'City'], ['C-0001', 'Иван Петров', 'Алматы'], ['C-0002', '王小明', '北京'], ['C-0003', 'زهرا احمدی', 'تهران']];

function backUp(host: LocalHost): BackupRecord {
  const { progress } = host.run<{ progress: BackupProgress }>('backUpNow');
  expect(progress.record!.status).toBe('good');
  return progress.record!;
}

function listIds(host: LocalHost, q: string): string[] {
  return (host.driveFiles.list({ q, fields: 'files(id)' }).files ?? []).map((f) => f.id!);
}

const documentProperties = (host: LocalHost) => host.propertiesService.getDocumentProperties()!;

describe('backups in Drive', () => {
  it('keeps every backup in one Clientele backups folder in My Drive, shared by the spreadsheets; a trashed folder is not used again', () => {
    const host = addonHost();
    putTable(host, 'Customers', CUSTOMERS);
    const first = backUp(host);
    host.createSpreadsheet('Second studio');
    putTable(host, 'Customers', CUSTOMERS);
    backUp(host);
    const folders = listIds(host, `name = 'Clientele backups' and mimeType = '${FOLDER}' and trashed = false`);
    expect(folders).toHaveLength(1);
    expect(listIds(host, `'${folders[0]}' in parents`)).toHaveLength(4);
    host.driveFiles.update({ trashed: true }, folders[0]!);
    backUp(host);
    const now = listIds(host, `name = 'Clientele backups' and trashed = false`);
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(folders[0]);
    // The first spreadsheet's backup is in the trash with its folder, but it is still there to restore.
    host.spreadsheetApp.setActiveSpreadsheet(host.spreadsheetApp.listSpreadsheets().find((s) => s.name === 'Studio customers')!.id);
    expect(host.run<{ message: string }>('restoreBackup', first.id, 'newTabs').message).toContain('Customers (');
  });

  it('trashes the file an execution stopped after writing but before recording, when the next step goes on', () => {
    const host = addonHost();
    putTable(host, 'Customers', CUSTOMERS);
    const limits = { cellsPerPart: 3, stepBudgetMs: 60_000, partsPerStep: 1 };
    expect(backups.backUpNow(actionContext(), limits).done).toBe(false);
    const job = JSON.parse(documentProperties(host).getProperty('clientele.backupJob')!) as { id: string; folderId: string; partCount: number };
    const name = `Clientele backup ${job.id} part ${job.partCount + 1}.json`;
    const leftover = host.driveFiles.create({ name, parents: [job.folderId] }, host.utilities.newBlob('{"half":', 'application/json', name)).id!;
    let progress: BackupProgress;
    do progress = backups.backUpNow(actionContext(), limits);
    while (!progress.done);
    expect(progress.record!.status).toBe('good');
    expect(host.driveFiles.get(leftover, { fields: 'trashed' })).toEqual({ trashed: true });
    expect(listIds(host, `'${job.folderId}' in parents and name = '${name}' and trashed = false`)).toHaveLength(1);
    expect(progress.record!.fileIds).not.toContain(leftover);
  });

  it('restores a backup the previous version wrote with DriveApp: those files were made by this add-on, so drive.file covers them', () => {
    const host = addonHost();
    putTable(host, 'Customers', CUSTOMERS);
    const record = backUp(host);
    // Rewrite the backup as the previous version left it: the same texts in files made by DriveApp.
    // (The previous version ran as this script; the host's user makes its files here, as it would have.)
    const folder = host.asTheUser(() => host.driveApp.getFoldersByName('Clientele backups').next());
    const text = (id: string) => host.driveFiles.get(id, { alt: 'media' }) as string;
    const manifest = JSON.parse(text(record.manifestId!)) as { parts: { fileId: string }[] };
    const copies = new Map(manifest.parts.map((p) => [p.fileId, host.asTheUser(() => folder.createFile(`old ${p.fileId}.json`, text(p.fileId), 'application/json').getId())]));
    for (const p of manifest.parts) p.fileId = copies.get(p.fileId)!;
    const oldManifest = host.asTheUser(() => folder.createFile('old manifest.json', JSON.stringify(manifest), 'application/json').getId());
    for (const id of record.fileIds) host.driveFiles.remove(id);
    const old = { ...record, manifestId: oldManifest, fileIds: [...copies.values(), oldManifest] };
    documentProperties(host).setProperty(`clientele.backup.${record.id}`, JSON.stringify(old));
    putTable(host, 'Customers', [CUSTOMERS[0]!]);
    expect(host.run<string>('verifyBackup', record.id)).toBe('The backup matches its checksums.');
    host.run('restoreBackup', record.id, 'replace');
    expect(sheetValues(host, 'Customers')).toEqual(CUSTOMERS);
  });

  // https://developers.google.com/apps-script/guides/services/advanced: without the manifest entry there is no Drive global.
  it('says the advanced Drive service is not enabled when the manifest does not enable it', () => {
    const host = addonHost({ advancedServices: [] });
    putTable(host, 'Customers', CUSTOMERS);
    expect(() => host.run('backUpNow')).toThrow('The Drive advanced service is not enabled for this script (appsscript.json, enabledAdvancedServices).');
  });

  // The contested point (src/local/services/advancedDrive.ts): Drive.Files.get(id, {alt: 'media'}) may give text or bytes.
  it('reads the content whether Drive answers it as text or as bytes, and refuses anything else', () => {
    const host = addonHost();
    const text = '{"city":"Алматы","name":"王小明"}';
    expect(mediaText(text)).toBe(text);
    expect(mediaText(host.utilities.newBlob(text).getBytes())).toBe(text);
    expect(() => mediaText(null)).toThrow('Drive returned the file’s content as null, not as text or bytes.');
  });
});
