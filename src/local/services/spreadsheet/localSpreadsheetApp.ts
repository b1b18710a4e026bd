import { largest } from '../../../core/extent';
import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import type { LocalUi } from '../ui';
import { LocalSpreadsheet, type SpreadsheetHost } from './localSpreadsheet';
import type { LocalSheet } from './localSheet';
import { LocalDataValidationBuilder, validationFailure } from './dataValidation';
import { DataValidationCriteria, ProtectionType } from './enums';
import { parseTyped, readValue } from './cellValues';
import { decodeSpreadsheet, encodeSpreadsheet, isSpreadsheetsState, type SpreadsheetsState } from './spreadsheetState';
import { googleErrors } from './googleErrors';
import { DEFAULT_COLUMNS, DEFAULT_ROWS } from './localSheet';

export interface UserEditResult {
  ok: boolean;
  /** Why the edit was refused (a protection or a rejecting validation rule). */
  reason?: string;
  /** What Sheets would warn about while still accepting the edit. */
  warning?: string;
  oldValue: unknown;
  value: unknown;
}

type AppMethods =
  | 'getActiveSpreadsheet' | 'getActive' | 'getActiveSheet' | 'getUi' | 'openById' | 'create' | 'newDataValidation' | 'flush' | 'setActiveSpreadsheet';

/**
 * SpreadsheetApp on the local host: every spreadsheet in memory, one of them active
 * (the one a container-bound script or the playground is "in").
 */
export class LocalSpreadsheetApp implements Faithful<GoogleAppsScript.Spreadsheet.SpreadsheetApp, AppMethods>, SpreadsheetHost {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;

  private spreadsheets = new Map<string, LocalSpreadsheet>();
  private activeId: string | null = null;

  constructor(
    private readonly ctx: HostContext,
    private readonly ui: LocalUi,
  ) {}

  private wrap(spreadsheet: LocalSpreadsheet): LocalSpreadsheet {
    return counted('Spreadsheet', spreadsheet, this.ctx.calls);
  }

  private newSpreadsheet(name: string, rows: number, columns: number): LocalSpreadsheet {
    if (rows < 1 || columns < 1) throw new Error(googleErrors.outsideSheet);
    const spreadsheet = new LocalSpreadsheet(this.ctx, this, this.freshId(), name, this.ctx.user.email);
    spreadsheet.activeSheet = spreadsheet.addSheet('Sheet1', 0, rows, columns);
    this.spreadsheets.set(spreadsheet.id, spreadsheet);
    return spreadsheet;
  }

  /** A new id; after importState the context's counter may lag behind the ids loaded. */
  private freshId(): string {
    let id = this.ctx.newId('ss');
    while (this.spreadsheets.has(id)) id = this.ctx.newId('ss');
    return id;
  }

  private requireSpreadsheet(id: string): LocalSpreadsheet {
    const spreadsheet = this.spreadsheets.get(id);
    if (!spreadsheet) throw new Error(`No spreadsheet with id ${id} on the local host.`);
    return spreadsheet;
  }

  // ---- Apps Script surface ----

  /** Null when no spreadsheet is active, as for a standalone script. */
  getActiveSpreadsheet(): LocalSpreadsheet | null {
    const active = this.activeId === null ? undefined : this.spreadsheets.get(this.activeId);
    return active ? this.wrap(active) : null;
  }

  getActive(): LocalSpreadsheet | null {
    return this.getActiveSpreadsheet();
  }

  getActiveSheet(): LocalSheet | null {
    const active = this.activeId === null ? undefined : this.spreadsheets.get(this.activeId);
    return active ? active.getActiveSheet() : null;
  }

  getUi(): LocalUi {
    return counted('Ui', this.ui, this.ctx.calls);
  }

  openById(id: string): LocalSpreadsheet {
    const spreadsheet = this.spreadsheets.get(id);
    if (!spreadsheet) throw new Error(googleErrors.openByIdMissing);
    return this.wrap(spreadsheet);
  }

  /** developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#createname,-rows,-columns */
  create(name: string, rows?: number, columns?: number): LocalSpreadsheet {
    return this.wrap(this.newSpreadsheet(name, rows ?? DEFAULT_ROWS, columns ?? DEFAULT_COLUMNS));
  }

  newDataValidation(): LocalDataValidationBuilder {
    return counted('DataValidationBuilder', new LocalDataValidationBuilder(this.ctx), this.ctx.calls);
  }

  /** Writes are applied at once locally, so there is nothing to flush. */
  flush(): void {}

  // ---- host-only helpers (raw objects, not counted) ----

  createSpreadsheet(name: string): LocalSpreadsheet {
    return this.newSpreadsheet(name, DEFAULT_ROWS, DEFAULT_COLUMNS);
  }

  /**
   * developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#setactivespreadsheetspreadsheet:
   * scripts pass a Spreadsheet (gas-fakes' live-checked "SpreadsheetApp active spreadsheet"); the host, an id.
   */
  setActiveSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): void {
    const id = spreadsheet instanceof LocalSpreadsheet ? spreadsheet.id : String(spreadsheet);
    this.requireSpreadsheet(id);
    this.activeId = id;
  }

  /** The open document's id (host-only), null when none is open. */
  activeSpreadsheetId(): string | null {
    return this.activeId;
  }

  getSpreadsheetModel(id: string): LocalSpreadsheet | undefined {
    return this.spreadsheets.get(id);
  }

  listSpreadsheets(): { id: string; name: string }[] {
    return [...this.spreadsheets.values()].map((s) => ({ id: s.id, name: s.name }));
  }

  copySpreadsheet(id: string, newName: string): string {
    const state = encodeSpreadsheet(this.requireSpreadsheet(id));
    const copy = decodeSpreadsheet({ ...state, id: this.freshId(), name: newName, owner: this.ctx.user.email }, this.ctx, this);
    this.spreadsheets.set(copy.id, copy);
    return copy.id;
  }

  deleteSpreadsheet(id: string): void {
    this.spreadsheets.delete(id);
    if (this.activeId === id) this.activeId = null;
  }

  exportState(): SpreadsheetsState {
    return { version: 1, activeId: this.activeId, spreadsheets: [...this.spreadsheets.values()].map(encodeSpreadsheet) };
  }

  importState(state: unknown): void {
    if (!isSpreadsheetsState(state)) throw new Error('Not a saved SpreadsheetApp state (version 1).');
    this.spreadsheets = new Map(state.spreadsheets.map((s) => [s.id, decodeSpreadsheet(s, this.ctx, this)]));
    this.activeId = state.activeId !== null && this.spreadsheets.has(state.activeId) ? state.activeId : null;
  }

  /**
   * A person typing into a cell of the grid. Protections are checked first (a
   * non-editor is refused, a warning-only protection is reported), then the
   * typed text is parsed as Sheets parses it and checked against the cell's
   * validation rule (refused when the rule rejects invalid data, reported when
   * it only warns). Triggers are not fired here.
   */
  userEdit(spreadsheetId: string, sheetName: string, row: number, column: number, typed: string, editorEmail = this.ctx.user.email): UserEditResult {
    const spreadsheet = this.requireSpreadsheet(spreadsheetId);
    const sheet = spreadsheet.sheetNamed(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}" in spreadsheet ${spreadsheetId}.`);
    if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns) throw new Error(googleErrors.outsideSheet);
    const { layers } = sheet;
    const oldValue = readValue(layers.values.get(row - 1, column - 1));
    const refuse = (reason: string): UserEditResult => ({ ok: false, reason, oldValue, value: oldValue });
    const warnings: string[] = [];

    for (const protection of sheet.protections) {
      if (!protection.covers(row, column)) continue;
      if (protection.warningOnly) warnings.push('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you do not need to edit.');
      else if (!protection.allows(editorEmail)) return refuse("You're trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you don't need to edit.");
    }

    let written;
    try {
      written = parseTyped(typed, layers.numberFormats.get(row - 1, column - 1), spreadsheet.timeZone);
    } catch (e) {
      return refuse((e as Error).message);
    }
    const rule = layers.validations.get(row - 1, column - 1);
    const failure = rule && validationFailure(rule, written.value, spreadsheet.timeZone);
    if (rule && failure) {
      if (!rule.allowInvalid) return refuse(`There was a problem: ${failure}`);
      warnings.push(`Invalid: ${failure}`);
    }

    layers.values.set(row - 1, column - 1, written.value);
    layers.formulas.set(row - 1, column - 1, written.formula);
    if (written.impliedFormat !== undefined && layers.numberFormats.get(row - 1, column - 1) === undefined) {
      layers.numberFormats.set(row - 1, column - 1, written.impliedFormat);
    }
    const result: UserEditResult = { ok: true, oldValue, value: readValue(written.value) };
    if (warnings.length > 0) result.warning = warnings.join(' ');
    return result;
  }

  /**
   * A person pasting a block of text at (row, column); the grid grows to hold it, as in Sheets,
   * which refuses the whole paste when any
   * cell of it is protected against the editor; otherwise each cell is typed in as by
   * `userEdit` (a cell its validation rejects keeps its value). Triggers are not fired here.
   */
  userPaste(spreadsheetId: string, sheetName: string, row: number, column: number, block: readonly (readonly string[])[], editorEmail = this.ctx.user.email): UserEditResult[] {
    const spreadsheet = this.requireSpreadsheet(spreadsheetId);
    const sheet = spreadsheet.sheetNamed(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}" in spreadsheet ${spreadsheetId}.`);
    const width = largest(block.map((cells) => cells.length), 0);
    if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns) throw new Error(googleErrors.outsideSheet);
    // Sheets adds the rows and columns a paste needs beyond the grid.
    if (row + block.length - 1 > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, row + block.length - 1 - sheet.maxRows);
    if (column + width - 1 > sheet.maxColumns) sheet.insertColumnsAfter(sheet.maxColumns, column + width - 1 - sheet.maxColumns);
    for (let r = 0; r < block.length; r++) {
      for (let c = 0; c < block[r]!.length; c++) {
        const blocked = sheet.protections.some((p) => p.covers(row + r, column + c) && !p.allows(editorEmail));
        if (!blocked) continue;
        const oldValue = readValue(sheet.layers.values.get(row + r - 1, column + c - 1));
        return [{ ok: false, reason: "You're trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you don't need to edit.", oldValue, value: oldValue }];
      }
    }
    return block.flatMap((cells, r) => cells.map((typed, c) => this.userEdit(spreadsheetId, sheetName, row + r, column + c, typed, editorEmail)));
  }
}
