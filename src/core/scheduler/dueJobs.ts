/**
 * What the hourly scheduler runs when it fires: pure decisions over the jobs' stored state and
 * the spreadsheet's local hour. The trigger fires once an hour at some minute Google chooses,
 * sometimes late, sometimes not at all; so a repeating job is due when the latest hour of its
 * schedule has passed and was not run yet (a missed hour runs at the next firing, once), never
 * "when the clock shows its hour".
 */

export type WeekDayName = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

const WEEK_DAYS: readonly WeekDayName[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** A time as the spreadsheet's clock shows it, to the hour. */
export interface LocalHour {
  /** yyyy-MM-dd */
  date: string;
  hour: number;
  /** 1 = Monday … 7 = Sunday (ISO 8601, Java's `u`). */
  weekday: number;
}

/** Every day at an hour, or every week on a day at an hour, in the spreadsheet's time zone. */
export interface RepeatSchedule {
  every: 'day' | 'week';
  hour: number;
  /** Weekly schedules only; Monday when absent. */
  weekDay?: WeekDayName;
}

/** What one job tells the scheduler about itself, read from the document's properties. */
export interface JobState {
  /** A long job is half done and waits for its next step. */
  pendingStep: boolean;
  /** When it repeats; null when it does not. */
  schedule: RepeatSchedule | null;
  /** The latest scheduled hour already run, or passed when the schedule was saved ('yyyy-MM-dd HH'). */
  slotDone: string | null;
}

/** Why a job runs at this firing: its next step, or its scheduled hour (which it records as done). */
export type Due = { kind: 'step' } | { kind: 'slot'; slot: string };

function shiftDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const slotKey = (date: string, hour: number) => `${date} ${String(hour).padStart(2, '0')}`;

/** The latest hour of the schedule at or before `now` ('yyyy-MM-dd HH'), in local time. */
export function latestSlot(schedule: RepeatSchedule, now: LocalHour): string {
  const before = now.hour < schedule.hour;
  if (schedule.every === 'day') return slotKey(shiftDate(now.date, before ? -1 : 0), schedule.hour);
  const wanted = WEEK_DAYS.indexOf(schedule.weekDay ?? 'MONDAY') + 1;
  let daysBack = (now.weekday - wanted + 7) % 7;
  if (daysBack === 0 && before) daysBack = 7;
  return slotKey(shiftDate(now.date, -daysBack), schedule.hour);
}

/** A pending step first (a job half done finishes before its next run starts), else a scheduled hour not yet run. */
export function dueNow(state: JobState, now: LocalHour): Due | null {
  if (state.pendingStep) return { kind: 'step' };
  if (!state.schedule) return null;
  const slot = latestSlot(state.schedule, now);
  return slot > (state.slotDone ?? '') ? { kind: 'slot', slot } : null;
}

/** Whether the job needs the scheduler's trigger at all: while it repeats or has a step waiting. */
export function needsScheduler(state: JobState): boolean {
  return state.pendingStep || state.schedule !== null;
}

/** One firing of the scheduler: the jobs due now, in the registry's order. */
export function dueJobs<Id extends string>(jobs: readonly { id: Id; state: JobState }[], now: LocalHour): { id: Id; due: Due }[] {
  return jobs.flatMap(({ id, state }) => {
    const due = dueNow(state, now);
    return due ? [{ id, due }] : [];
  });
}

/** Parses Utilities.formatDate(now, zone, LOCAL_HOUR_PATTERN); null for text not in that pattern (the server says so in the user's language). */
export const LOCAL_HOUR_PATTERN = 'yyyy-MM-dd HH u';

export function parseLocalHour(text: string): LocalHour | null {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}) ([1-7])$/.exec(text);
  if (!match) return null;
  return { date: match[1]!, hour: Number(match[2]), weekday: Number(match[3]) };
}
