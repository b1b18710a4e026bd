/**
 * The Today panel's list: interactions whose next contact date has come or comes this week and
 * that are not done, in three groups (overdue, today, the next six days), each oldest first.
 * Days are whole calendar days in the spreadsheet's time zone; "today" comes in from the server.
 */
import type { CellValue } from '../customerRecord';
import { isBlankCell } from '../customerIds';
import { dayCounter, readDate } from '../segments/cellReading';
import type { HistoryColumns, InteractionField } from './historySheets';

export interface FollowUpItem {
  /** 1-based sheet row of the interaction. */
  row: number;
  customerId: string;
  /** The next contact date, milliseconds. */
  due: number;
  kind: string;
  text: string;
}

export interface TodayList {
  overdue: FollowUpItem[];
  today: FollowUpItem[];
  week: FollowUpItem[];
}

export function todayList(values: readonly (readonly CellValue[])[], columns: HistoryColumns<InteractionField>, today: Date, locale: string, timeZone: string): TodayList {
  const list: TodayList = { overdue: [], today: [], week: [] };
  if (columns.nextContact === undefined) return list;
  const dayOf = dayCounter(timeZone);
  const now = dayOf(today);
  const cell = (row: readonly CellValue[], field: InteractionField) => (columns[field] === undefined ? '' : row[columns[field]!] ?? '');
  values.forEach((row, index) => {
    if (index === 0) return;
    if (!isBlankCell(cell(row, 'done'))) return;
    const next = readDate(cell(row, 'nextContact'), locale, timeZone);
    if (next.kind !== 'value') return;
    const days = dayOf(next.value) - now;
    if (days > 6) return;
    const item: FollowUpItem = { row: index + 1, customerId: String(cell(row, 'customerId')).trim(), due: next.value.getTime(), kind: String(cell(row, 'kind')), text: String(cell(row, 'text')) };
    (days < 0 ? list.overdue : days === 0 ? list.today : list.week).push(item);
  });
  for (const group of Object.values(list)) group.sort((a: FollowUpItem, b: FollowUpItem) => a.due - b.due);
  return list;
}
