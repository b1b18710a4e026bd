import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { putTable, takeTable } from '../../src/local/files/sheetTable';
import { LocalHost } from '../../src/local/localHost';
import { loadWorkbook, saveWorkbook } from '../../src/local/workbookFile';

const now = new Date('2026-11-23T09:30:00Z');

describe('local workbook file', () => {
  it('saves and loads the whole host: sheets, properties, triggers, Drive files, forms and mail', () => {
    const host = new LocalHost({ now, scopes: null });
    const id = host.createSpreadsheet('Studio');
    const rows = [
      ['Name', 'Phone', 'Last purchase', 'Total', 'Consent'],
      ['Иванов Иван', '+7 701 123 45 67', new Date('2026-10-01T00:00:00Z'), 1500.5, true],
      ['علی رضایی', '۰۹۱۲۳۴۵۶۷۸۹', '', 0, false],
      ['王芳', '007', '', '', ''],
    ];
    putTable(host, id, 'Customers', rows);
    const globals = host.globals() as {
      PropertiesService: GoogleAppsScript.Properties.PropertiesService;
      ScriptApp: GoogleAppsScript.Script.ScriptApp;
      DriveApp: GoogleAppsScript.Drive.DriveApp;
      FormApp: GoogleAppsScript.Forms.FormApp;
      MailApp: GoogleAppsScript.Mail.MailApp;
    };
    globals.PropertiesService.getDocumentProperties().setProperty('clientele.settings', '{"language":"fa"}');
    const trigger = globals.ScriptApp.newTrigger('backUp').timeBased().everyDays(1).atHour(3).create();
    globals.DriveApp.createFolder('Clientele backups').createFile('note.txt', 'سلام 你好', 'text/plain');
    globals.FormApp.create('Отзыв').addTextItem().setTitle('Имя');
    globals.MailApp.sendEmail('owner@example.com', 'Backup failed', 'Details inside');

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clientele-')), 'workbook.json');
    saveWorkbook(host, file);
    const loaded = loadWorkbook(file, { now, scopes: null });

    expect(loaded.activeSpreadsheetId()).toBe(id);
    expect(takeTable(loaded, id, 'Customers')).toEqual(rows);
    expect(loaded.propertiesService.getDocumentProperties()?.getProperty('clientele.settings')).toBe('{"language":"fa"}');
    expect(loaded.scriptApp.listTriggers().map((t) => [t.id, t.handler, t.schedule?.everyDays, t.schedule?.atHour])).toEqual([
      [trigger.getUniqueId(), 'backUp', 1, 3],
    ]);
    const folder = loaded.driveApp.getFoldersByName('Clientele backups').next();
    expect(folder.getFiles().next().getBlob().getDataAsString()).toBe('سلام 你好');
    expect(loaded.formApp.listForms().map((f) => f.title)).toEqual(['Отзыв']);
    expect(loaded.mailApp.outbox.map((m) => m.subject)).toEqual(['Backup failed']);
    // Saving what was loaded gives the same file: nothing is lost or invented on the way.
    const again = `${file}.again`;
    saveWorkbook(loaded, again);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('refuses a file that is not a Clientele workbook, naming it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clientele-')), 'other.json');
    writeFileSync(file, '{"hello":"world"}');
    expect(() => loadWorkbook(file)).toThrow(`${file} is not a Clientele local workbook file.`);
  });
});
