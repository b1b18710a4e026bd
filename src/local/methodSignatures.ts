/**
 * Apps Script resolves every call into a service against the Java signatures of the
 * method; arguments that fit none of them fail before the method runs, with
 *   The parameters (String) don't match the method signature for SpreadsheetApp.Range.setNotes.
 * (messages seen on live Apps Script: "(String,String,String) … for Utilities.formatDate.",
 * "((class)) … for SpreadsheetApp.Range.setTextRotation.", "(number[],String,Utilities.Charset)",
 * "(DriveApp.Folder,String)", "(Blob,String)"; gas-fakes' live-checked suite expects
 * "The parameters () don't match" for DriveApp.createFile()).
 *
 * The table below gives, for each method the add-on calls (and the few it plausibly will), its
 * overloads as Google's reference lists them. The counted proxy checks every script call against
 * it (countedService.ts); a method not in the table is not checked. How arguments match:
 * - String: a string, or a number or boolean (Apps Script converts primitives to Java strings), or null;
 * - number, boolean: only that JavaScript type (docs are silent on conversions: the stricter choice);
 *   Number: a number or null, where the reference says null is allowed (toast's timeout);
 * - Object: anything; T[] and T[][]: arrays (of arrays) whose elements match T; Byte[]: any array
 *   (its elements are converted afterwards, and a non-number fails with "Cannot convert …");
 * - an enum such as Utilities.Charset: one of its member names (the local host's enum values are
 *   their names, so a bare "UTF_8" string passes here although Google would refuse it);
 * - a class such as SpreadsheetApp.Range or DriveApp.Folder: an object of that kind the host handed
 *   out, or null; BlobSource: a Blob, a Drive file or an HTML output.
 * Unconfirmed, and chosen leniently: trailing `undefined` arguments are dropped (scripts forward
 * optional arguments that way) and an `undefined` elsewhere counts as null.
 */

/** The kind (class name) of every object the host hands to scripts, so arguments can be named and matched. */
const kinds = new WeakMap<object, string>();

export function registerKind(value: object, kind: string): void {
  kinds.set(value, kind);
}

/** Google names classes with their service (SpreadsheetApp.Range); the Base service's classes stand alone (Blob, Ui). */
const SERVICE_OF_KIND: Record<string, string> = {};
for (const [service, classes] of Object.entries({
  SpreadsheetApp: 'Spreadsheet Sheet Range Protection DataValidation DataValidationBuilder EmbeddedChart EmbeddedChartBuilder ChartOptions ContainerInfo',
  DriveApp: 'File Folder FileIterator FolderIterator',
  FormApp: 'Form Item TextItem ParagraphTextItem MultipleChoiceItem CheckboxItem ScaleItem Choice FormResponse ItemResponse',
  ScriptApp: 'TriggerBuilder ClockTriggerBuilder SpreadsheetTriggerBuilder FormTriggerBuilder Trigger AuthorizationInfo',
  LockService: 'Lock',
  PropertiesService: 'Properties',
  HtmlService: 'HtmlOutput',
})) {
  for (const kind of classes.split(' ')) SERVICE_OF_KIND[kind] = service;
}

function className(kind: string): string {
  const service = SERVICE_OF_KIND[kind];
  return service ? `${service}.${kind}` : kind;
}

const ENUMS: Record<string, readonly string[]> = {
  'Utilities.Charset': ['US_ASCII', 'UTF_8'],
  'Utilities.DigestAlgorithm': ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'],
  'FormApp.DestinationType': ['SPREADSHEET'],
  'FormApp.ItemType': ['TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE', 'CHECKBOX', 'SCALE'],
  'SpreadsheetApp.ProtectionType': ['RANGE', 'SHEET'],
  'ScriptApp.AuthMode': ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'],
  'ScriptApp.WeekDay': ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'],
  'Ui.ButtonSet': ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'],
  'Charts.ChartType': ['TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL'],
};

/** Classes that stand for several kinds (Google's interfaces). */
const INTERFACES: Record<string, readonly string[]> = {
  BlobSource: ['Blob', 'DriveApp.File', 'HtmlService.HtmlOutput'],
};

/** Overloads of each method by `Kind.method`; '' is the overload without parameters. */
const SIGNATURES: Record<string, readonly string[]> = {};

function define(kind: string, methods: Record<string, string | readonly string[]>): void {
  for (const [method, overloads] of Object.entries(methods)) SIGNATURES[`${kind}.${method}`] = typeof overloads === 'string' ? [overloads] : overloads;
}

/** Methods without parameters, listed by name. */
function none(names: string): Record<string, string> {
  return Object.fromEntries(names.split(' ').map((name) => [name, '']));
}

const OFFSETS = ['number,number', 'number,number,number', 'number,number,number,number'];
const BLOB_OR_TEXT_FILE = ['BlobSource', 'String,String', 'String,String,String'];

// developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
define('SpreadsheetApp', {
  ...none('getActive getActiveSpreadsheet getActiveSheet getUi flush newDataValidation'),
  openById: 'String', openByUrl: 'String', create: ['String', 'String,number,number'],
  setActiveSpreadsheet: 'SpreadsheetApp.Spreadsheet',
});
// developers.google.com/apps-script/reference/spreadsheet/spreadsheet
define('Spreadsheet', {
  ...none('getId getName getUrl getNumSheets getSheets getActiveSheet getActiveRange getSpreadsheetLocale getSpreadsheetTimeZone getDataRange getLastRow getLastColumn'),
  setActiveRange: 'SpreadsheetApp.Range',
  getProtections: 'SpreadsheetApp.ProtectionType', getSheetByName: 'String', getSheetById: 'number', getRange: 'String',
  insertSheet: ['', 'number', 'number,Object', 'Object', 'String', 'String,number', 'String,number,Object', 'String,Object'],
  setActiveSheet: ['SpreadsheetApp.Sheet', 'SpreadsheetApp.Sheet,boolean'], deleteSheet: 'SpreadsheetApp.Sheet',
  toast: ['String', 'String,String', 'String,String,Number'],
  rename: 'String', copy: 'String', setSpreadsheetTimeZone: 'String', setSpreadsheetLocale: 'String',
});
// developers.google.com/apps-script/reference/spreadsheet/sheet
define('Sheet', {
  ...none('activate getCharts getDataRange getFrozenRows getFrozenColumns getLastColumn getLastRow getMaxColumns getMaxRows getName getParent getIndex getSheetId hideSheet showSheet isRightToLeft isSheetHidden newChart protect clearContents clearFormats clearNotes getTabColor'),
  appendRow: 'Object[]', clear: ['', 'Object'], getProtections: 'SpreadsheetApp.ProtectionType',
  getRange: ['String', ...OFFSETS],
  deleteRow: 'number', deleteRows: 'number,number', deleteColumn: 'number', deleteColumns: 'number,number',
  insertRowAfter: 'number', insertRowBefore: 'number', insertRowsAfter: 'number,number', insertRowsBefore: 'number,number',
  insertColumnAfter: 'number', insertColumnBefore: 'number', insertColumnsAfter: 'number,number', insertColumnsBefore: 'number,number',
  insertChart: 'SpreadsheetApp.EmbeddedChart', removeChart: 'SpreadsheetApp.EmbeddedChart', updateChart: 'SpreadsheetApp.EmbeddedChart',
  setColumnWidth: 'number,number', getColumnWidth: 'number', autoResizeColumn: 'number', autoResizeColumns: 'number,number',
  setFrozenRows: 'number', setFrozenColumns: 'number', setRightToLeft: 'boolean', setName: 'String', setTabColor: 'String',
});
// developers.google.com/apps-script/reference/spreadsheet/range
define('Range', {
  ...none('clearContent clearFormat clearNote clearDataValidations getA1Notation getColumn getRow getLastColumn getLastRow getNumColumns getNumRows getSheet getValue getValues getDisplayValue getDisplayValues isBlank getFormula getFormulas getNumberFormat getNumberFormats getNote getNotes getDataValidation getDataValidations getFontWeight getFontWeights getBackground getBackgrounds getFontColor getHorizontalAlignment getHorizontalAlignments getWrap getWraps protect'),
  clear: ['', 'Object'], offset: ['number,number', 'number,number,number,number'], getCell: 'number,number',
  setValue: 'Object', setValues: 'Object[][]', setFormula: 'String', setFormulas: 'String[][]',
  setNumberFormat: 'String', setNumberFormats: 'Object[][]', setNote: 'String', setNotes: 'Object[][]',
  setDataValidation: 'SpreadsheetApp.DataValidation', setDataValidations: 'SpreadsheetApp.DataValidation[][]',
  setFontWeight: 'String', setFontWeights: 'Object[][]', setBackground: 'String', setBackgrounds: 'String[][]',
  setFontColor: 'String', setFontColors: 'Object[][]', setHorizontalAlignment: 'String', setHorizontalAlignments: 'Object[][]',
  setWrap: 'boolean', setWraps: 'Object[][]',
});
// developers.google.com/apps-script/reference/spreadsheet/protection
define('Protection', {
  ...none('canDomainEdit canEdit getDescription getEditors getProtectionType getRange getUnprotectedRanges isWarningOnly remove'),
  addEditor: ['String', 'User'], addEditors: 'String[]', removeEditor: ['String', 'User'], removeEditors: 'Object[]',
  setDescription: 'String', setWarningOnly: 'boolean', setDomainEdit: 'boolean', setRange: 'SpreadsheetApp.Range',
  setUnprotectedRanges: 'SpreadsheetApp.Range[]',
});
// developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
define('DataValidationBuilder', {
  ...none('build requireTextIsEmail'),
  requireNumberBetween: 'number,number', requireValueInList: ['String[]', 'String[],boolean'], setAllowInvalid: 'boolean', setHelpText: 'String',
});
define('DataValidation', none('getCriteriaType getCriteriaValues getAllowInvalid getHelpText copy'));
// developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
define('EmbeddedChartBuilder', {
  ...none('build getChartType'),
  addRange: 'SpreadsheetApp.Range', setChartType: 'Charts.ChartType', setNumHeaders: 'number', setOption: 'String,Object',
  setPosition: 'number,number,number,number',
});
define('EmbeddedChart', none('getContainerInfo getOptions getRanges modify getChartId'));
define('ChartOptions', { get: 'String' });
define('ContainerInfo', none('getAnchorColumn getAnchorRow getOffsetX getOffsetY'));

// developers.google.com/apps-script/reference/drive/drive-app
define('DriveApp', {
  ...none('getRootFolder getFiles getFolders'),
  createFile: BLOB_OR_TEXT_FILE, createFolder: 'String', getFileById: 'String', getFolderById: 'String',
  getFilesByName: 'String', getFoldersByName: 'String',
});
// developers.google.com/apps-script/reference/drive/file and …/folder
define('File', {
  ...none('getBlob getId getName getSize getMimeType getParents getUrl getDescription getDateCreated getLastUpdated isTrashed'),
  setTrashed: 'boolean', setName: 'String', setDescription: 'String', moveTo: 'DriveApp.Folder',
  makeCopy: ['', 'String', 'DriveApp.Folder', 'String,DriveApp.Folder'],
});
define('Folder', {
  ...none('getFiles getFolders getId getName getParents getUrl getDescription getDateCreated getLastUpdated isTrashed'),
  createFile: BLOB_OR_TEXT_FILE, createFolder: 'String', getFilesByName: 'String', getFoldersByName: 'String',
  setTrashed: 'boolean', setName: 'String', setDescription: 'String',
});
define('FileIterator', none('hasNext next'));
define('FolderIterator', none('hasNext next'));

// developers.google.com/apps-script/reference/forms/form-app and …/form
define('FormApp', { ...none('getActiveForm'), create: 'String', openById: 'String', openByUrl: 'String' });
define('Form', {
  ...none('addCheckboxItem addMultipleChoiceItem addParagraphTextItem addScaleItem addTextItem getDescription getDestinationId getDestinationType getEditUrl getId getPublishedUrl getTitle isAcceptingResponses isPublished removeDestination'),
  ...none('createResponse'),
  getItems: ['', 'FormApp.ItemType'], getResponses: ['', 'Date'], getResponse: 'String',
  setDescription: 'String', setTitle: 'String', setAcceptingResponses: 'boolean', setPublished: 'boolean',
  setDestination: 'FormApp.DestinationType,String',
});
const ITEM_METHODS = { ...none('getId getIndex getTitle getHelpText getType'), setTitle: 'String', setHelpText: 'String' };
const QUESTION_METHODS = { ...ITEM_METHODS, ...none('isRequired'), setRequired: 'boolean', createResponse: 'String' };
define('Item', { ...ITEM_METHODS, ...none('asTextItem asParagraphTextItem asMultipleChoiceItem asCheckboxItem asScaleItem') });
define('TextItem', QUESTION_METHODS);
define('ParagraphTextItem', QUESTION_METHODS);
define('MultipleChoiceItem', { ...QUESTION_METHODS, ...none('getChoices'), setChoiceValues: 'String[]' });
define('CheckboxItem', { ...QUESTION_METHODS, ...none('getChoices'), setChoiceValues: 'String[]' });
define('ScaleItem', { ...QUESTION_METHODS, ...none('getLowerBound getUpperBound getLeftLabel getRightLabel'), setBounds: 'number,number', setLabels: 'String,String' });
define('Choice', none('getValue'));
// developers.google.com/apps-script/reference/forms/form-response
define('FormResponse', { ...none('getId getTimestamp getRespondentEmail getEditResponseUrl getItemResponses toPrefilledUrl'), withItemResponse: 'FormApp.ItemResponse' });

// developers.google.com/apps-script/reference/script/script-app and the trigger builders
define('ScriptApp', {
  ...none('getProjectTriggers'),
  newTrigger: 'String',
  deleteTrigger: 'ScriptApp.Trigger',
  getUserTriggers: ['SpreadsheetApp.Spreadsheet', 'FormApp.Form'],
  getAuthorizationInfo: ['ScriptApp.AuthMode', 'ScriptApp.AuthMode,String[]'],
  requireScopes: 'ScriptApp.AuthMode,String[]',
  requireAllScopes: 'ScriptApp.AuthMode',
});
define('TriggerBuilder', { ...none('timeBased'), forSpreadsheet: ['String', 'SpreadsheetApp.Spreadsheet'], forForm: ['String', 'FormApp.Form'] });
define('ClockTriggerBuilder', {
  ...none('create'),
  after: 'number', at: 'Date', atHour: 'number', nearMinute: 'number', everyMinutes: 'number', everyHours: 'number',
  everyDays: 'number', everyWeeks: 'number', onWeekDay: 'ScriptApp.WeekDay', inTimezone: 'String',
});
define('SpreadsheetTriggerBuilder', none('create onEdit onFormSubmit onOpen onChange'));
define('FormTriggerBuilder', none('create onFormSubmit onOpen'));
define('Trigger', none('getEventType getHandlerFunction getTriggerSource getTriggerSourceId getUniqueId'));
define('AuthorizationInfo', none('getAuthorizationStatus getAuthorizationUrl getAuthorizedScopes'));

// developers.google.com/apps-script/reference/lock/lock, …/properties/properties, …/html/html-output
define('LockService', none('getDocumentLock getScriptLock getUserLock'));
define('Lock', { ...none('hasLock releaseLock'), tryLock: 'number', waitLock: 'number' });
define('PropertiesService', none('getDocumentProperties getScriptProperties getUserProperties'));
define('Properties', {
  ...none('getProperties getKeys deleteAllProperties'),
  getProperty: 'String', setProperty: 'String,String', deleteProperty: 'String', setProperties: ['Object', 'Object,boolean'],
});
define('HtmlService', { createHtmlOutputFromFile: 'String', createHtmlOutput: ['', 'String', 'BlobSource'] });
define('HtmlOutput', { ...none('getContent getTitle'), setContent: 'String', setTitle: 'String', setWidth: 'number', setHeight: 'number' });

// developers.google.com/apps-script/reference/mail/mail-app, …/base/session, …/base/ui, …/base/menu
define('MailApp', {
  ...none('getRemainingDailyQuota'),
  sendEmail: ['Object', 'String,String,String', 'String,String,String,Object', 'String,String,String,String'],
});
define('Session', none('getActiveUser getActiveUserLocale getEffectiveUser getScriptTimeZone getTemporaryActiveUserKey'));
define('User', none('getEmail'));
define('Ui', {
  ...none('createAddonMenu'),
  createMenu: 'String', showSidebar: 'HtmlService.HtmlOutput', showModalDialog: 'HtmlService.HtmlOutput,String',
  showModelessDialog: 'HtmlService.HtmlOutput,String',
  alert: ['String', 'String,Ui.ButtonSet', 'String,String,Ui.ButtonSet'], prompt: ['String', 'String,Ui.ButtonSet', 'String,String,Ui.ButtonSet'],
});
define('Menu', { ...none('addSeparator addToUi'), addItem: 'String,String', addSubMenu: 'Menu' });

// developers.google.com/apps-script/reference/utilities/utilities and …/base/blob
define('Utilities', {
  ...none('getUuid'),
  computeDigest: ['Utilities.DigestAlgorithm,Byte[]', 'Utilities.DigestAlgorithm,String', 'Utilities.DigestAlgorithm,String,Utilities.Charset'],
  computeHmacSha256Signature: ['Byte[],Byte[]', 'String,String', 'String,String,Utilities.Charset'],
  formatDate: 'Date,String,String',
  newBlob: ['Byte[]', 'Byte[],String', 'Byte[],String,String', 'String', 'String,String', 'String,String,String'],
  base64Encode: ['Byte[]', 'String', 'String,Utilities.Charset'], base64EncodeWebSafe: ['Byte[]', 'String', 'String,Utilities.Charset'],
  base64Decode: ['String', 'String,Utilities.Charset'], base64DecodeWebSafe: ['String', 'String,Utilities.Charset'],
  sleep: 'number', parseCsv: ['String', 'String,String'],
});
define('Blob', {
  ...none('getBytes getContentType getName copyBlob isGoogleType getBlob'),
  getDataAsString: ['', 'String'], setName: 'String', setContentType: 'String', setBytes: 'Byte[]',
  setDataFromString: ['String', 'String,String'],
});

function isDate(value: unknown): boolean {
  // Dates from the add-on's vm context fail `instanceof Date`.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** How Google names an argument's type in the message. */
export function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value;
  if (Array.isArray(value)) {
    const types = new Set(value.map(describeArgument));
    const [only] = types;
    return `${types.size === 1 && only !== undefined ? only : 'Object'}[]`;
  }
  if (isDate(value)) return 'Date';
  const kind = kinds.get(value as object);
  return kind ? className(kind) : '(class)';
}

function matches(value: unknown, type: string): boolean {
  if (type.endsWith('[]')) {
    if (value === null) return true;
    if (!Array.isArray(value)) return false;
    const element = type.slice(0, -2);
    return element === 'Byte' || element === 'Object' || value.every((v) => matches(v, element));
  }
  if (type === 'Object') return true;
  if (value === null) return type !== 'number' && type !== 'boolean';
  if (type === 'Number') return typeof value === 'number';
  if (type === 'String') return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (type === 'number' || type === 'boolean') return typeof value === type;
  if (type === 'Date') return isDate(value);
  const members = ENUMS[type];
  if (members) return typeof value === 'string' && members.includes(value);
  const name = describeArgument(value);
  return name === type || (INTERFACES[type]?.includes(name) ?? false);
}

/** A local enum value is its member name: named by the enum a signature expects at that position. */
function describeAt(value: unknown, position: number, overloads: readonly string[][]): string {
  if (typeof value === 'string') {
    for (const types of overloads) {
      const type = types[position];
      if (type !== undefined && ENUMS[type]?.includes(value)) return type;
    }
  }
  return describeArgument(value);
}

/** Throws Google's message when the arguments fit none of the method's signatures; unlisted methods pass. */
export function checkSignature(kind: string, method: string, args: readonly unknown[]): void {
  const listed = SIGNATURES[`${kind}.${method}`];
  if (!listed) return;
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end -= 1;
  const given = args.slice(0, end).map((a) => (a === undefined ? null : a));
  const overloads = listed.map((overload) => (overload === '' ? [] : overload.split(',')));
  if (overloads.some((types) => types.length === given.length && types.every((type, i) => matches(given[i], type)))) return;
  const described = given.map((value, i) => describeAt(value, i, overloads));
  throw new Error(`The parameters (${described.join(',')}) don't match the method signature for ${className(kind)}.${method}.`);
}
