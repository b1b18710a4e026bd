import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import { LocalSheet, DEFAULT_COLUMNS, DEFAULT_ROWS } from './localSheet';
import type { LocalRange } from './localRange';
import type { LocalProtection } from './protection';
import { parseA1 } from './a1Notation';
import { googleErrors, MAX_CELLS_PER_SPREADSHEET } from './googleErrors';

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
  at: Date;
}

/** What a spreadsheet needs from the service that holds every spreadsheet. */
export interface SpreadsheetHost {
  copySpreadsheet(id: string, newName: string): string;
  getSpreadsheetModel(id: string): LocalSpreadsheet | undefined;
}

type SpreadsheetMethods =
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'copy'
  | 'getNumSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet' | 'deleteSheet'
  | 'getActiveSheet' | 'setActiveSheet' | 'getActiveRange' | 'setActiveRange' | 'getRange' | 'getDataRange' | 'getLastRow' | 'getLastColumn'
  | 'toast' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale';

/** `getSheets()` and `getProtections()` are outside Faithful: they return arrays of local objects. */
export class LocalSpreadsheet implements Faithful<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods> {
  sheets: LocalSheet[] = [];
  activeSheet!: LocalSheet;
  /** Host-readable record of every toast shown, oldest first. */
  toasts: Toast[] = [];
  nextSheetId = 0;
  /** Chart ids are unique in the spreadsheet. */
  nextChartId = 1;
  timeZone: string;
  locale = 'en_US';

  constructor(
    readonly ctx: HostContext,
    private readonly host: SpreadsheetHost,
    readonly id: string,
    public name: string,
    /** The spreadsheet's owner: always able to edit, never removable from a protection. */
    readonly owner: string,
  ) {
    this.timeZone = ctx.scriptTimeZone;
  }

  private wrapped(): this {
    return counted('Spreadsheet', this, this.ctx.calls);
  }

  private wrapSheet(sheet: LocalSheet): LocalSheet {
    return counted('Sheet', sheet, this.ctx.calls);
  }

  // ---- host-side helpers (raw, uncounted) ----

  totalCells(): number {
    return this.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
  }

  /** developers.google.com/apps-script/guides/sheets: a spreadsheet holds at most 10 million cells. */
  ensureCapacity(extraCells: number): void {
    if (this.totalCells() + extraCells > MAX_CELLS_PER_SPREADSHEET) throw new Error(googleErrors.cellLimit);
  }

  /** Sheet names are unique regardless of letter case, as in the Sheets UI. */
  assertNameFree(name: string): void {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(googleErrors.sheetNameTaken(name));
  }

  /** Adds a sheet at a 0-based position; the raw sheet is returned. */
  addSheet(name: string, position = this.sheets.length, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS, sheetId = this.nextSheetId): LocalSheet {
    this.assertNameFree(name);
    this.ensureCapacity(rows * columns);
    const sheet = new LocalSheet(this.ctx, this, sheetId, name, rows, columns);
    this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
    return sheet;
  }

  sheetById(sheetId: number): LocalSheet | undefined {
    return this.sheets.find((s) => s.sheetId === sheetId);
  }

  sheetNamed(name: string): LocalSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private defaultSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  /** The stored sheet behind a sheet a script passes in (a counted wrapper, which must not be stored). */
  private rawSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): LocalSheet {
    const raw = sheet instanceof LocalSheet && sheet.spreadsheet === this ? this.sheets.find((s) => s.sheetId === sheet.sheetId) : undefined;
    if (!raw) throw new Error('The sheet must belong to this spreadsheet.');
    return raw;
  }

  // ---- Apps Script surface ----

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = newName;
  }

  /** A local address; Google's is https://docs.google.com/spreadsheets/d/<id>/edit. */
  getUrl(): string {
    return `http://localhost/spreadsheets/d/${this.id}/edit`;
  }

  copy(name: string): LocalSpreadsheet {
    const copy = this.host.getSpreadsheetModel(this.host.copySpreadsheet(this.id, name));
    if (!copy) throw new Error('The copy could not be created.');
    return counted('Spreadsheet', copy, this.ctx.calls);
  }

  getSheets(): LocalSheet[] {
    return this.sheets.map((s) => this.wrapSheet(s));
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  /** developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename: null when there is no such sheet. */
  getSheetByName(name: string): LocalSheet | null {
    const sheet = this.sheetNamed(name);
    return sheet ? this.wrapSheet(sheet) : null;
  }

  getSheetById(id: number): LocalSheet | null {
    const sheet = this.sheets.find((s) => s.sheetId === id);
    return sheet ? this.wrapSheet(sheet) : null;
  }

  /**
   * developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex:
   * the index is 0-based here (unlike Sheet.getIndex), the new sheet becomes active, and
   * without an index it goes right after the active sheet. Template options are not supported.
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): LocalSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultSheetName();
    const position =
      typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.sheets.indexOf(this.activeSheet) + 1;
    const sheet = this.addSheet(name, position);
    this.activeSheet = sheet;
    return this.wrapSheet(sheet);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const raw = this.rawSheet(sheet);
    if (this.sheets.every((s) => s === raw || s.hidden)) throw new Error(googleErrors.removeLastSheet);
    const at = this.sheets.indexOf(raw);
    this.sheets.splice(at, 1);
    if (this.activeSheet === raw) this.activeSheet = this.sheets[Math.max(0, at - 1)]!;
  }

  getActiveSheet(): LocalSheet {
    return this.wrapSheet(this.activeSheet);
  }

  /** The user's selection, as the grid (or a test) set it: a sheet and a block. */
  selection: { sheet: LocalSheet; row: number; column: number; rows: number; columns: number } | null = null;

  /**
   * Google: "Returns the selected range in the active sheet, or null if there is no active range"
   * (developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange()).
   * A selection on another sheet than the active one is not the active range.
   */
  getActiveRange(): LocalRange | null {
    const selection = this.selection;
    if (!selection || selection.sheet !== this.activeSheet) return null;
    return this.wrapSheet(selection.sheet).getRange(selection.row, selection.column, selection.rows, selection.columns) as LocalRange;
  }

  /** Selects a range and makes its sheet the active one (Spreadsheet.setActiveRange). */
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): LocalRange {
    const sheet = this.rawSheet(range.getSheet());
    this.activeSheet = sheet;
    this.selection = { sheet, row: range.getRow(), column: range.getColumn(), rows: range.getNumRows(), columns: range.getNumColumns() };
    return this.getActiveRange()!;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): LocalSheet {
    const raw = this.rawSheet(sheet);
    this.activeSheet = raw;
    raw.hidden = false;
    return this.wrapSheet(raw);
  }

  /** A1 notation with an optional sheet name ("Customers!A1:C3"); without one, the active sheet. */
  rangeModel(a1Notation: string): LocalRange {
    const ref = parseA1(a1Notation);
    if (!ref) throw new Error(googleErrors.rangeNotFound);
    const sheet = ref.sheetName === null ? this.activeSheet : this.sheetNamed(ref.sheetName);
    if (!sheet) throw new Error(googleErrors.rangeNotFound);
    return sheet.rangeFromA1(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }

  getRange(a1Notation: string): LocalRange {
    return counted('Range', this.rangeModel(a1Notation), this.ctx.calls);
  }

  getDataRange(): LocalRange {
    return this.activeSheet.getDataRange();
  }

  getLastRow(): number {
    return this.activeSheet.getLastRow();
  }

  getLastColumn(): number {
    return this.activeSheet.getLastColumn();
  }

  /**
   * developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds:
   * without a timeout the toast shows for 5 seconds; a negative one keeps it until dismissed.
   */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5, at: this.ctx.now() });
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    // Intl throws a RangeError for a zone it does not know: reading dates in it would fail later.
    Intl.DateTimeFormat('en-US', { timeZone: timezone });
    this.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): LocalProtection[] {
    return this.sheets.flatMap((sheet) => sheet.getProtections(type));
  }
}
