/**
 * A new user's first day on the built add-on (dist/Code.js in a vm, as clasp pushes it), in each
 * deployment mode: open the spreadsheet (unauthorised, then authorised), set up, clean, find
 * duplicates and merge a group, create a form and answer it, back up now, schedule daily
 * backups, let three days pass, and restore (preview, into new tabs, replacing).
 *
 * `bound` (a script in one spreadsheet) and `addon` (an installed Editor add-on) do all of it. An
 * add-on test deployment (`addon-test`) cannot have installable triggers
 * (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#test_details:
 * "Installable triggers aren't supported when testing"): there, audited editing, form capture
 * and the schedule say so in the user's language, and everything else works.
 *
 * Only what the user sees is asserted: the messages, the sheets, the form, the Drive files.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { putTable } from '../../src/local/files/sheetTable';
import { submitFormResponse } from '../../src/local/formSubmissions';
import { LocalHost } from '../../src/local/localHost';
import type { DeploymentMode } from '../../src/local/services/deploymentTriggerRules';
import { AUDIT_COLUMNS } from '../../src/core/audit/auditRecords';
import type { CellValue } from '../../src/core/customerRecord';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import { messagesFor, type Messages } from '../../src/core/i18n/messages';
import type { Language } from '../../src/core/i18n/languages';
import type { BackupsPanel, RestorePreview } from '../../src/server/backups/backups';
import type { BackupProgress } from '../../src/server/backups/backupRun';
import type { RestoreProgress } from '../../src/server/backups/restoreRun';
import type { DuplicateGroups } from '../../src/server/dedupe/duplicates';
import type { CleaningStep } from '../../src/server/cleaning/cleaning';

const FOLDER = 'application/vnd.google-apps.folder';
const DAY_MS = 24 * 60 * 60_000;

/** A small shop's list as typed by hand: phones in local forms, one customer entered twice. */
const CUSTOMERS: CellValue[][] = [
  ['Name', 'Email', 'Phone', 'City'],
  ['Айгүл Сейітқызы', 'aigul@example.kz', '8 (701) 234-56-78', 'Алматы'],
  ['Ivan Petrov', 'ivan.petrov@example.com', '+7 702 111 2233', 'Астана'],
  ['Aigul Seitkyzy', 'Aigul@Example.kz', '87012345678', 'Алматы'],
  ['王小明', 'xiaoming@example.cn', '', '北京'],
  ['Zahra Ahmadi', 'zahra@example.ir', '', 'تهران'],
];

interface Day {
  host: LocalHost;
  text: Messages;
  mode: DeploymentMode;
}

function newUser(mode: DeploymentMode, language: Language): Day {
  // Apps Script's clock in the vm is the host's plus each execution's estimate: CPU time left
  // out, so that every run sees the same times.
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z'), mode, user: { email: 'owner@example.com', locale: language }, executionTime: { cpuClock: () => 0 } });
  loadBuiltAddon(host);
  putTable(host, host.createSpreadsheet('Studio customers'), 'Customers', CUSTOMERS);
  return { host, text: messagesFor(language), mode };
}

function customerRows(host: LocalHost): CellValue[][] {
  return host.asTheUser(() => host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Customers')!.getDataRange().getValues() as CellValue[][]);
}

function sheetNames(host: LocalHost): string[] {
  return host.asTheUser(() => host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().map((sheet) => sheet.getName()));
}

function sheetRows(host: LocalHost, name: string): CellValue[][] {
  return host.asTheUser(() => host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName(name)!.getDataRange().getValues() as CellValue[][]);
}

/** The files in the user's Clientele backups folder, as Drive's web page lists them. */
function backupFiles(host: LocalHost): string[] {
  return host.asTheUser(() => {
    const folders = host.driveFiles.list({ q: `name = 'Clientele backups' and mimeType = '${FOLDER}' and trashed = false`, fields: 'files(id)' }).files ?? [];
    if (folders.length !== 1) return [];
    return (host.driveFiles.list({ q: `'${folders[0]!.id}' in parents and trashed = false`, fields: 'files(name)' }).files ?? []).map((f) => f.name!);
  });
}

const refusalOf = (text: string) => text.split(':')[0]!;

/** A message template as a pattern: its {placeholders}, plural forms included, stand for any text. */
function templatePattern(template: string): RegExp {
  const pieces: string[] = [];
  let literal = '';
  let depth = 0;
  for (const char of template) {
    if (char === '{' && depth++ === 0) pieces.push(literal);
    else if (char === '}' && --depth === 0) literal = '';
    else if (depth === 0) literal += char;
  }
  pieces.push(literal);
  return new RegExp(`^${pieces.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's');
}

function openTheSpreadsheet({ host, text }: Day): void {
  host.openDocument();
  const menu = () => host.ui.menus[0]!.items.flatMap((item) => ('caption' in item ? [item.caption] : []));
  expect(menu()).toContain(text.menuSetUpSheet);
  host.openDocument(true);
  expect(menu()).toEqual(expect.arrayContaining([text.menuOpenSidebar, text.menuClean, text.menuDuplicates, text.backupMenuNow]));
}

function setUp({ host, text, mode }: Day, language: Language): void {
  host.run('saveSettings', { language, defaultCountry: 'KZ' });
  const message = host.run<string>('setUpCustomerSheet');
  if (mode === 'addon-test') {
    expect(message).toContain(refusalOf(text.deployAuditedEditingRefused));
    expect(message).toContain(text.deployTriggersHint);
  } else {
    expect(message).not.toContain(refusalOf(text.deployAuditedEditingRefused));
  }
  expect(customerRows(host)).toHaveLength(CUSTOMERS.length);
}

/** The user types in the sheet: audited editing logs it where the edit trigger could be made. */
function typeInTheSheet({ host, text, mode }: Day): void {
  host.userEdit('Customers', 5, 4, 'Шанхай');
  // The Audit log is made under its name in the user's language.
  const audit = text.sheetAuditLog;
  const logged = sheetNames(host).includes(audit) ? sheetRows(host, audit).map((row) => row[AUDIT_COLUMNS.action]) : [];
  expect(logged.includes('edit')).toBe(mode !== 'addon-test');
}

function clean({ host, text }: Day): void {
  const { message } = host.run<CleaningStep>('applyCleaning', []);
  expect(message).toMatch(templatePattern(text.cleanApplied));
  expect(customerRows(host).flat()).toContain('+77012345678');
}

function findAndMerge({ host, text }: Day): void {
  let found: DuplicateGroups | null = null;
  for (let steps = 0; steps < 20 && !found?.complete; steps++) found = host.run<DuplicateGroups | null>('getDuplicates');
  expect(found?.complete).toBe(true);
  const aigul = found!.groups.find((group) => group.rows.includes(2) && group.rows.includes(4));
  expect(aigul).toBeDefined();
  expect(host.run('mergeDuplicates', [aigul!.rows], true)).toEqual({ groups: 1, rowsMerged: 1 });
  expect(customerRows(host)).toHaveLength(CUSTOMERS.length - 1);
  expect(sheetNames(host)).toContain(text.sheetMerged);
}

/** The form Clientele makes is published; an answer reaches the customer sheet where a trigger may capture it. */
function formAndAnswer({ host, text, mode }: Day): void {
  const message = host.run<string>('createForm');
  const [record] = host.formApp.listForms();
  expect(host.asTheUser(() => host.formApp.openById(record!.id).isPublished())).toBe(true);
  const [name, email] = record!.items;
  const answered = submitFormResponse(host, record!.id, { [name!.title]: 'Dana Sultanova', [email!.title]: 'dana@example.kz' });
  const captured = customerRows(host).flat().includes('dana@example.kz');
  if (mode === 'addon-test') {
    expect(message).toContain(refusalOf(text.deployFormCaptureRefused));
    // The answer is kept by the form and its response sheet; only the capture needs the trigger.
    expect([answered.handlerResults, captured]).toEqual([[], false]);
  } else {
    expect(message).not.toContain(refusalOf(text.deployFormCaptureRefused));
    expect([answered.handlerResults.length, captured]).toEqual([1, true]);
  }
}

function backUpNow({ host, text }: Day): string {
  const { progress, message } = host.run<{ progress: BackupProgress; message: string }>('backUpNow');
  expect(progress.record?.status).toBe('good');
  expect(message).toBe(formatMessage(text.backupDone, { rows: progress.rowsTotal }));
  // A manifest and at least one part, in the user's Drive.
  expect(backupFiles(host).length).toBeGreaterThanOrEqual(2);
  return progress.record!.id;
}

/** Daily backups at 03:00, then three days: one scheduled backup a day, none where the schedule was refused. */
function scheduleAndWait({ host, text, mode }: Day): void {
  const message = host.run<string>('scheduleBackups', { every: 'day', hour: 3 });
  const runs = host.letTimePass(3 * DAY_MS);
  const scheduled = host.run<BackupsPanel>('getBackupsPanel').backups.filter((b) => b.reason === 'scheduled');
  if (mode === 'addon-test') {
    expect(message).toContain(refusalOf(text.deployScheduleRefused));
    expect([runs, scheduled, host.run<BackupsPanel>('getBackupsPanel').schedule]).toEqual([[], [], null]);
    return;
  }
  expect(message).toBe(text.backupScheduleSaved);
  expect(runs.filter((run) => run.error !== undefined)).toEqual([]);
  expect(scheduled.map((b) => [b.status, b.at.slice(0, 13)])).toEqual([
    ['good', '2026-11-26T03'], ['good', '2026-11-25T03'], ['good', '2026-11-24T03'],
  ]);
}

/** Each step as the sidebar calls it, until done; the last message. */
function restoreUntilDone(host: LocalHost, id: string, mode: 'newTabs' | 'replace'): string {
  let progress: RestoreProgress;
  let steps = 0;
  do progress = host.run<RestoreProgress>('restoreBackup', id, mode);
  while (!progress.done && ++steps < 50);
  expect(progress.done).toBe(true);
  return progress.message;
}

function restore({ host, text }: Day, id: string): void {
  const backedUp = customerRows(host);
  host.userEdit('Customers', 3, 2, 'typed over by mistake');
  const preview = host.run<RestorePreview>('getRestorePreview', id);
  expect(preview.next).toBeNull();
  expect(preview.sheets.find((diff) => diff.sheet === 'Customers')).toMatchObject({ added: 0, removed: 0, changed: 1 });

  const day = host.run<BackupsPanel>('getBackupsPanel').backups.find((b) => b.id === id)!.day;
  const tab = `Customers (${day})`;
  const intoNewTabs = restoreUntilDone(host, id, 'newTabs');
  expect(intoNewTabs).toMatch(templatePattern(text.backupRestoredNewTabs));
  expect(intoNewTabs).toContain(tab);
  expect(sheetRows(host, tab)).toEqual(backedUp);

  // Every sheet of the backup but the Audit log, which only ever grows.
  const replaced = preview.sheets.filter((diff) => diff.sheet !== text.sheetAuditLog).length;
  expect(restoreUntilDone(host, id, 'replace')).toBe(formatMessage(text.backupRestoredReplace, { count: replaced }));
  expect(customerRows(host)).toEqual(backedUp);
}

const DAYS: { mode: DeploymentMode; language: Language }[] = [
  { mode: 'bound', language: 'en' },
  { mode: 'addon', language: 'ru' },
  { mode: 'addon-test', language: 'ru' },
  { mode: 'addon-test', language: 'en' },
];

describe.each(DAYS)('a new user\'s first day, $mode, in $language', ({ mode, language }) => {
  it(mode === 'addon-test' ? 'works, except what needs a trigger, which says so' : 'does everything', () => {
    const day = newUser(mode, language);
    openTheSpreadsheet(day);
    setUp(day, language);
    typeInTheSheet(day);
    clean(day);
    findAndMerge(day);
    formAndAnswer(day);
    const first = backUpNow(day);
    scheduleAndWait(day);
    restore(day, first);
  });
});
