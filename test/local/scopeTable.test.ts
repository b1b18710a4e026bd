import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LocalHost, manifestScopes } from '../../src/local/localHost';
import { checkPermission, requiredScopes, ScopeGrant } from '../../src/local/permissions';
import { SCOPE, SCOPE_TABLE } from '../../src/local/scopeTable';

const REFERENCE = 'https://developers.google.com/apps-script/reference';

/**
 * Each row: a call, the scopes its reference page lists under "Authorization", and the page.
 * A method documented without a section reads as its class's scopes (see scopeTable.ts).
 */
const DOCUMENTED: [string, string[], string][] = [
  ['DriveApp.createFolder', [SCOPE.drive], `${REFERENCE}/drive/drive-app#createFolder(String)`],
  ['DriveApp.getFileById', [SCOPE.driveReadonly, SCOPE.drive], `${REFERENCE}/drive/drive-app#getFileById(String)`],
  ['DriveApp.getFolderById', [SCOPE.driveReadonly, SCOPE.drive], `${REFERENCE}/drive/drive-app#getFolderById(String)`],
  ['Folder.createFile', [SCOPE.drive], `${REFERENCE}/drive/folder#createFile(String,String,String)`],
  ['Folder.createFolder', [SCOPE.drive], `${REFERENCE}/drive/folder#createFolder(String)`],
  ['File.getName', [SCOPE.driveReadonly, SCOPE.drive], `${REFERENCE}/drive/file#getName()`],
  ['File.setTrashed', [SCOPE.drive], `${REFERENCE}/drive/file#setTrashed(Boolean)`],
  // Documented without a section, read as a read of the file.
  ['File.getBlob', [SCOPE.driveReadonly, SCOPE.drive], `${REFERENCE}/drive/file#getBlob()`],
  ['FileIterator.next', [SCOPE.driveReadonly, SCOPE.drive], `${REFERENCE}/drive/file-iterator#next()`],
  ['Drive.Files.create', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile], 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create'],
  ['Drive.Files.remove', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile], 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files/delete'],
  ['SpreadsheetApp.getActiveSpreadsheet', [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets], `${REFERENCE}/spreadsheet/spreadsheet-app#getActiveSpreadsheet()`],
  ['SpreadsheetApp.openById', [SCOPE.spreadsheets], `${REFERENCE}/spreadsheet/spreadsheet-app#openById(String)`],
  ['SpreadsheetApp.create', [SCOPE.spreadsheets], `${REFERENCE}/spreadsheet/spreadsheet-app#create(String)`],
  ['SpreadsheetApp.getUi', [], `${REFERENCE}/spreadsheet/spreadsheet-app#getUi()`],
  ['Spreadsheet.addEditor', [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets], `${REFERENCE}/spreadsheet/spreadsheet#addEditor(String)`],
  ['Range.getValues', [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets], `${REFERENCE}/spreadsheet/range#getValues()`],
  ['Ui.showSidebar', [SCOPE.containerUi], `${REFERENCE}/base/ui#showSidebar(Object)`],
  ['Ui.createAddonMenu', [], `${REFERENCE}/base/ui#createAddonMenu()`],
  ['Session.getActiveUser', [SCOPE.userEmail], `${REFERENCE}/base/session#getActiveUser()`],
  ['Session.getEffectiveUser', [SCOPE.userEmail], `${REFERENCE}/base/session#getEffectiveUser()`],
  ['Session.getActiveUserLocale', [], `${REFERENCE}/base/session#getActiveUserLocale()`],
  ['ScriptApp.newTrigger', [SCOPE.scriptApp], `${REFERENCE}/script/script-app#newTrigger(String)`],
  ['ScriptApp.getProjectTriggers', [SCOPE.scriptApp], `${REFERENCE}/script/script-app#getProjectTriggers()`],
  ['ScriptApp.getAuthorizationInfo', [], `${REFERENCE}/script/script-app#getAuthorizationInfo(AuthMode,String)`],
  ['MailApp.sendEmail', [SCOPE.sendMail], `${REFERENCE}/mail/mail-app#sendEmail(String,String,String)`],
  ['MailApp.getRemainingDailyQuota', [SCOPE.sendMail], `${REFERENCE}/mail/mail-app#getRemainingDailyQuota()`],
  ['FormApp.create', [SCOPE.forms], `${REFERENCE}/forms/form-app#create(String)`],
  ['FormApp.openByUrl', [SCOPE.forms], `${REFERENCE}/forms/form-app#openByUrl(String)`],
  ['Form.addTextItem', [SCOPE.formsCurrent, SCOPE.forms], `${REFERENCE}/forms/form#addTextItem()`],
  ['CheckboxItem.setChoiceValues', [SCOPE.formsCurrent, SCOPE.forms], `${REFERENCE}/forms/checkbox-item#setChoiceValues(String)`],
  ['LockService.getDocumentLock', [], `${REFERENCE}/lock/lock-service#getDocumentLock()`],
  ['PropertiesService.getDocumentProperties', [], `${REFERENCE}/properties/properties-service#getDocumentProperties()`],
];

describe('the scope table', () => {
  it.each(DOCUMENTED)('%s needs %j (%s)', (call, scopes) => {
    expect(requiredScopes(call)).toEqual(scopes);
  });

  it('cites a Google reference page for every kind', () => {
    for (const [kind, row] of Object.entries(SCOPE_TABLE)) expect({ kind, page: row.page }).toEqual({ kind, page: expect.stringMatching(/^https:\/\/developers\.google\.com\//) });
  });

  it('has a row for every kind the host hands out, so no call goes unchecked', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
      });
    const kinds = new Set<string>();
    for (const file of [...sources(path.join(__dirname, '../../src/local/services')), path.join(__dirname, '../../src/local/localHost.ts')]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/counted\(\s*'([A-Za-z.]+)'/g)) kinds.add(match[1]!);
      for (const match of text.matchAll(/super\('([A-Za-z.]+)'|, '([A-Z][A-Za-z]*Item)'\)/g)) kinds.add((match[1] ?? match[2])!);
      for (const match of text.matchAll(/c\('([A-Za-z.]+)'/g)) kinds.add(match[1]!);
    }
    expect(kinds.size).toBeGreaterThan(30);
    expect([...kinds].filter((kind) => !(kind in SCOPE_TABLE))).toEqual([]);
  });
});

describe('a call the manifest or the user does not allow', () => {
  const manifest = manifestScopes();

  // https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes: with explicit
  // scopes, a method needing another fails with "Specified permissions are not sufficient".
  it('fails as Apps Script fails it when the manifest lacks the scope (one scope bare, several in parentheses)', () => {
    const grant = new ScopeGrant(manifest);
    expect(() => checkPermission('DriveApp.createFolder', 'FULL', grant)).toThrow(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
    expect(() => checkPermission('DriveApp.getFileById', 'FULL', grant)).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
    expect(() => checkPermission('Drive.Files.create', 'FULL', grant)).not.toThrow();
  });

  // https://developers.google.com/apps-script/concepts/scopes#handle-granular
  it('fails when the user did not grant a scope the manifest asks for', () => {
    const grant = new ScopeGrant(manifest, manifest.filter((scope) => scope !== SCOPE.containerUi));
    expect(() => checkPermission('Ui.showSidebar', 'FULL', grant)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(() => checkPermission('Range.getValues', 'FULL', grant)).not.toThrow();
  });

  it('fails an advanced-service call as its REST API does (files.delete is Drive.Files.remove in Apps Script)', () => {
    const grant = new ScopeGrant(manifest, manifest.filter((scope) => scope !== SCOPE.driveFile));
    expect(() => checkPermission('Drive.Files.remove', 'FULL', grant)).toThrow('API call to drive.files.delete failed with error: Request had insufficient authentication scopes.');
  });

  it('refuses through the host the same way, whatever object the call is made on', () => {
    const host = new LocalHost({ grantedScopes: manifest.filter((scope) => scope !== SCOPE.spreadsheetsCurrent) });
    host.createSpreadsheet('Grants');
    const globals = host.globals() as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp; Session: GoogleAppsScript.Base.Session };
    host.bindEntryPoints({ readSheet: () => globals.SpreadsheetApp.getActiveSpreadsheet().getName(), locale: () => globals.Session.getActiveUserLocale() });
    expect(() => host.run('readSheet')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(host.run('locale')).toBe('en');
    // The host acting as the user (outside an execution) is not the script: the grant does not bind it.
    expect(globals.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Grants');
  });

  it('counts only granted scopes that the manifest asks for', () => {
    const grant = new ScopeGrant([SCOPE.spreadsheetsCurrent], [SCOPE.spreadsheetsCurrent, SCOPE.drive]);
    expect(grant.grantedScopes()).toEqual([SCOPE.spreadsheetsCurrent]);
    expect(() => checkPermission('DriveApp.createFolder', 'FULL', grant)).toThrow(/Specified permissions are not sufficient/);
  });
});
