/**
 * What a script may call, as Apps Script decides it: the authorisation mode of the
 * execution (an add-on's onOpen runs in AuthMode.NONE until the user authorises it in
 * the document) and the OAuth scopes in appsscript.json. A call that Google would
 * refuse is refused here too, so a test catches a missing scope or an onOpen that
 * reads the spreadsheet before it may.
 */

const AUTH = 'https://www.googleapis.com/auth/';

/** Calls that need a scope, by `Kind.method` or `Kind.*`: any one of the listed scopes will do. */
const REQUIRED_SCOPES: Record<string, readonly string[]> = {
  'SpreadsheetApp.getActiveSpreadsheet': [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  'SpreadsheetApp.getActive': [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  'SpreadsheetApp.getActiveSheet': [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  'SpreadsheetApp.getActiveRange': [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`],
  'SpreadsheetApp.openById': [`${AUTH}spreadsheets`],
  'SpreadsheetApp.openByUrl': [`${AUTH}spreadsheets`],
  'SpreadsheetApp.create': [`${AUTH}spreadsheets`],
  'Ui.showSidebar': [`${AUTH}script.container.ui`],
  'Ui.showModalDialog': [`${AUTH}script.container.ui`],
  'Ui.showModelessDialog': [`${AUTH}script.container.ui`],
  'DriveApp.*': [`${AUTH}drive`, `${AUTH}drive.file`],
  'ScriptApp.newTrigger': [`${AUTH}script.scriptapp`],
  'ScriptApp.getProjectTriggers': [`${AUTH}script.scriptapp`],
  'ScriptApp.getUserTriggers': [`${AUTH}script.scriptapp`],
  'ScriptApp.deleteTrigger': [`${AUTH}script.scriptapp`],
  'MailApp.sendEmail': [`${AUTH}script.send_mail`],
  'FormApp.*': [`${AUTH}forms`, `${AUTH}forms.currentonly`],
  'Session.getActiveUser': [`${AUTH}userinfo.email`],
  'Session.getEffectiveUser': [`${AUTH}userinfo.email`],
  // forms.currentonly covers only a form the script is bound to (getActiveForm); a spreadsheet's add-on creating or opening a form needs forms.
  'FormApp.create': [`${AUTH}forms`],
  'FormApp.openById': [`${AUTH}forms`],
  'FormApp.openByUrl': [`${AUTH}forms`],
  // ---- Advanced Drive service, Drive API v3 (begin) ----
  // Each method's "Authorization scopes" section of its REST reference page; drive.file is among them.
  // https://developers.google.com/drive/api/reference/rest/v3/files/create
  'Drive.Files.create': [`${AUTH}drive`, `${AUTH}drive.appdata`, `${AUTH}drive.file`],
  // https://developers.google.com/drive/api/reference/rest/v3/files/get
  'Drive.Files.get': [`${AUTH}drive`, `${AUTH}drive.appdata`, `${AUTH}drive.file`, `${AUTH}drive.meet.readonly`, `${AUTH}drive.metadata`, `${AUTH}drive.metadata.readonly`, `${AUTH}drive.photos.readonly`, `${AUTH}drive.readonly`],
  // https://developers.google.com/drive/api/reference/rest/v3/files/list
  'Drive.Files.list': [`${AUTH}drive`, `${AUTH}drive.appdata`, `${AUTH}drive.file`, `${AUTH}drive.meet.readonly`, `${AUTH}drive.metadata`, `${AUTH}drive.metadata.readonly`, `${AUTH}drive.photos.readonly`, `${AUTH}drive.readonly`],
  // https://developers.google.com/drive/api/reference/rest/v3/files/update
  'Drive.Files.update': [`${AUTH}drive`, `${AUTH}drive.appdata`, `${AUTH}drive.file`, `${AUTH}drive.metadata`, `${AUTH}drive.scripts`],
  // https://developers.google.com/drive/api/reference/rest/v3/files/delete (remove in Apps Script)
  'Drive.Files.remove': [`${AUTH}drive`, `${AUTH}drive.appdata`, `${AUTH}drive.file`],
  // ---- Advanced Drive service (end) ----
};

/** In AuthMode.NONE an add-on may build its menu and read the user's locale; nothing else. */
const ALLOWED_WITHOUT_AUTHORISATION = [/^SpreadsheetApp\.getUi$/, /^Ui\.create(Addon)?Menu$/, /^Menu\./, /^Session\.getActiveUserLocale$/, /^Utilities\./, /^Logger\./];

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export function requiredScopes(call: string): readonly string[] | null {
  const kind = call.split('.')[0];
  return REQUIRED_SCOPES[call] ?? REQUIRED_SCOPES[`${kind}.*`] ?? null;
}

/** Throws Google's kind of error when the call is not allowed; returns quietly when it is. */
export function checkPermission(call: string, authMode: AuthMode, scopes: readonly string[] | null): void {
  const needed = requiredScopes(call);
  if (authMode === 'NONE' && !ALLOWED_WITHOUT_AUTHORISATION.some((pattern) => pattern.test(call))) {
    throw new Error(`You do not have permission to call ${call}${needed ? `. Required permissions: ${needed.join(' || ')}` : ''}`);
  }
  if (scopes === null || needed === null) return;
  if (!needed.some((scope) => scopes.includes(scope))) {
    throw new Error(`Specified permissions are not sufficient to call ${call}. Required permissions: ${needed.join(' || ')}`);
  }
}
