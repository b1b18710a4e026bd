/**
 * The audit record of one capture run (a form response, an import chunk, a quarantine re-run):
 * the customers created or updated, their rows and the fields that changed, with the count of
 * what was quarantined. Never the submitted values. Submissions of erased people are logged by
 * the privacy side (suppressionAudit.ts), without any ID.
 */
import type { CaptureInput, CaptureOutcome } from '../capture/captureInput';
import { IMPORT_SOURCE } from '../capture/importRows';
import { formatMessage } from '../i18n/formatMessage';
import { listSeparator, type Language } from '../i18n/languages';
import { messagesFor, type MessageKey } from '../i18n/messages';
import type { AuditRecord } from './auditRecords';

/** One record per kind of run in `inputs` (an import or a capture), its detail in the user's language; none when nothing happened. */
export function captureAudit(inputs: readonly CaptureInput[], outcomes: readonly CaptureOutcome[], rerun: boolean, language: Language): AuditRecord[] {
  const text = messagesFor(language);
  const byAction = new Map<string, CaptureOutcome[]>();
  outcomes.forEach((outcome, i) => {
    const action = inputs[i]?.source === IMPORT_SOURCE ? 'import' : 'capture';
    byAction.set(action, [...(byAction.get(action) ?? []), outcome]);
  });
  const records: AuditRecord[] = [];
  for (const [action, list] of byAction) {
    const written = list.filter((o): o is Extract<CaptureOutcome, { kind: 'created' | 'updated' }> => o.kind === 'created' || o.kind === 'updated');
    const count = (kind: string) => list.filter((o) => (o.kind as string) === kind).length;
    const counts: [MessageKey, number][] = [
      ['auditDetailCreated', count('created')],
      ['auditDetailUpdated', count('updated')],
      ['auditDetailQuarantined', count('quarantined')],
    ];
    const parts = counts.filter(([, n]) => n > 0).map(([key, n]) => formatMessage(text[key], { count: n }));
    if (parts.length === 0) continue;
    if (rerun) parts.push(text.auditDetailRerun);
    records.push({
      action,
      customerIds: written.map((o) => o.customerId),
      rows: written.map((o) => o.row),
      fields: [...new Set(written.flatMap((o) => o.changedFields))],
      cells: written.reduce((sum, o) => sum + o.changedFields.length, 0),
      detail: parts.join(listSeparator(language)),
    });
  }
  return records;
}
