import type { TriggerRecord } from '../services/scriptApp';

const two = (n: number) => String(n).padStart(2, '0');

/** A trigger's schedule in words, as the Apps Script triggers page lists it. */
export function describeSchedule(trigger: TriggerRecord): string {
  const s = trigger.schedule;
  if (trigger.eventType !== 'CLOCK' || !s) return trigger.sourceId ? `from ${trigger.source.toLowerCase()} ${trigger.sourceId}` : '';
  if (s.at !== undefined) return `once, at ${new Date(s.at).toISOString()}`;
  const at = s.atHour !== undefined ? ` at ${two(s.atHour)}:${two(s.nearMinute ?? 0)}` : '';
  const zone = s.timezone ? ` (${s.timezone})` : '';
  if (s.everyMinutes !== undefined) return `every ${s.everyMinutes} min${zone}`;
  if (s.everyHours !== undefined) return `every ${s.everyHours} h${zone}`;
  if (s.everyDays !== undefined) return `every ${s.everyDays} day(s)${at}${zone}`;
  const day = s.onWeekDay ? ` on ${s.onWeekDay.toLowerCase()}` : '';
  return `every ${s.everyWeeks ?? 1} week(s)${day}${at}${zone}`;
}
