import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import type { LocalSheet } from './localSheet';
import { STYLE_LAYERS, type SheetLayers } from './sheetLayers';
import type { SparseGrid } from './sparseGrid';
import { readValue, type CellValue, DEFAULT_NUMBER_FORMAT, FORMULA_PLACEHOLDER } from './cellValues';
import { LocalDataValidation, type ValidationModel } from './dataValidation';
import { LocalProtection } from './protection';
import { ProtectionType } from './enums';
import { rangeA1, type RangeSpan } from './a1Notation';
import { googleErrors } from './googleErrors';
import { shiftFormula } from './formulaReferences';
import { normalizeColor } from './cssColors';

/** What an untouched cell reports for each style, so getters never return undefined. */
const STYLE_DEFAULTS = {
  fontWeights: 'normal',
  backgrounds: '#ffffff',
  fontColors: '#000000',
  horizontalAlignments: 'general',
  wraps: true,
} as const;

type StyleLayer = (typeof STYLE_LAYERS)[number];

/**
 * How Sheets stores what a script sets, as getters give it back: colours as hex codes
 * (cssColors.ts); the alignment 'normal' as 'general-left' (gas-fakes' live-checked
 * "HorizontalAlignments": 'normal' reads back 'general-left', a reset cell 'general').
 */
const STORED_STYLE: Partial<Record<StyleLayer, (value: string) => string>> = {
  backgrounds: normalizeColor,
  fontColors: normalizeColor,
  horizontalAlignments: (alignment) => (alignment.toLowerCase() === 'normal' ? 'general-left' : alignment.toLowerCase()),
};

function storedStyle(name: StyleLayer, value: string | boolean | null | undefined): string | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  return (STORED_STYLE[name] ?? ((v: string) => v.toLowerCase()))(value);
}

/**
 * developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat: Sheets
 * keeps the format 'general' as its default format, which getNumberFormat reads back
 * (gas-fakes' live-checked "NumberFormat": "0.###############").
 */
function storedNumberFormat(format: string): string {
  return String(format).toLowerCase() === 'general' ? DEFAULT_NUMBER_FORMAT : format;
}

type RangeMethods =
  | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getA1Notation' | 'getSheet'
  | 'getValue' | 'setValue' | 'getValues' | 'setValues' | 'getDisplayValue' | 'getDisplayValues' | 'isBlank'
  | 'getFormula' | 'getFormulas' | 'setFormula' | 'setFormulas'
  | 'getNumberFormat' | 'getNumberFormats' | 'setNumberFormat' | 'setNumberFormats'
  | 'getNote' | 'getNotes' | 'setNote' | 'setNotes'
  | 'getDataValidation' | 'setDataValidation' | 'setDataValidations' | 'clearDataValidations'
  | 'clear' | 'clearContent' | 'clearFormat' | 'clearNote'
  | 'getFontWeight' | 'getFontWeights' | 'setFontWeight' | 'setFontWeights'
  | 'getBackground' | 'getBackgrounds' | 'setBackground' | 'setBackgrounds'
  | 'getFontColor' | 'setFontColor' | 'setFontColors'
  | 'getHorizontalAlignment' | 'getHorizontalAlignments' | 'setHorizontalAlignment' | 'setHorizontalAlignments'
  | 'getWrap' | 'getWraps' | 'setWrap' | 'setWraps'
  | 'protect' | 'offset' | 'getCell';

/**
 * `getDataValidations()` is outside Faithful: Faithful keeps arrays of Apps Script
 * objects as Google types them, and it returns local rules.
 *
 * A rectangle of cells on a sheet. Like an Apps Script Range it is fixed to its
 * coordinates when created: inserting rows later does not move it.
 */
export class LocalRange implements Faithful<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  constructor(
    private readonly ctx: HostContext,
    readonly sheet: LocalSheet,
    readonly top: number,
    readonly left: number,
    readonly height: number,
    readonly width: number,
    /** Whole rows or whole columns, as the A1 notation it was made from said ("5:7", "D:F"). */
    readonly span: RangeSpan = 'cells',
  ) {}

  private wrapped(): this {
    return counted('Range', this, this.ctx.calls);
  }

  private read<T, U>(layer: SparseGrid<T>, convert: (value: T | undefined) => U): U[][] {
    return layer.readBlock(this.top - 1, this.left - 1, this.height, this.width, convert);
  }

  private first<T>(layer: SparseGrid<T>): T | undefined {
    return layer.get(this.top - 1, this.left - 1);
  }

  private fill<T>(layer: SparseGrid<T>, value: T | undefined): void {
    layer.writeBlock(this.top - 1, this.left - 1, this.height, this.width, () => value);
  }

  /** Google's size check for every set...s(grid) method. */
  private checkShape(data: readonly (readonly unknown[])[]): void {
    if (data.length !== this.height) throw new Error(googleErrors.dataRowsMismatch(data.length, this.height));
    // An index loop: for…of over the script realm's arrays takes the slow iterator path here.
    for (let r = 0; r < data.length; r++) {
      if (data[r]!.length !== this.width) throw new Error(googleErrors.dataColumnsMismatch(data[r]!.length, this.width));
    }
  }

  private writeGrid<T>(layer: SparseGrid<T>, data: readonly (readonly T[])[], normalise: (value: T) => T | undefined): this {
    this.checkShape(data);
    layer.writeBlock(this.top - 1, this.left - 1, this.height, this.width, (r, c) => normalise(data[r]![c]!));
    return this.wrapped();
  }

  private get layers(): SheetLayers {
    return this.sheet.layers;
  }

  private style(name: StyleLayer): unknown {
    return this.first(this.layers[name] as SparseGrid<unknown>) ?? STYLE_DEFAULTS[name];
  }

  private styles(name: StyleLayer): unknown[][] {
    return this.read(this.layers[name] as SparseGrid<unknown>, (v) => v ?? STYLE_DEFAULTS[name]);
  }

  private setStyle(name: StyleLayer, value: string | boolean | null): this {
    this.fill(this.layers[name] as SparseGrid<unknown>, storedStyle(name, value));
    return this.wrapped();
  }

  private setStyles(name: StyleLayer, data: readonly (readonly (string | boolean | null)[])[]): this {
    return this.writeGrid(this.layers[name] as SparseGrid<unknown>, data, (v) => storedStyle(name, v as string | boolean | null));
  }

  // ---- position ----

  getRow(): number {
    return this.top;
  }

  getColumn(): number {
    return this.left;
  }

  getNumRows(): number {
    return this.height;
  }

  getNumColumns(): number {
    return this.width;
  }

  getLastRow(): number {
    return this.top + this.height - 1;
  }

  getLastColumn(): number {
    return this.left + this.width - 1;
  }

  getA1Notation(): string {
    return rangeA1(this.top, this.left, this.height, this.width, this.span);
  }

  getSheet(): LocalSheet {
    return counted('Sheet', this.sheet, this.ctx.calls);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): LocalRange {
    return this.sheet.handOutRange(this.top + rowOffset, this.left + columnOffset, numRows ?? this.height, numColumns ?? this.width);
  }

  /** developers.google.com/apps-script/reference/spreadsheet/range#getcellrow,-column: relative to this range, 1-based. */
  getCell(row: number, column: number): LocalRange {
    if (row < 1 || column < 1 || row > this.height || column > this.width) throw new Error(googleErrors.cellReferenceOutOfRange);
    return this.sheet.handOutRange(this.top + row - 1, this.left + column - 1, 1, 1);
  }

  // ---- values ----

  getValue(): CellValue {
    return readValue(this.first(this.layers.values));
  }

  /** developers.google.com/apps-script/reference/spreadsheet/range#getvalues: numbers, booleans, Dates, strings; '' for empty cells. */
  getValues(): CellValue[][] {
    return this.read(this.layers.values, readValue);
  }

  /** Writes the value to every cell of the range, parsing a string as if typed. */
  setValue(value: unknown): this {
    const row = new Array<unknown>(this.width).fill(value);
    this.sheet.writeValues(this.top, this.left, new Array<unknown[]>(this.height).fill(row));
    return this.wrapped();
  }

  /** developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues: "must match dimensions of this range". */
  setValues(values: unknown[][]): this {
    this.checkShape(values);
    this.sheet.writeValues(this.top, this.left, values);
    return this.wrapped();
  }

  getDisplayValue(): string {
    return this.sheet.displayValue(this.top, this.left);
  }

  getDisplayValues(): string[][] {
    const out: string[][] = [];
    for (let r = 0; r < this.height; r++) {
      const line: string[] = [];
      for (let c = 0; c < this.width; c++) line.push(this.sheet.displayValue(this.top + r, this.left + c));
      out.push(line);
    }
    return out;
  }

  isBlank(): boolean {
    return this.read(this.layers.values, (v) => v === undefined).every((row) => row.every(Boolean));
  }

  // ---- formulas (stored, not evaluated: see FORMULA_PLACEHOLDER) ----

  getFormula(): string {
    return this.first(this.layers.formulas) ?? '';
  }

  getFormulas(): string[][] {
    return this.read(this.layers.formulas, (v) => v ?? '');
  }

  /** The formula is the top-left cell's; the other cells get it with relative references moved (formulaReferences.ts). */
  setFormula(formula: string): this {
    const text = String(formula);
    return this.setFormulas(Array.from({ length: this.height }, (_, r) => Array.from({ length: this.width }, (_, c) => shiftFormula(text, r, c))));
  }

  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    const { values, formulas: layer } = this.layers;
    layer.writeBlock(this.top - 1, this.left - 1, this.height, this.width, (r, c) => formulas[r]![c] || undefined);
    values.writeBlock(this.top - 1, this.left - 1, this.height, this.width, (r, c) => (formulas[r]![c] ? FORMULA_PLACEHOLDER : undefined));
    return this.wrapped();
  }

  // ---- number formats ----

  getNumberFormat(): string {
    return this.first(this.layers.numberFormats) ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.read(this.layers.numberFormats, (v) => v ?? DEFAULT_NUMBER_FORMAT);
  }

  /** Changes how cells read new input and display; values already written are not converted. */
  setNumberFormat(numberFormat: string): this {
    this.fill(this.layers.numberFormats, storedNumberFormat(numberFormat));
    return this.wrapped();
  }

  setNumberFormats(numberFormats: unknown[][]): this {
    return this.writeGrid(this.layers.numberFormats, numberFormats as string[][], storedNumberFormat);
  }

  // ---- notes ----

  getNote(): string {
    return this.first(this.layers.notes) ?? '';
  }

  getNotes(): string[][] {
    return this.read(this.layers.notes, (v) => v ?? '');
  }

  setNote(note: string | null): this {
    this.fill(this.layers.notes, note ? String(note) : undefined);
    return this.wrapped();
  }

  setNotes(notes: unknown[][]): this {
    return this.writeGrid(this.layers.notes, notes as string[][], (v) => (v ? String(v) : undefined));
  }

  // ---- data validation ----

  private ruleModel(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): ValidationModel | undefined {
    if (rule === null) return undefined;
    if (!(rule instanceof LocalDataValidation)) throw new Error('The rule must come from SpreadsheetApp.newDataValidation().');
    return rule.model;
  }

  private handOutRule(model: ValidationModel | undefined): LocalDataValidation | null {
    return model ? counted('DataValidation', new LocalDataValidation(this.ctx, model), this.ctx.calls) : null;
  }

  getDataValidation(): LocalDataValidation | null {
    return this.handOutRule(this.first(this.layers.validations));
  }

  getDataValidations(): (LocalDataValidation | null)[][] {
    return this.read(this.layers.validations, (model) => this.handOutRule(model));
  }

  /** Sheets does not check existing values against a new rule, nor script writes against any rule. */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    this.fill(this.layers.validations, this.ruleModel(rule));
    return this.wrapped();
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): this {
    this.checkShape(rules);
    this.layers.validations.writeBlock(this.top - 1, this.left - 1, this.height, this.width, (r, c) => this.ruleModel(rules[r]![c] ?? null));
    return this.wrapped();
  }

  clearDataValidations(): this {
    this.fill(this.layers.validations, undefined);
    return this.wrapped();
  }

  // ---- clearing ----

  private clearLayers(names: (keyof SheetLayers)[]): this {
    for (const name of names) this.layers[name].clearBlock(this.top - 1, this.left - 1, this.height, this.width);
    return this.wrapped();
  }

  /**
   * developers.google.com/apps-script/reference/spreadsheet/range#clearoptions: "By default all
   * data is cleared"; each option restricts the clearing to its kind.
   */
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    const picked: (keyof SheetLayers)[] = [];
    const any = options?.commentsOnly || options?.contentsOnly || options?.formatOnly || options?.validationsOnly;
    if (!any || options?.contentsOnly) picked.push('values', 'formulas');
    if (!any || options?.formatOnly) picked.push('numberFormats', ...STYLE_LAYERS);
    if (!any || options?.commentsOnly) picked.push('notes');
    if (!any || options?.validationsOnly) picked.push('validations');
    return this.clearLayers(picked);
  }

  clearContent(): this {
    return this.clearLayers(['values', 'formulas']);
  }

  /** developers.google.com/apps-script/reference/spreadsheet/range#clearformat: "does not reset any number formatting rules". */
  clearFormat(): this {
    return this.clearLayers([...STYLE_LAYERS]);
  }

  clearNote(): this {
    return this.clearLayers(['notes']);
  }

  // ---- styles: recorded so the add-on's formatting can be read back ----

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.style('fontWeights') as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.styles('fontWeights') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }

  setFontWeight(fontWeight: string | null): this {
    return this.setStyle('fontWeights', fontWeight);
  }

  setFontWeights(fontWeights: unknown[][]): this {
    return this.setStyles('fontWeights', fontWeights as (string | null)[][]);
  }

  getBackground(): string {
    return this.style('backgrounds') as string;
  }

  getBackgrounds(): string[][] {
    return this.styles('backgrounds') as string[][];
  }

  setBackground(color: string | null): this {
    return this.setStyle('backgrounds', color);
  }

  setBackgrounds(color: (string | null)[][]): this {
    return this.setStyles('backgrounds', color);
  }

  getFontColor(): string {
    return this.style('fontColors') as string;
  }

  setFontColor(color: string | null): this {
    return this.setStyle('fontColors', color);
  }

  setFontColors(colors: unknown[][]): this {
    return this.setStyles('fontColors', colors as (string | null)[][]);
  }

  getHorizontalAlignment(): string {
    return this.style('horizontalAlignments') as string;
  }

  getHorizontalAlignments(): string[][] {
    return this.styles('horizontalAlignments') as string[][];
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    return this.setStyle('horizontalAlignments', alignment);
  }

  setHorizontalAlignments(alignments: unknown[][]): this {
    return this.setStyles('horizontalAlignments', alignments as (string | null)[][]);
  }

  getWrap(): boolean {
    return this.style('wraps') as boolean;
  }

  getWraps(): boolean[][] {
    return this.styles('wraps') as boolean[][];
  }

  setWrap(isWrapEnabled: boolean): this {
    return this.setStyle('wraps', isWrapEnabled);
  }

  setWraps(isWrapEnabled: unknown[][]): this {
    return this.setStyles('wraps', isWrapEnabled as boolean[][]);
  }

  // ---- protection ----

  protect(): LocalProtection {
    const { sheet } = this;
    const protection = new LocalProtection(
      this.ctx,
      sheet,
      ProtectionType.RANGE,
      { top: this.top, left: this.left, height: this.height, width: this.width },
      [sheet.spreadsheet.owner, this.ctx.user.email],
    );
    sheet.protections.push(protection);
    return counted('Protection', protection, this.ctx.calls);
  }
}
