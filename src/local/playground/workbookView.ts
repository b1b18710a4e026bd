import type { LocalHost } from '../localHost';
import type { LocalSheet } from '../services/spreadsheet/localSheet';
import { PLAYGROUND_LOCALES, type CellStyle, type GridView, type PlaygroundView } from './playgroundView';
import { describeSchedule } from './triggerSchedule';
import { chartView } from './chartView';
import { backupFolderFiles } from './driveFilesView';

/** Host-side reads of the raw sheet model: they are not the add-on's service calls, so they are not counted. */
export function gridOf(sheet: LocalSheet): GridView {
  const rows = Math.max(1, sheet.getLastRow());
  const columns = Math.max(1, sheet.getLastColumn());
  const range = sheet.rangeModel(1, 1, rows, columns);
  const values = range.getValues();
  const { fontWeights, backgrounds, fontColors, horizontalAlignments, notes: noteLayer } = sheet.layers;
  const styles: Record<string, CellStyle> = {};
  const notes: Record<string, string> = {};
  const numericColumns = values.map((line, r) => {
    const numeric: number[] = [];
    line.forEach((value, c) => {
      if (typeof value === 'number' || value instanceof Date) numeric.push(c);
      const style: CellStyle = {};
      if (fontWeights.get(r, c) === 'bold') style.bold = true;
      const background = backgrounds.get(r, c);
      if (background) style.background = background;
      const color = fontColors.get(r, c);
      if (color) style.color = color;
      const align = horizontalAlignments.get(r, c);
      if (align) style.align = align;
      if (Object.keys(style).length > 0) styles[`${r},${c}`] = style;
      const note = noteLayer.get(r, c);
      if (note) notes[`${r},${c}`] = note;
    });
    return numeric;
  });
  const drawn = Math.min(sheet.maxColumns, columns + 3);
  return {
    sheetName: sheet.name,
    frozenRows: sheet.frozenRows,
    values: range.getDisplayValues(),
    numericColumns,
    styles,
    notes,
    columnWidths: Array.from({ length: drawn }, (_, c) => sheet.getColumnWidth(c + 1)),
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    charts: sheet.charts.map((chart) => chartView(sheet, chart)),
  };
}

/**
 * Builds views of the host and remembers what the page has already been shown: toasts and
 * alerts appear once, and a sidebar shown anew (even with the same page) gets a new version.
 */
function lastExecutionOf(host: LocalHost): PlaygroundView['lastExecution'] {
  const last = host.executionTime.last;
  return last ? { name: last.name, typicalSeconds: last.seconds.typical, highSeconds: last.seconds.high } : null;
}

export class ViewTracker {
  private toastsShown = new Map<string, number>();
  private alertsShown = 0;
  private lastSidebar: object | null = null;
  private sidebarVersion = 0;

  view(host: LocalHost): PlaygroundView {
    const id = host.activeSpreadsheetId();
    const spreadsheet = id === null ? undefined : host.spreadsheetApp.getSpreadsheetModel(id);
    const sidebar = host.ui.sidebar;
    if (sidebar && sidebar !== this.lastSidebar) this.sidebarVersion += 1;
    this.lastSidebar = sidebar;
    const toasts = spreadsheet ? spreadsheet.toasts.slice(this.toastsShown.get(spreadsheet.id) ?? 0) : [];
    if (spreadsheet) this.toastsShown.set(spreadsheet.id, spreadsheet.toasts.length);
    const alerts = host.ui.alerts.slice(this.alertsShown);
    this.alertsShown = host.ui.alerts.length;
    return {
      spreadsheetName: spreadsheet?.name ?? '',
      sheetNames: spreadsheet ? spreadsheet.sheets.filter((s) => !s.hidden).map((s) => s.name) : [],
      grid: spreadsheet ? gridOf(spreadsheet.activeSheet) : null,
      menus: host.ui.menus,
      sidebar: sidebar ? { title: sidebar.title, version: this.sidebarVersion } : null,
      toasts: toasts.map(({ message, title, timeoutSeconds }) => ({ message, title, timeoutSeconds })),
      alerts,
      triggers: host.scriptApp.listTriggers().map((t) => ({
        id: t.id,
        handler: t.handler,
        eventType: t.eventType,
        schedule: describeSchedule(t),
        lastFiredAt: t.lastFiredAt === null ? null : new Date(t.lastFiredAt).toISOString(),
        spreadsheet: t.documentId ? host.spreadsheetApp.getSpreadsheetModel(t.documentId)?.name ?? t.documentId : '',
      })),
      clock: host.ctx.now().toISOString(),
      mode: host.mode,
      user: { ...host.ctx.user },
      locales: PLAYGROUND_LOCALES,
      driveFiles: backupFolderFiles(host),
      outbox: host.mailApp.outbox.map(({ to, subject, body, at }) => ({ to, subject, body, at: at.toISOString() })).reverse(),
      lastExecution: lastExecutionOf(host),
    };
  }
}
