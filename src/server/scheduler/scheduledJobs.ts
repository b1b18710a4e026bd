/**
 * The jobs the document's one hourly scheduler runs. Each says, from the settings and the
 * document's properties (read once per firing), when it repeats and whether a step of it is
 * waiting; core (core/scheduler/dueJobs.ts) decides what is due; `run` does one execution's
 * worth of it. A later job (the daily digest) is one more entry here and one more JobId.
 */
import type { Due, RepeatSchedule } from '../../core/scheduler/dueJobs';
import type { Settings } from '../../core/settings';
import type { ActionContext } from '../actionContext';
import { backupJob } from '../backups/backupSchedule';
import { totalsJob } from '../purchases/totalsJob';

export type JobId = 'backup' | 'totals';

export interface ScheduledJob {
  readonly id: JobId;
  /** When it repeats, in the spreadsheet's time zone; null when it does not. */
  schedule(settings: Settings): RepeatSchedule | null;
  /** Whether it is half done, its next step waiting for the scheduler. */
  stepWaiting(properties: Readonly<Record<string, string>>): boolean;
  /** One execution's worth of the job: its waiting step, or the start of its scheduled run. */
  run(context: ActionContext, due: Due): void;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [backupJob, totalsJob];
