/**
 * The scheduler: one hourly clock trigger per spreadsheet runs whatever is due (core decides
 * what), and exists exactly while some job needs it: installed when the first job does (a
 * schedule saved, a long backup left half done), removed when none does. No one-off triggers:
 * an add-on has one time-driven trigger per user per document, and this is it.
 */
import { LOCAL_HOUR_PATTERN, latestSlot, needsScheduler, parseLocalHour, dueJobs, type JobState, type LocalHour } from '../../core/scheduler/dueJobs';
import { formatMessage } from '../../core/i18n/formatMessage';
import { actionContext, type ActionContext } from '../actionContext';
import type { TriggerInstall } from '../documentTriggers';
import { SCHEDULED_JOBS, type JobId } from './scheduledJobs';
import { readSchedulerRecord, saveSchedulerRecord, type SchedulerRecord } from './schedulerStore';
import { deleteUserTrigger, ensureSchedulerTrigger, removeSchedulerTrigger } from './schedulerTrigger';

export interface SchedulerRun {
  /** The jobs that ran, in order. */
  ran: JobId[];
  /** False when the firing trigger was not this document's scheduler (it removed itself). */
  scheduler: boolean;
}

/** The hour now in the spreadsheet's time zone; an answer Clientele cannot read is refused in the user's language (saving a schedule shows it). */
function localHour(context: ActionContext): LocalHour {
  const text = Utilities.formatDate(new Date(), context.spreadsheet.getSpreadsheetTimeZone(), LOCAL_HOUR_PATTERN);
  const hour = parseLocalHour(text);
  if (!hour) throw new Error(formatMessage(context.text.errorNotALocalHour, { value: text }));
  return hour;
}

function jobStates(context: ActionContext, properties: Readonly<Record<string, string>>, record: SchedulerRecord): { id: JobId; state: JobState }[] {
  return SCHEDULED_JOBS.map((job) => ({
    id: job.id,
    state: { pendingStep: job.stepWaiting(properties), schedule: job.schedule(context.settings), slotDone: record.slotsDone[job.id] ?? null },
  }));
}

/**
 * After a job's state changed: the scheduler installed if a job needs it, removed if none does.
 * `rescheduled`: the job whose schedule was just saved; its latest scheduled hour counts as
 * passed, so it first runs at its next one (never at once, for an hour the user did not mean).
 */
export function updateScheduler(context: ActionContext, rescheduled?: JobId): TriggerInstall {
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const record = readSchedulerRecord(properties);
  const states = jobStates(context, properties, record);
  if (rescheduled) {
    const schedule = states.find((job) => job.id === rescheduled)?.state.schedule ?? null;
    if (schedule) record.slotsDone[rescheduled] = latestSlot(schedule, localHour(context));
    else delete record.slotsDone[rescheduled];
  }
  let install: TriggerInstall = { installed: true };
  if (states.some(({ state }) => needsScheduler(state))) install = ensureSchedulerTrigger(record);
  else removeSchedulerTrigger(record);
  saveSchedulerRecord(record);
  return install;
}

/**
 * This firing's trigger is the document's scheduler, or becomes it when none is recorded; any
 * other (a copy left over, say) deletes itself and does nothing.
 */
function claimFiring(record: SchedulerRecord, triggerUid: string | undefined): boolean {
  if (!triggerUid || record.trigger?.id === triggerUid) return true;
  if (record.trigger) {
    deleteUserTrigger(triggerUid);
    return false;
  }
  record.trigger = { id: triggerUid, owner: Session.getEffectiveUser().getEmail() };
  return true;
}

/**
 * The hourly firing: every due job runs, each hour it is due once (its scheduled hour is marked
 * before it runs, so a failing job waits for its next hour rather than failing every hour), one
 * job's failure does not keep the others from running, and the trigger goes when nothing needs it.
 */
export function runScheduler(event?: { triggerUid?: string }): SchedulerRun {
  const context = actionContext();
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const record = readSchedulerRecord(properties);
  if (!claimFiring(record, event?.triggerUid)) return { ran: [], scheduler: false };
  const due = dueJobs(jobStates(context, properties, record), localHour(context));
  for (const { id, due: reason } of due) if (reason.kind === 'slot') record.slotsDone[id] = reason.slot;
  saveSchedulerRecord(record);
  const failures: unknown[] = [];
  for (const { id, due: reason } of due) {
    try {
      SCHEDULED_JOBS.find((job) => job.id === id)!.run(context, reason);
    } catch (error) {
      failures.push(error);
    }
  }
  updateScheduler(actionContext());
  // Apps Script lists the execution as failed, with the first job's exception.
  if (failures.length > 0) throw failures[0];
  return { ran: due.map(({ id }) => id), scheduler: true };
}

/** An earlier version's backup trigger fired: it goes, what is due runs, and the scheduler takes over. */
export function replaceOldTrigger(event?: { triggerUid?: string }): SchedulerRun {
  if (event?.triggerUid) deleteUserTrigger(event.triggerUid);
  return runScheduler();
}
