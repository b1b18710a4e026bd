/**
 * The document's one hourly clock trigger. An add-on's time-driven triggers run at most once an
 * hour, and one per user per document (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions),
 * so every job shares this one. It is found by the id the document stored, never by handler
 * name: another document's scheduler has the same handler and is none of this document's business.
 */
import { createTrigger, type TriggerInstall } from '../documentTriggers';
import type { SchedulerRecord } from './schedulerStore';

export const SCHEDULER_HANDLER = 'runScheduler';

type Trigger = GoogleAppsScript.Script.Trigger;

function currentUser(): string {
  return Session.getEffectiveUser().getEmail();
}

/** This user's trigger with this unique id, if it still exists (the user may have deleted it on the triggers page). */
export function userTriggerById(id: string): Trigger | null {
  return ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id) ?? null;
}

/**
 * Makes sure the document has its scheduler, recording it in `record` (the caller saves it).
 * One installed by another user counts: that user's trigger cannot be seen from here, and a
 * second would run every job twice.
 */
export function ensureSchedulerTrigger(record: SchedulerRecord): TriggerInstall {
  const me = currentUser();
  if (record.trigger && (record.trigger.owner !== me || userTriggerById(record.trigger.id))) return { installed: true };
  const made = createTrigger(() => ScriptApp.newTrigger(SCHEDULER_HANDLER).timeBased().everyHours(1).create());
  if ('reason' in made) {
    record.trigger = null;
    return { installed: false, reason: made.reason };
  }
  record.trigger = { id: made.trigger.getUniqueId(), owner: me };
  return { installed: true };
}

/** Removes the scheduler when it is this user's; another user's removes itself when it next fires and finds nothing to do. */
export function removeSchedulerTrigger(record: SchedulerRecord): void {
  if (!record.trigger || record.trigger.owner !== currentUser()) return;
  const trigger = userTriggerById(record.trigger.id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  record.trigger = null;
}

/** A trigger of this user that fired and is not the document's scheduler (left over, or an old version's) goes. */
export function deleteUserTrigger(id: string): void {
  const trigger = userTriggerById(id);
  if (trigger) ScriptApp.deleteTrigger(trigger);
}
