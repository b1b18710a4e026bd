import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import type { SparseGrid } from './sparseGrid';
import { emptyLayers, STYLE_LAYERS, type SheetLayers } from './sheetLayers';
import { cellFromScript, isLiteralText } from './cellValues';
import { displayText } from './displayFormat';
import { LocalRange } from './localRange';
import { LocalProtection, shiftRect, type CellRect } from './protection';
import { ProtectionType } from './enums';
import { parseA1, spanOf, type RangeSpan } from './a1Notation';
import { followStructuralChange, type StructuralChange } from './structuralReferences';
import { googleErrors } from './googleErrors';
import type { LocalSpreadsheet } from './localSpreadsheet';
import { chartModelOf, copyChartModel, LocalEmbeddedChart, newChartBuilder, type ChartModel, type LocalEmbeddedChartBuilder } from './localChart';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

type SheetMethods =
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'activate'
  | 'getRange' | 'getDataRange' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns'
  | 'getFrozenRows' | 'setFrozenRows' | 'getFrozenColumns' | 'setFrozenColumns'
  | 'appendRow' | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes'
  | 'protect'
  | 'setColumnWidth' | 'getColumnWidth' | 'autoResizeColumn' | 'autoResizeColumns'
  | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'setTabColor' | 'getTabColor' | 'setRightToLeft' | 'isRightToLeft'
  | 'insertRowAfter' | 'insertRowBefore' | 'insertRowsAfter' | 'insertRowsBefore'
  | 'insertColumnAfter' | 'insertColumnBefore' | 'insertColumnsAfter' | 'insertColumnsBefore'
  | 'deleteRow' | 'deleteRows' | 'deleteColumn' | 'deleteColumns'
  | 'insertChart' | 'removeChart' | 'updateChart';

/** `getProtections()`, `getCharts()` and `newChart()` are outside Faithful: they return local objects. */
export class LocalSheet implements Faithful<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  layers: SheetLayers = emptyLayers();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  rightToLeft = false;
  columnWidths = new Map<number, number>();
  protections: LocalProtection[] = [];
  /** Embedded charts, in the order they were inserted. */
  charts: ChartModel[] = [];

  constructor(
    readonly ctx: HostContext,
    readonly spreadsheet: LocalSpreadsheet,
    readonly sheetId: number,
    public name: string,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  private wrapped(): this {
    return counted('Sheet', this, this.ctx.calls);
  }

  // ---- host-side helpers (raw, uncounted) ----

  /** A range for script code: checked against the grid and wrapped for counting. */
  handOutRange(row: number, column: number, numRows: number, numColumns: number): LocalRange {
    return counted('Range', this.rangeModel(row, column, numRows, numColumns), this.ctx.calls);
  }

  rangeModel(row: number, column: number, numRows: number, numColumns: number, span: RangeSpan = 'cells'): LocalRange {
    if (row < 1) throw new Error(googleErrors.startingRowTooSmall);
    if (column < 1) throw new Error(googleErrors.startingColumnTooSmall);
    if (numRows < 1) throw new Error(googleErrors.rowsAtLeastOne);
    if (numColumns < 1) throw new Error(googleErrors.columnsAtLeastOne);
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) throw new Error(googleErrors.outsideSheet);
    return new LocalRange(this.ctx, this, row, column, numRows, numColumns, span);
  }

  /** A range in A1 notation, e.g. "A1:C3", "B:B" or "2:4" (or R1C1: "R1C1:R3C3"), on this sheet; inverted corners are put in order. */
  rangeFromA1(a1: string): LocalRange {
    const ref = parseA1(a1);
    if (!ref) throw new Error(googleErrors.rangeNotFound);
    const top = ref.startRow ?? 1;
    const left = ref.startColumn ?? 1;
    const bottom = ref.endRow ?? this.maxRows;
    const right = ref.endColumn ?? this.maxColumns;
    const [r1, r2] = top <= bottom ? [top, bottom] : [bottom, top];
    const [c1, c2] = left <= right ? [left, right] : [right, left];
    return this.rangeModel(r1, c1, r2 - r1 + 1, c2 - c1 + 1, spanOf(ref));
  }

  /** The cells of a range a script passes back in (a counted wrapper of a LocalRange of this sheet). */
  rectOf(range: GoogleAppsScript.Spreadsheet.Range): CellRect {
    if (!(range instanceof LocalRange) || range.sheet !== this) throw new Error('The range must be on the same sheet.');
    return { top: range.top, left: range.left, height: range.height, width: range.width };
  }

  /** Writes script values (parsed as typed) into a block; `values` is already checked against the block's size. */
  writeValues(top: number, left: number, values: readonly (readonly unknown[])[]): void {
    const { values: cells, formulas, numberFormats } = this.layers;
    const timeZone = this.spreadsheet.timeZone;
    for (let r = 0; r < values.length; r++) {
      const line = values[r] ?? [];
      const row = top - 1 + r;
      // Row arrays are looked up once per row: this loop runs for every cell of large writes.
      const formats = numberFormats.rows[row];
      for (let c = 0; c < line.length; c++) {
        const column = left - 1 + c;
        const format = formats?.[column];
        const input = line[c];
        if ((typeof input === 'string' && isLiteralText(input, format)) || typeof input === 'number' || typeof input === 'boolean') {
          cells.set(row, column, input);
          if (formulas.rows[row] !== undefined) formulas.set(row, column, undefined);
          continue;
        }
        const written = cellFromScript(input, format, timeZone);
        cells.set(row, column, written.value);
        if (written.formula !== undefined || formulas.rows[row] !== undefined) formulas.set(row, column, written.formula);
        if (written.impliedFormat !== undefined && format === undefined) numberFormats.set(row, column, written.impliedFormat);
      }
    }
  }

  displayValue(row: number, column: number): string {
    return displayText(this.layers.values.get(row - 1, column - 1), this.layers.numberFormats.get(row - 1, column - 1), this.spreadsheet.timeZone);
  }

  private allLayers(): SparseGrid<unknown>[] {
    return Object.values(this.layers) as SparseGrid<unknown>[];
  }

  private shift(axis: 'rows' | 'columns', at: number, count: number): void {
    this.shiftFormulaReferences({ sheet: this.name, axis, at, count });
    for (const layer of this.allLayers()) {
      if (axis === 'rows') {
        if (count > 0) layer.insertRows(at - 1, count);
        else layer.deleteRows(at - 1, -count);
      } else if (count > 0) layer.insertColumns(at - 1, count);
      else layer.deleteColumns(at - 1, -count);
    }
    const kept: LocalProtection[] = [];
    for (const protection of this.protections) {
      protection.unprotected = protection.unprotected.flatMap((rect) => shiftRect(rect, axis, at, count) ?? []);
      if (protection.area === null) {
        kept.push(protection);
        continue;
      }
      const area = shiftRect(protection.area, axis, at, count);
      if (area) {
        protection.area = area;
        kept.push(protection);
      }
    }
    this.protections = kept;
    if (axis === 'columns') {
      const widths = new Map<number, number>();
      for (const [column, width] of this.columnWidths) {
        if (count > 0) widths.set(column >= at ? column + count : column, width);
        else if (column < at) widths.set(column, width);
        else if (column >= at - count) widths.set(column + count, width);
      }
      this.columnWidths = widths;
    }
  }

  /** Every formula of the spreadsheet that points at this sheet follows the moved cells, as in Sheets. */
  private shiftFormulaReferences(change: StructuralChange): void {
    for (const sheet of this.spreadsheet.sheets) {
      sheet.layers.formulas.rows.forEach((row) =>
        row?.forEach((formula, column) => {
          if (formula !== undefined) row[column] = followStructuralChange(formula, sheet.name, change);
        }),
      );
    }
  }

  private insertRowsAt(at: number, count: number): this {
    if (at < 1 || at > this.maxRows + 1) throw new Error(googleErrors.outsideSheet);
    this.spreadsheet.ensureCapacity(count * this.maxColumns);
    this.shift('rows', at, count);
    this.maxRows += count;
    return this.wrapped();
  }

  private insertColumnsAt(at: number, count: number): this {
    if (at < 1 || at > this.maxColumns + 1) throw new Error(googleErrors.outsideSheet);
    this.spreadsheet.ensureCapacity(count * this.maxRows);
    this.shift('columns', at, count);
    this.maxColumns += count;
    return this.wrapped();
  }

  private deleteRowsAt(at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > this.maxRows) throw new Error(googleErrors.rowsOutOfBounds);
    if (this.maxRows - count <= this.frozenRows) throw new Error(googleErrors.deleteAllRows);
    this.shift('rows', at, -count);
    this.maxRows -= count;
  }

  private deleteColumnsAt(at: number, count: number): void {
    if (at < 1 || count < 1 || at + count - 1 > this.maxColumns) throw new Error(googleErrors.columnsOutOfBounds);
    if (this.maxColumns - count <= this.frozenColumns) throw new Error(googleErrors.deleteAllColumns);
    this.shift('columns', at, -count);
    this.maxColumns -= count;
  }

  private clearCells(options: { contents: boolean; formats: boolean; notes: boolean; validations: boolean }): void {
    const { layers } = this;
    const clearAll = (grid: SparseGrid<unknown>) => {
      grid.rows = [];
    };
    if (options.contents) {
      clearAll(layers.values);
      clearAll(layers.formulas);
    }
    if (options.formats) {
      clearAll(layers.numberFormats);
      for (const name of STYLE_LAYERS) clearAll(layers[name]);
    }
    if (options.notes) clearAll(layers.notes);
    if (options.validations) clearAll(layers.validations);
  }

  // ---- Apps Script surface ----

  getName(): string {
    return this.name;
  }

  setName(name: string): this {
    if (name !== this.name) {
      this.spreadsheet.assertNameFree(name);
      this.name = name;
    }
    return this.wrapped();
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#getindex: 1-based position among the sheets. */
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  getParent(): LocalSpreadsheet {
    return counted('Spreadsheet', this.spreadsheet, this.ctx.calls);
  }

  activate(): this {
    this.spreadsheet.activeSheet = this;
    this.hidden = false;
    return this.wrapped();
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): LocalRange {
    const range =
      typeof rowOrA1 === 'string' ? this.rangeFromA1(rowOrA1) : this.rangeModel(rowOrA1, column ?? 1, numRows ?? 1, numColumns ?? 1);
    return counted('Range', range, this.ctx.calls);
  }

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange: A1 to (last row, last column); A1 on an empty sheet. */
  getDataRange(): LocalRange {
    return this.handOutRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow: the last row with content, 0 on an empty sheet. */
  getLastRow(): number {
    return Math.max(this.layers.values.lastRow(), this.layers.formulas.lastRow());
  }

  getLastColumn(): number {
    return Math.max(this.layers.values.lastColumn(), this.layers.formulas.lastColumn());
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxColumns;
  }

  getFrozenRows(): number {
    return this.frozenRows;
  }

  /** Sheets refuses to freeze every row: "You can't freeze all visible rows on the sheet." (the Sheets API's own message for the same request). */
  setFrozenRows(rows: number): void {
    if (rows < 0) throw new Error(googleErrors.outsideSheet);
    if (rows >= this.maxRows) throw new Error(googleErrors.freezeAllRows);
    this.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    if (columns < 0) throw new Error(googleErrors.outsideSheet);
    if (columns >= this.maxColumns) throw new Error(googleErrors.freezeAllColumns);
    this.frozenColumns = columns;
  }

  /**
   * developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents:
   * writes after the last row with content, parsing strings as typed; the grid grows
   * when the row (or its width) does not fit.
   */
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    const width = Math.max(1, rowContents.length);
    const extraRows = Math.max(0, row - this.maxRows);
    const extraColumns = Math.max(0, width - this.maxColumns);
    this.spreadsheet.ensureCapacity(extraRows * (this.maxColumns + extraColumns) + extraColumns * this.maxRows);
    this.maxRows += extraRows;
    this.maxColumns += extraColumns;
    this.writeValues(row, 1, [rowContents]);
    return this.wrapped();
  }

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#clearoptions */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const contentsOnly = options?.contentsOnly === true;
    const formatOnly = options?.formatOnly === true;
    const both = contentsOnly === formatOnly;
    this.clearCells({ contents: both || contentsOnly, formats: both || formatOnly, notes: false, validations: false });
    return this.wrapped();
  }

  clearContents(): this {
    this.clearCells({ contents: true, formats: false, notes: false, validations: false });
    return this.wrapped();
  }

  clearFormats(): this {
    this.clearCells({ contents: false, formats: true, notes: false, validations: false });
    return this.wrapped();
  }

  clearNotes(): this {
    this.clearCells({ contents: false, formats: false, notes: true, validations: false });
    return this.wrapped();
  }

  /**
   * developers.google.com/apps-script/reference/spreadsheet/sheet#protect: "If the sheet
   * is already protected, this method returns an object representing the existing protection".
   */
  protect(): LocalProtection {
    let protection = this.protections.find((p) => p.type === ProtectionType.SHEET);
    if (!protection) {
      protection = new LocalProtection(this.ctx, this, ProtectionType.SHEET, null, [this.spreadsheet.owner, this.ctx.user.email]);
      this.protections.push(protection);
    }
    return counted('Protection', protection, this.ctx.calls);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): LocalProtection[] {
    return this.protections.filter((p) => p.type === String(type)).map((p) => counted('Protection', p, this.ctx.calls));
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.columnWidths.set(columnPosition, width);
    return this.wrapped();
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  /** An approximation of Sheets' fit-to-data: about 7 pixels per character of the longest displayed value. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    const lastRow = this.getLastRow();
    for (let column = startColumn; column < startColumn + numColumns; column++) {
      let longest = 0;
      for (let row = 1; row <= lastRow; row++) longest = Math.max(longest, this.displayValue(row, column).length);
      this.columnWidths.set(column, Math.max(21, longest * 7 + 10));
    }
    return this.wrapped();
  }

  hideSheet(): this {
    if (this.spreadsheet.sheets.every((s) => s === this || s.hidden)) throw new Error(googleErrors.hideLastSheet);
    this.hidden = true;
    return this.wrapped();
  }

  showSheet(): this {
    this.hidden = false;
    return this.wrapped();
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this.wrapped();
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  setRightToLeft(rightToLeft: boolean): this {
    this.rightToLeft = rightToLeft;
    return this.wrapped();
  }

  isRightToLeft(): boolean {
    return this.rightToLeft;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAt(afterPosition + 1, 1);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAt(beforePosition, 1);
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt(afterPosition + 1, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt(beforePosition, howMany);
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAt(afterPosition + 1, 1);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsAt(beforePosition, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt(afterPosition + 1, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAt(beforePosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRowsAt(rowPosition, 1);
    return this.wrapped();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteRowsAt(rowPosition, howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumnsAt(columnPosition, 1);
    return this.wrapped();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteColumnsAt(columnPosition, howMany);
  }

  // ---- embedded charts ----

  private chartIndex(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): number {
    const id = chartModelOf(chart).chartId;
    return id === null ? -1 : this.charts.findIndex((c) => c.chartId === id);
  }

  /** developers.google.com/apps-script/reference/spreadsheet/sheet#newchart: a builder for a chart on this sheet. */
  newChart(): LocalEmbeddedChartBuilder {
    return newChartBuilder(this.ctx, this.spreadsheet);
  }

  /** Adds a built chart with a new id; inserting the same built chart twice adds two charts, as in Sheets. */
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const model = copyChartModel(chartModelOf(chart));
    model.chartId = this.spreadsheet.nextChartId++;
    this.charts.push(model);
  }

  getCharts(): LocalEmbeddedChart[] {
    return this.charts.map((model) => counted('EmbeddedChart', new LocalEmbeddedChart(this.ctx, this.spreadsheet, copyChartModel(model)), this.ctx.calls));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const index = this.chartIndex(chart);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    this.charts.splice(index, 1);
  }

  /** Replaces the chart of the same id with the rebuilt one (chart.modify()…build()). */
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const index = this.chartIndex(chart);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    this.charts[index] = copyChartModel(chartModelOf(chart));
  }
}
