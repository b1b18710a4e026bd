/**
 * What the playground page is sent: the open workbook as a person in Sheets would see it.
 * Shared by the server (which builds it) and the page (which draws it); plain JSON.
 */
import type { RecordedAlert, RecordedMenu } from '../services/ui';
import type { UserEditResult } from '../services/spreadsheet/localSpreadsheetApp';

/** The locales the user switcher offers: one per interface language of the add-on. */
export const PLAYGROUND_LOCALES = ['en', 'ru', 'kk', 'mn', 'fa', 'zh'] as const;

export interface CellStyle {
  bold?: boolean;
  background?: string;
  color?: string;
  align?: string;
}

export interface GridView {
  sheetName: string;
  frozenRows: number;
  /** The data range's display values (row 1 first); the page adds empty rows and columns to type into. */
  values: string[][];
  /** Per row, the 0-based columns holding numbers or dates (Sheets aligns them right). */
  numericColumns: number[][];
  /** Styled cells only, keyed "row,column" (0-based). */
  styles: Record<string, CellStyle>;
  /** Cells with a note only, keyed "row,column" (0-based): Sheets marks them and shows the note on hover. */
  notes: Record<string, string>;
  /** Pixels, one per column the page draws. */
  columnWidths: number[];
  maxRows: number;
  maxColumns: number;
  /** The sheet's embedded charts, with the data they read. */
  charts: ChartView[];
}

/** An embedded chart as the page draws it (a simple SVG of the same kind, at the same place). */
export interface ChartView {
  type: string;
  title: string;
  /** 1-based anchor cell and pixel offsets, as Sheets places a chart. */
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  /** The first column of the chart's range, under its header. */
  categories: string[];
  series: { name: string; values: (number | null)[]; color: string; dashed: boolean }[];
  /** The chart's colours in order (a pie colours its slices with them). */
  colors: string[];
  /** The value axis' window, when the chart sets one. */
  min: number | null;
  max: number | null;
}

export interface ToastView {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export interface TriggerView {
  id: string;
  handler: string;
  eventType: string;
  schedule: string;
  lastFiredAt: string | null;
  /** The spreadsheet it belongs to (an add-on's clock trigger too, though Google's getTriggerSourceId() is null for it). */
  spreadsheet: string;
}

export interface PlaygroundView {
  spreadsheetName: string;
  sheetNames: string[];
  grid: GridView | null;
  menus: RecordedMenu[];
  /** `version` changes each time the add-on shows a sidebar, so the page knows to load it anew. */
  sidebar: { title: string; version: number } | null;
  /** Shown since the previous view. */
  toasts: ToastView[];
  alerts: RecordedAlert[];
  triggers: TriggerView[];
  /** The host's clock (ISO), which runs ahead of the wall clock once time was let pass, and how the add-on is deployed. */
  clock: string;
  mode: string;
  user: { email: string; locale: string };
  locales: readonly string[];
  /** The files in the local Drive's Clientele backups folder, newest first. */
  driveFiles: DriveFileView[];
  /** What the add-on mailed (MailApp), newest first: nothing leaves the machine. */
  outbox: OutboxMailView[];
  /** The last execution's time on Apps Script as the host's cost model estimates it (src/local/executionCost.ts). */
  lastExecution: { name: string; typicalSeconds: number; highSeconds: number } | null;
}

export interface OutboxMailView {
  to: string;
  subject: string;
  body: string;
  /** ISO instant on the host's clock. */
  at: string;
}

export interface DriveFileView {
  id: string;
  name: string;
  bytes: number;
  created: string;
}

/** Every POST answers with the view after the action, and what the action itself produced. */
export interface ActionResponse {
  view: PlaygroundView;
  /** The add-on threw: Sheets shows the message in an error bar. */
  error?: string;
  edit?: UserEditResult;
  /** A simulated form submission: what each onFormSubmit trigger's handler returned. */
  formOutcome?: unknown[];
}

export type ScriptRunResponse = { ok: true; value: unknown } | { ok: false; message: string };
