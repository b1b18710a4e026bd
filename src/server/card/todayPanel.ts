/**
 * The Today panel: follow-ups overdue, due today and this week, with the customer's name, read
 * from the Interactions sheet; and the keep in touch lists a day is for: birthdays from today
 * through the next 7 days, recalls due and this week's tier changes, of customers the contact
 * gate lets through. All of it comes from the digest's reads (each sheet once), so the panel costs
 * the same service calls whatever the sheets' sizes. Messaging a customer goes through the
 * Keep in touch panel's entry points (getOutreach, sendListEmails), which apply the gate again.
 * Done writes today's date into that interaction's Done cell (one read to check the row is still
 * that follow-up, one write).
 */
import { withDocumentLock } from '../documentLock';
import { dateFormatter } from '../../core/card/customerCard';
import type { CellValue } from '../../core/customerRecord';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { OutreachList } from '../../core/keepInTouch/listMessages';
import { INTERACTIONS } from '../../core/purchases/historySheets';
import type { FollowUpItem } from '../../core/purchases/todayList';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { readDigest } from '../keepInTouch/todayDigest';
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

/** A customer to message today, from one of the keep in touch lists. */
export interface TodayContact {
  list: Extract<OutreachList, 'birthdays' | 'recallsDue' | 'tierChanges'>;
  id: string;
  name: string;
  /** YYYY-MM-DD: the birthday, the day the recall fell due, the day the level changed. */
  date: string;
  text: string;
}

export interface TodayPanel {
  overdue: TodayLine[];
  today: TodayLine[];
  week: TodayLine[];
  birthdays: TodayContact[];
  recallsDue: TodayContact[];
  tierChanges: TodayContact[];
}

export function todayPanel(context: ActionContext, today: Date): TodayPanel {
  const read = readDigest(context, today);
  if ('error' in read) return { overdue: [], today: [], week: [], birthdays: [], recallsDue: [], tierChanges: [] };
  const names = new Map<string, string>();
  const { id, name } = read.customers.columns.roles;
  if (id !== undefined && name !== undefined) for (const row of read.customers.values.slice(1)) names.set(String(row[id] ?? '').trim(), String(row[name] ?? ''));
  const format = dateFormatter(context.language, context.spreadsheet.getSpreadsheetTimeZone(), context.settings.digits);
  const line = (item: FollowUpItem): TodayLine => ({
    row: item.row, customerId: item.customerId, name: names.get(item.customerId) || item.customerId, due: format(item.due), dueTime: item.due,
    text: [item.kind, item.text].filter(Boolean).join(' · '),
  });
  const { digest } = read.report;
  const t = context.text;
  return {
    overdue: read.followUps.overdue.map(line),
    today: read.followUps.today.map(line),
    week: read.followUps.week.map(line),
    birthdays: digest.birthdays.map((b) => ({ list: 'birthdays', id: b.id, name: b.name, date: b.date, text: `(${b.years})` })),
    recallsDue: digest.recallsDue.map((r) => ({ list: 'recallsDue', id: r.id, name: r.name, date: r.dueDate, text: formatMessage(t.todayRecallLine, { service: r.service, lastVisit: r.lastVisit }) })),
    tierChanges: digest.tierChanges.map((c) => ({ list: 'tierChanges', id: c.id, name: c.name, date: c.date, text: `${c.from ?? '—'} → ${c.to ?? '—'} (${c.points})` })),
  };
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
