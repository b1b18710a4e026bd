/**
 * What the scheduler keeps in the document's properties (one JSON property): which clock trigger
 * is this document's scheduler, by its unique id and owner (a clock trigger names no document:
 * getTriggerSourceId() is null for it, and getProjectTriggers() lists the user's triggers of
 * every document an add-on is installed in), and the latest scheduled hour each job has run.
 */
import type { JobId } from './scheduledJobs';

const PROPERTY = 'clientele.scheduler';

export interface SchedulerRecord {
  trigger: { id: string; owner: string } | null;
  /** Job -> the latest scheduled hour run, or passed when its schedule was saved ('yyyy-MM-dd HH'). */
  slotsDone: Partial<Record<JobId, string>>;
}

/** From a getProperties() snapshot; anything unreadable counts as nothing stored. */
export function readSchedulerRecord(properties: Readonly<Record<string, string>>): SchedulerRecord {
  try {
    const parsed = JSON.parse(properties[PROPERTY] ?? '{}') as Partial<SchedulerRecord>;
    const trigger = parsed.trigger && typeof parsed.trigger.id === 'string' && typeof parsed.trigger.owner === 'string' ? parsed.trigger : null;
    return { trigger, slotsDone: parsed.slotsDone && typeof parsed.slotsDone === 'object' ? parsed.slotsDone : {} };
  } catch {
    return { trigger: null, slotsDone: {} };
  }
}

export function saveSchedulerRecord(record: SchedulerRecord): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(record));
}
