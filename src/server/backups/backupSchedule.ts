/**
 * The schedule: exactly one time-driven trigger runs `runScheduledBackup`; setting a new
 * schedule replaces it. A scheduled backup too large for one execution resumes through a
 * one-off trigger a minute later, deleted when it has fired.
 */
import type { Settings } from '../../core/settings';

export const SCHEDULED_HANDLER = 'runScheduledBackup';
const RESUME_AFTER_MS = 60_000;

export type BackupSchedule = NonNullable<Settings['backupSchedule']>;

/** Removes every trigger of the handler: the schedule and any resume trigger. */
function deleteHandlerTriggers(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === SCHEDULED_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

export function installSchedule(schedule: BackupSchedule | null): void {
  deleteHandlerTriggers();
  if (!schedule) return;
  const builder = ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased();
  if (schedule.every === 'week') builder.onWeekDay(ScriptApp.WeekDay[schedule.weekDay ?? 'MONDAY']).atHour(schedule.hour).create();
  else builder.everyDays(1).atHour(schedule.hour).create();
}

export function scheduleResume(): string {
  return ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().after(RESUME_AFTER_MS).create().getUniqueId();
}

export function deleteTrigger(id: string): void {
  for (const trigger of ScriptApp.getProjectTriggers()) if (trigger.getUniqueId() === id) ScriptApp.deleteTrigger(trigger);
}
