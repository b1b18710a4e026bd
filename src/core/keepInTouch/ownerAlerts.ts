/**
 * What the owner is told without asking: the daily digest at an hour they chose, and an alert
 * when a detractor answers the form. Both go to one address (the owner's own, or one they chose)
 * in the language of whoever set them up, stored with the setting: a trigger runs with no one at
 * the keyboard, so "the user's language" would be nobody's.
 */
import * as z from 'zod/mini';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import { isValidEmail } from '../cleaning/email';
import { formatMessage } from '../i18n/formatMessage';
import { LANGUAGES } from '../i18n/languages';
import type { Messages } from '../i18n/messages';
import { classifyScore } from '../nps/npsScore';
import { mayContact, type ContactPolicy } from './contactGate';
import { candidateOfRow } from './todayDigest';

export const OwnerAlertsSchema = z.object({
  /** Where both go. */
  to: z.string().check(z.maxLength(254), z.refine(isValidEmail)),
  language: z.enum(LANGUAGES),
  /** The digest's hour in the spreadsheet's time zone; absent: no digest. */
  digestHour: z.optional(z.number().check(z.int(), z.gte(0), z.lte(23))),
  /** An email as soon as a detractor (0–6) answers the form. */
  detractors: z.optional(z.boolean()),
});

export type OwnerAlerts = z.infer<typeof OwnerAlertsSchema>;

export interface DetractorAnswer {
  /** Whom the capture created or updated: a row that no longer holds them (moved by a merge meanwhile) sends nothing. */
  customerId: string;
  /** The customer's row as the sheet holds it after the capture, and the sheet's columns. */
  row: readonly CellValue[];
  columns: RecognisedColumns;
  score: string | undefined;
  comment: string | undefined;
}

/**
 * The alert for a form answer, or null when there is none to send: not a detractor's score, or
 * a customer the contact gate keeps out of every list (the digest would not list them either).
 */
export function detractorAlert(answer: DetractorAnswer, policy: ContactPolicy, spreadsheetName: string, text: Messages): { subject: string; body: string } | null {
  const score = classifyScore(answer.score ?? '');
  if (score.kind !== 'valid' || score.bucket !== 'detractor') return null;
  const customer = candidateOfRow(answer.row, answer.columns);
  if (!customer || customer.id !== answer.customerId || mayContact(customer, policy) !== null) return null;
  const values = { name: customer.name || customer.id, id: customer.id, score: score.score, comment: (answer.comment ?? '').trim() || '—', spreadsheet: spreadsheetName };
  return { subject: formatMessage(text.kitAlertSubject, values), body: formatMessage(text.kitAlertBody, values) };
}

/** The digest's last line: the newest backup's day and status, or that there is none. */
export function backupLine(last: { day: string; status: 'good' | 'failed' | 'unverified' | 'running' } | null, text: Messages): string {
  if (!last) return text.kitDigestNoBackup;
  const status = { good: text.backupStatusGood, failed: text.backupStatusFailed, unverified: text.backupStatusUnverified, running: text.backupStatusRunning }[last.status];
  return formatMessage(text.kitDigestBackup, { date: last.day, status });
}
