/**
 * The owner's alert setting, saved from the sidebar: the digest's hour and the detractor alert,
 * with the address and language they go in. (Apart from the digest job, which the scheduler's
 * job list imports: the scheduler is needed here.)
 */
import { OwnerAlertsSchema, type OwnerAlerts } from '../../core/keepInTouch/ownerAlerts';
import type { ActionContext } from '../actionContext';
import type { TriggerInstall } from '../documentTriggers';
import { updateScheduler } from '../scheduler/scheduler';

export interface OwnerAlertsForm {
  /** The digest's hour, or null for no digest. */
  digestHour: number | null;
  detractors: boolean;
  /** Where they go; blank: the address of the user saving them. */
  to?: string;
}

/**
 * Saves the digest's hour and the detractor alert, to the address given or the user's own, in
 * the user's language; installs or removes the scheduler to match. Neither chosen: the setting
 * goes. Throws on an hour outside 0–23 or an address that is not one.
 */
export function saveOwnerAlerts(context: ActionContext, form: OwnerAlertsForm): { alerts: OwnerAlerts | null; scheduler: TriggerInstall } {
  const settings = { ...context.settings };
  const wanted = form.digestHour !== null || form.detractors;
  if (wanted) {
    const to = form.to?.trim() || Session.getEffectiveUser().getEmail();
    settings.ownerAlerts = OwnerAlertsSchema.parse({ to, language: context.language, detractors: form.detractors, ...(form.digestHour === null ? {} : { digestHour: form.digestHour }) });
  } else delete settings.ownerAlerts;
  context.store.saveSettings(settings);
  return { alerts: settings.ownerAlerts ?? null, scheduler: updateScheduler({ ...context, settings }, 'digest') };
}
