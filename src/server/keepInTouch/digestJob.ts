/**
 * The owner's daily digest as a job of the document's scheduler: at its hour (the spreadsheet's
 * time zone) the day's digest and the last backup's status are emailed to the address saved with
 * the setting, in the language of whoever saved it. One read of each sheet, one of the document's
 * properties and one email, whatever their size; nothing is sent when MailApp's daily quota is
 * used up or there is no customer sheet.
 */
import { messagesFor } from '../../core/i18n/messages';
import { backupLine } from '../../core/keepInTouch/ownerAlerts';
import type { ActionContext } from '../actionContext';
import { BackupStore } from '../backups/backupStore';
import type { ScheduledJob } from '../scheduler/scheduledJobs';
import { todayDigestReport } from './todayDigest';

/** Sends today's digest; false when it could not (no setting, no quota left, no customer sheet). */
export function mailDigest(context: ActionContext, now: Date): boolean {
  const alerts = context.settings.ownerAlerts;
  if (alerts?.digestHour === undefined) return false;
  if (MailApp.getRemainingDailyQuota() <= 0) return false;
  const text = messagesFor(alerts.language);
  const report = todayDigestReport({ ...context, language: alerts.language, text }, now);
  if ('error' in report) return false;
  const last = BackupStore.open().records()[0] ?? null;
  MailApp.sendEmail(alerts.to, report.subject, `${report.text}\n\n${backupLine(last, text)}`, { name: 'Clientele' });
  return true;
}

export const digestJob: ScheduledJob = {
  id: 'digest',
  schedule: (settings) => (settings.ownerAlerts?.digestHour === undefined ? null : { every: 'day', hour: settings.ownerAlerts.digestHour }),
  stepWaiting: () => false,
  run: (context) => void mailDigest(context, new Date()),
};
