import type { HostContext } from '../../hostContext';
import { LocalSpreadsheet, type SpreadsheetHost } from './localSpreadsheet';
import { LocalProtection, type CellRect } from './protection';
import { SparseGrid } from './sparseGrid';
import type { SheetLayers } from './sheetLayers';
import type { ProtectionTypeName } from './enums';
import { copyChartModel, type ChartModel } from './localChart';

/**
 * Save and load of spreadsheets as JSON: every cell layer, grid size, frozen
 * rows, protections. Dates become {"$date": iso} so they come back as Dates.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface SheetState {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  rightToLeft: boolean;
  columnWidths: [number, number][];
  layers: Record<keyof SheetLayers, Json>;
  protections: {
    type: ProtectionTypeName;
    area: CellRect | null;
    description: string;
    warningOnly: boolean;
    editors: string[];
    unprotected: CellRect[];
  }[];
  /** Absent in files saved before charts were kept. */
  charts?: ChartModel[];
}

export interface SpreadsheetState {
  id: string;
  name: string;
  owner: string;
  timeZone: string;
  locale: string;
  activeSheetId: number;
  nextSheetId: number;
  nextChartId?: number;
  sheets: SheetState[];
}

export interface SpreadsheetsState {
  version: 1;
  activeId: string | null;
  spreadsheets: SpreadsheetState[];
}

function encode(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return Array.from(value, encode);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value as Json;
}

function decode(json: Json): unknown {
  if (json === null) return null;
  if (Array.isArray(json)) return json.map(decode);
  if (typeof json === 'object') {
    if (typeof json.$date === 'string' && Object.keys(json).length === 1) return new Date(json.$date);
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, decode(v)]));
  }
  return json;
}

/** Rows of cells, with null for an absent row or an empty cell. */
const encodeGrid = (grid: SparseGrid<unknown>): Json => encode(grid.rows);

function decodeGrid<T>(json: Json): SparseGrid<T> {
  const grid = new SparseGrid<T>();
  if (!Array.isArray(json)) return grid;
  grid.rows = json.map((row) => (Array.isArray(row) ? row.map((cell) => (cell === null ? undefined : (decode(cell) as T))) : undefined));
  return grid;
}

export function encodeSpreadsheet(spreadsheet: LocalSpreadsheet): SpreadsheetState {
  return {
    id: spreadsheet.id,
    name: spreadsheet.name,
    owner: spreadsheet.owner,
    timeZone: spreadsheet.timeZone,
    locale: spreadsheet.locale,
    activeSheetId: spreadsheet.activeSheet.sheetId,
    nextSheetId: spreadsheet.nextSheetId,
    nextChartId: spreadsheet.nextChartId,
    sheets: spreadsheet.sheets.map((sheet) => ({
      sheetId: sheet.sheetId,
      name: sheet.name,
      maxRows: sheet.maxRows,
      maxColumns: sheet.maxColumns,
      frozenRows: sheet.frozenRows,
      frozenColumns: sheet.frozenColumns,
      hidden: sheet.hidden,
      tabColor: sheet.tabColor,
      rightToLeft: sheet.rightToLeft,
      columnWidths: [...sheet.columnWidths.entries()],
      layers: Object.fromEntries(
        Object.entries(sheet.layers).map(([name, grid]) => [name, encodeGrid(grid as SparseGrid<unknown>)]),
      ) as Record<keyof SheetLayers, Json>,
      protections: sheet.protections.map((p) => ({
        type: p.type,
        area: p.area && { ...p.area },
        description: p.description,
        warningOnly: p.warningOnly,
        editors: [...p.editors],
        unprotected: p.unprotected.map((r) => ({ ...r })),
      })),
      charts: encode(sheet.charts.map(copyChartModel)) as unknown as ChartModel[],
    })),
  };
}

export function decodeSpreadsheet(state: SpreadsheetState, ctx: HostContext, host: SpreadsheetHost): LocalSpreadsheet {
  const spreadsheet = new LocalSpreadsheet(ctx, host, state.id, state.name, state.owner);
  spreadsheet.timeZone = state.timeZone;
  spreadsheet.locale = state.locale;
  for (const s of state.sheets) {
    const sheet = spreadsheet.addSheet(s.name, spreadsheet.sheets.length, s.maxRows, s.maxColumns, s.sheetId);
    sheet.frozenRows = s.frozenRows;
    sheet.frozenColumns = s.frozenColumns;
    sheet.hidden = s.hidden;
    sheet.tabColor = s.tabColor;
    sheet.rightToLeft = s.rightToLeft;
    sheet.columnWidths = new Map(s.columnWidths);
    for (const name of Object.keys(sheet.layers) as (keyof SheetLayers)[]) {
      (sheet.layers as Record<keyof SheetLayers, SparseGrid<unknown>>)[name] = decodeGrid(s.layers[name] ?? null);
    }
    sheet.protections = s.protections.map((p) => {
      const protection = new LocalProtection(ctx, sheet, p.type, p.area && { ...p.area }, p.editors);
      protection.description = p.description;
      protection.warningOnly = p.warningOnly;
      protection.unprotected = p.unprotected.map((r) => ({ ...r }));
      return protection;
    });
    sheet.charts = (s.charts ?? []).map((chart) => copyChartModel(decode(chart as unknown as Json) as ChartModel));
  }
  spreadsheet.nextChartId = Math.max(spreadsheet.nextChartId, state.nextChartId ?? 1, ...spreadsheet.sheets.flatMap((sh) => sh.charts.map((c) => (c.chartId ?? 0) + 1)));
  spreadsheet.nextSheetId = Math.max(spreadsheet.nextSheetId, state.nextSheetId);
  spreadsheet.activeSheet = spreadsheet.sheets.find((sheet) => sheet.sheetId === state.activeSheetId) ?? spreadsheet.sheets[0]!;
  return spreadsheet;
}

export function isSpreadsheetsState(value: unknown): value is SpreadsheetsState {
  return typeof value === 'object' && value !== null && (value as SpreadsheetsState).version === 1 && Array.isArray((value as SpreadsheetsState).spreadsheets);
}
