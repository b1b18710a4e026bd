/**
 * The Today panel: follow-ups overdue, due today and this week, with the customer's name, read
 * from the Interactions sheet and the customer sheet (one read each); Done writes today's date
 * into that interaction's Done cell (one read to check the row is still that follow-up, one write).
 */
import { withDocumentLock } from '../documentLock';
import { dateFormatter } from '../../core/card/customerCard';
import type { CellValue } from '../../core/customerRecord';
import { INTERACTIONS } from '../../core/purchases/historySheets';
import { todayList, type FollowUpItem } from '../../core/purchases/todayList';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { findCustomerTable } from '../customerSheet';
import { readHistory } from '../purchases/historySheet';
import { readDate } from '../../core/segments/cellReading';

export interface TodayLine {
  row: number;
  customerId: string;
  name: string;
  due: string;
  /** ms: the Done button sends it back so a moved row is never marked. */
  dueTime: number;
  text: string;
}

export interface TodayPanel {
  overdue: TodayLine[];
  today: TodayLine[];
  week: TodayLine[];
}

export function todayPanel(context: ActionContext, today: Date): TodayPanel {
  const table = readHistory(context.spreadsheet, INTERACTIONS);
  const empty: TodayPanel = { overdue: [], today: [], week: [] };
  if (!table) return empty;
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const list = todayList(table.values, table.columns, today, context.spreadsheet.getSpreadsheetLocale(), timeZone);
  const customers = findCustomerTable(context.spreadsheet, context.settings);
  const names = new Map<string, string>();
  if (customers) {
    const { id, name } = customers.columns.roles;
    if (id !== undefined && name !== undefined) for (const row of customers.values.slice(1)) names.set(String(row[id] ?? '').trim(), String(row[name] ?? ''));
  }
  const format = dateFormatter(context.language, timeZone, context.settings.digits);
  const line = (item: FollowUpItem): TodayLine => ({
    row: item.row, customerId: item.customerId, name: names.get(item.customerId) || item.customerId, due: format(item.due), dueTime: item.due,
    text: [item.kind, item.text].filter(Boolean).join(' · '),
  });
  return { overdue: list.overdue.map(line), today: list.today.map(line), week: list.week.map(line) };
}

export function markFollowUpDone(context: ActionContext, row: number, customerId: string, dueTime: number): string {
  return withDocumentLock(30_000, () => {
    const table = readHistory(context.spreadsheet, INTERACTIONS);
    const c = table?.columns;
    const cells = table?.values[row - 1];
    const due = readDate(cells?.[c?.nextContact ?? -1], context.spreadsheet.getSpreadsheetLocale(), context.spreadsheet.getSpreadsheetTimeZone());
    if (!table || !c || c.done === undefined || !cells || String(cells[c.customerId ?? -1] ?? '').trim() !== customerId || due.kind !== 'value' || due.value.getTime() !== dueTime) {
      throw new Error(context.text.todayNothing);
    }
    table.sheet.getRange(row, c.done + 1).setValue(new Date() as CellValue);
    appendAudit(context.spreadsheet, [{ action: 'interaction', customerIds: [customerId], rows: [row], fields: ['done'], cells: 1, detail: table.sheet.getName() }]);
    return context.text.todayMarkedDone;
  });
}
