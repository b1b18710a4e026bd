import { LocalHost, type LocalHostOptions } from '../../../src/local/localHost';

/** A local host with an open spreadsheet (unless `document: false`), and its services typed as a script sees them. */
export function scriptServices(options: LocalHostOptions & { document?: boolean } = {}) {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z'), ...options });
  if (options.document !== false) host.createSpreadsheet('Customers');
  const globals = host.globals() as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    FormApp: GoogleAppsScript.Forms.FormApp;
    DriveApp: GoogleAppsScript.Drive.DriveApp;
    Utilities: GoogleAppsScript.Utilities.Utilities;
    LockService: GoogleAppsScript.Lock.LockService;
    Session: GoogleAppsScript.Base.Session;
    MailApp: GoogleAppsScript.Mail.MailApp;
  };
  return { host, ...globals };
}

/** An argument of a type the method does not take, as a script could pass it. */
export const loose = <T>(value: unknown) => value as T;
