/**
 * The OAuth scopes each Apps Script method needs, as its developers.google.com reference page
 * lists them under "Authorization: Scripts that use this method require authorization with one
 * or more of the following scopes". Any one scope of a method's list will do. Calls are named
 * `Kind.method` as the host counts them (countedService.ts): the objects a service hands out
 * (Range, Sheet, Folder, File, Form…) carry their own kind, so each kind has its own row.
 *
 * How the rows read the pages (read 2026-04, mirrors of developers.google.com fetched on
 * 2026-04-23):
 * - A class whose page lists scopes for its methods: `scopes` is what (nearly) every method
 *   lists, `methods` the methods that list something else or nothing on purpose.
 * - A method documented without an Authorization section, in a class whose other methods
 *   need scopes (SpreadsheetApp.flush, newDataValidation, File.getBlob, FileIterator.next…),
 *   is read strictly: it needs its class's scopes. Such gaps in the reference are uneven
 *   (setActiveSheet(sheet) lists none, setActiveSheet(sheet, restoreSelection) lists both
 *   spreadsheet scopes), so the stricter reading is the safe one.
 * - A class none of whose methods lists a scope (Lock, Properties, HtmlOutput, Menu, Utilities,
 *   Logger, Blob, User) needs none: its objects are only reachable through calls that were
 *   checked when they were made.
 * - Methods Google documents as usable before authorisation (an add-on's onOpen in
 *   AuthMode.NONE builds its menu, reads the locale) need none: SpreadsheetApp.getUi,
 *   Ui.createAddonMenu, Session.getActiveUserLocale.
 * Every kind the host's services hand out must have a row: test/local/scopeTable.test.ts
 * finds them in the sources and fails on one that is missing.
 */

const AUTH = 'https://www.googleapis.com/auth/';

export const SCOPE = {
  spreadsheetsCurrent: `${AUTH}spreadsheets.currentonly`,
  spreadsheets: `${AUTH}spreadsheets`,
  containerUi: `${AUTH}script.container.ui`,
  scriptApp: `${AUTH}script.scriptapp`,
  sendMail: `${AUTH}script.send_mail`,
  userEmail: `${AUTH}userinfo.email`,
  forms: `${AUTH}forms`,
  formsCurrent: `${AUTH}forms.currentonly`,
  drive: `${AUTH}drive`,
  driveReadonly: `${AUTH}drive.readonly`,
  driveFile: `${AUTH}drive.file`,
  driveAppdata: `${AUTH}drive.appdata`,
  driveMetadata: `${AUTH}drive.metadata`,
  driveMetadataReadonly: `${AUTH}drive.metadata.readonly`,
  driveMeetReadonly: `${AUTH}drive.meet.readonly`,
  drivePhotosReadonly: `${AUTH}drive.photos.readonly`,
  driveScripts: `${AUTH}drive.scripts`,
  bigqueryReadonly: `${AUTH}bigquery.readonly`,
} as const;

/** Any one of these scopes allows the call; an empty list means the call needs no scope. */
export type ScopeChoice = readonly string[];

export interface KindScopes {
  /** The reference page the row is read from. */
  page: string;
  /** The scopes of every method not listed in `methods`. */
  scopes: ScopeChoice;
  methods?: Readonly<Record<string, ScopeChoice>>;
  /**
   * An advanced service (a Google REST API called through Apps Script): a refused call fails
   * as the API fails it, not with Apps Script's own message. The value names the REST method
   * prefix, e.g. `drive.files` (the Drive v3 resource of `Drive.Files`).
   */
  restResource?: string;
  /** Apps Script method name -> REST method name, where they differ (`remove` is `files.delete`). */
  restMethods?: Readonly<Record<string, string>>;
}

const NONE: ScopeChoice = [];
const SHEETS: ScopeChoice = [SCOPE.spreadsheetsCurrent, SCOPE.spreadsheets];
const FORMS: ScopeChoice = [SCOPE.formsCurrent, SCOPE.forms];
const DRIVE_WRITE: ScopeChoice = [SCOPE.drive];
const DRIVE_READ: ScopeChoice = [SCOPE.driveReadonly, SCOPE.drive];
const REFERENCE = 'https://developers.google.com/apps-script/reference';

/**
 * DriveApp, Folder and File: the pages give every reading method `drive.readonly` or `drive`
 * and every other method `drive` alone, never `drive.file` (DriveApp cannot work under
 * drive.file; the advanced Drive service can). Iterators and getBlob/getAs are documented
 * without a section and read as reads.
 */
const DRIVE_READERS = [
  'getId', 'getName', 'getSize', 'getBlob', 'getAs', 'getMimeType', 'getDateCreated', 'getLastUpdated', 'getParents',
  'getUrl', 'getDescription', 'getOwner', 'getEditors', 'getViewers', 'getAccess', 'getSharingAccess', 'getSharingPermission',
  'getDownloadUrl', 'getResourceKey', 'getTargetId', 'getTargetMimeType', 'getTargetResourceKey', 'isStarred', 'isTrashed',
  'isShareableByEditors', 'getFiles', 'getFilesByName', 'getFilesByType', 'getFolders', 'getFoldersByName', 'searchFiles',
  'searchFolders', 'getFileById', 'getFolderById', 'getRootFolder', 'getTrashedFiles', 'getTrashedFolders', 'getStorageUsed',
  'getStorageLimit', 'continueFileIterator', 'continueFolderIterator',
];
const driveReads = (): Record<string, ScopeChoice> => Object.fromEntries(DRIVE_READERS.map((name) => [name, DRIVE_READ]));

/** Drive API v3 `files` methods (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/<method>, "Authorization scopes"). */
const DRIVE_V3_READ: ScopeChoice = [
  SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile, SCOPE.driveMeetReadonly, SCOPE.driveMetadata, SCOPE.driveMetadataReadonly,
  SCOPE.drivePhotosReadonly, SCOPE.driveReadonly,
];

export const SCOPE_TABLE: Readonly<Record<string, KindScopes>> = {
  // Spreadsheet service: every method of every class lists spreadsheets.currentonly and spreadsheets,
  // except opening or creating another spreadsheet (spreadsheets only) and BigQuery data sources.
  SpreadsheetApp: {
    page: `${REFERENCE}/spreadsheet/spreadsheet-app`,
    scopes: SHEETS,
    methods: {
      create: [SCOPE.spreadsheets],
      open: [SCOPE.spreadsheets],
      openById: [SCOPE.spreadsheets],
      openByUrl: [SCOPE.spreadsheets],
      enableAllDataSourcesExecution: [SCOPE.bigqueryReadonly],
      enableBigQueryExecution: [SCOPE.bigqueryReadonly],
      getUi: NONE,
    },
  },
  Spreadsheet: { page: `${REFERENCE}/spreadsheet/spreadsheet`, scopes: SHEETS },
  Sheet: { page: `${REFERENCE}/spreadsheet/sheet`, scopes: SHEETS },
  Range: { page: `${REFERENCE}/spreadsheet/range`, scopes: SHEETS },
  RangeList: { page: `${REFERENCE}/spreadsheet/range-list`, scopes: SHEETS },
  Protection: { page: `${REFERENCE}/spreadsheet/protection`, scopes: SHEETS },
  DataValidation: { page: `${REFERENCE}/spreadsheet/data-validation`, scopes: SHEETS },
  DataValidationBuilder: { page: `${REFERENCE}/spreadsheet/data-validation-builder`, scopes: SHEETS },
  EmbeddedChart: { page: `${REFERENCE}/spreadsheet/embedded-chart`, scopes: SHEETS },
  EmbeddedChartBuilder: { page: `${REFERENCE}/spreadsheet/embedded-chart-builder`, scopes: SHEETS },
  ContainerInfo: { page: `${REFERENCE}/spreadsheet/container-info`, scopes: SHEETS },
  // The Charts service page lists no scope; an embedded chart's options are read strictly, as the chart's.
  ChartOptions: { page: `${REFERENCE}/charts/chart-options`, scopes: SHEETS },

  // Base service: only the dialogs and the sidebar need a scope.
  Ui: {
    page: `${REFERENCE}/base/ui`,
    scopes: NONE,
    methods: { showSidebar: [SCOPE.containerUi], showModalDialog: [SCOPE.containerUi], showModelessDialog: [SCOPE.containerUi] },
  },
  Menu: { page: `${REFERENCE}/base/menu`, scopes: NONE },
  PromptResponse: { page: `${REFERENCE}/base/prompt-response`, scopes: NONE },
  User: { page: `${REFERENCE}/base/user`, scopes: NONE },
  Blob: { page: `${REFERENCE}/base/blob`, scopes: NONE },
  Session: {
    page: `${REFERENCE}/base/session`,
    scopes: NONE,
    methods: { getActiveUser: [SCOPE.userEmail], getEffectiveUser: [SCOPE.userEmail], getUser: [SCOPE.userEmail] },
  },
  Logger: { page: `${REFERENCE}/base/logger`, scopes: NONE },

  HtmlService: { page: `${REFERENCE}/html/html-service`, scopes: NONE },
  HtmlOutput: { page: `${REFERENCE}/html/html-output`, scopes: NONE },
  PropertiesService: { page: `${REFERENCE}/properties/properties-service`, scopes: NONE },
  Properties: { page: `${REFERENCE}/properties/properties`, scopes: NONE },
  LockService: { page: `${REFERENCE}/lock/lock-service`, scopes: NONE },
  Lock: { page: `${REFERENCE}/lock/lock`, scopes: NONE },
  Utilities: { page: `${REFERENCE}/utilities/utilities`, scopes: NONE },

  // Script service: the trigger methods list script.scriptapp. The trigger objects and builders
  // are documented without a section and read strictly; the consent checks need no scope, or
  // a script could never ask what it was granted.
  ScriptApp: {
    page: `${REFERENCE}/script/script-app`,
    scopes: [SCOPE.scriptApp],
    methods: { getAuthorizationInfo: NONE, requireScopes: NONE, requireAllScopes: NONE, getScriptId: NONE, getOAuthToken: NONE, getIdentityToken: NONE },
  },
  AuthorizationInfo: { page: `${REFERENCE}/script/authorization-info`, scopes: NONE },
  Trigger: { page: `${REFERENCE}/script/trigger`, scopes: [SCOPE.scriptApp] },
  TriggerBuilder: { page: `${REFERENCE}/script/trigger-builder`, scopes: [SCOPE.scriptApp] },
  ClockTriggerBuilder: { page: `${REFERENCE}/script/clock-trigger-builder`, scopes: [SCOPE.scriptApp] },
  SpreadsheetTriggerBuilder: { page: `${REFERENCE}/script/spreadsheet-trigger-builder`, scopes: [SCOPE.scriptApp] },
  FormTriggerBuilder: { page: `${REFERENCE}/script/form-trigger-builder`, scopes: [SCOPE.scriptApp] },

  MailApp: { page: `${REFERENCE}/mail/mail-app`, scopes: [SCOPE.sendMail] },

  DriveApp: { page: `${REFERENCE}/drive/drive-app`, scopes: DRIVE_WRITE, methods: driveReads() },
  Folder: { page: `${REFERENCE}/drive/folder`, scopes: DRIVE_WRITE, methods: driveReads() },
  File: { page: `${REFERENCE}/drive/file`, scopes: DRIVE_WRITE, methods: driveReads() },
  FileIterator: { page: `${REFERENCE}/drive/file-iterator`, scopes: DRIVE_READ },
  FolderIterator: { page: `${REFERENCE}/drive/folder-iterator`, scopes: DRIVE_READ },

  // Advanced Drive service (Drive API v3): each `files` method lists drive.file among its scopes.
  'Drive.Files': {
    page: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files',
    scopes: [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile],
    methods: {
      get: DRIVE_V3_READ,
      list: DRIVE_V3_READ,
      update: [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile, SCOPE.driveMetadata, SCOPE.driveScripts],
      copy: [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile, SCOPE.drivePhotosReadonly],
    },
    restResource: 'drive.files',
    restMethods: { remove: 'delete' },
  },

  // Forms service: a form the script is bound to (forms.currentonly) or any form (forms);
  // creating or opening another form needs forms.
  FormApp: {
    page: `${REFERENCE}/forms/form-app`,
    scopes: FORMS,
    methods: { create: [SCOPE.forms], openById: [SCOPE.forms], openByUrl: [SCOPE.forms] },
  },
  ...Object.fromEntries(
    ['Form', 'Item', 'TextItem', 'ParagraphTextItem', 'MultipleChoiceItem', 'CheckboxItem', 'ScaleItem', 'ListItem', 'Choice', 'FormResponse', 'ItemResponse'].map(
      (kind): [string, KindScopes] => [kind, { page: `${REFERENCE}/forms/${kind.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())}`, scopes: FORMS }],
    ),
  ),
};
