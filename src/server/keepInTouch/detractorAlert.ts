/**
 * The form-submit path's heads-up: when a customer the contact gate lets through answers with a
 * detractor's score, the address in the owner's alert setting gets an email within the minute
 * the trigger runs. It reads the captured customer's header and row (two calls) and the
 * suppression list (one), and sends at most one email, whatever the sheet's size. It never stops
 * the capture: without the mail permission or the quota, no alert goes and the answer is kept.
 */
import type { CaptureInput, CaptureOutcome } from '../../core/capture/captureInput';
import type { CellValue } from '../../core/customerRecord';
import { resolveColumns } from '../../core/customerColumns';
import { messagesFor } from '../../core/i18n/messages';
import { detractorAlert } from '../../core/keepInTouch/ownerAlerts';
import type { ActionContext } from '../actionContext';
import { findCustomerSheet } from '../customerSheet';
import { readSuppressionList } from '../privacy/suppressionList';
import { permissionsGranted } from '../requiredScopes';

/** Whether an alert went out. */
export function alertOnDetractor(context: ActionContext, input: CaptureInput, outcome: CaptureOutcome | null): boolean {
  const alerts = context.settings.ownerAlerts;
  if (!alerts?.detractors || (outcome?.kind !== 'created' && outcome?.kind !== 'updated')) return false;
  if (input.score === undefined || !permissionsGranted('detractorAlert')) return false;
  const sheet = findCustomerSheet(context.spreadsheet, context.settings);
  if (!sheet) return false;
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
  const row = sheet.getRange(outcome.row, 1, 1, width).getValues()[0] as CellValue[];
  const suppression = readSuppressionList(context.spreadsheet);
  const policy = { suppressionSalt: suppression.salt, suppressionHashes: suppression.hashes, defaultCountry: context.settings.defaultCountry };
  const text = messagesFor(alerts.language);
  const mail = detractorAlert({ customerId: outcome.customerId, row, columns: resolveColumns(header, context.settings.columns), score: input.score, comment: input.comment }, policy, context.spreadsheet.getName(), text);
  if (!mail || MailApp.getRemainingDailyQuota() <= 0) return false;
  MailApp.sendEmail(alerts.to, mail.subject, mail.body, { name: 'Clientele' });
  return true;
}
