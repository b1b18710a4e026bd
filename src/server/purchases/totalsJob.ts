/**
 * Recalculate totals as a job of the document's hourly scheduler: it never repeats on its own;
 * when a recalculation was left half done (a step stops after 4 minutes), the scheduler runs
 * its next step, hour after hour, until it is done, and the sidebar's calls go on from the same place.
 */
import type { ScheduledJob } from '../scheduler/scheduledJobs';
import { recalculationWaitingIn, recalculateTotalsStep } from './recalculateTotals';

export const totalsJob: ScheduledJob = {
  id: 'totals',
  schedule: () => null,
  stepWaiting: (properties) => recalculationWaitingIn(properties),
  run: (context) => void recalculateTotalsStep(context, undefined, true),
};
