/**
 * Submissions of an erased person, dropped by capture or import, leave one line in the Audit
 * log per kind of run: how many, and nothing about who (the person asked to be forgotten).
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import type { CaptureInput, CaptureOutcome } from '../../core/capture/captureInput';
import { IMPORT_SOURCE } from '../../core/capture/importRows';
import type { ActionContext } from '../actionContext';
import { appendAudit, type AuditEntry } from '../audit/auditLog';

export function logSuppressed(context: ActionContext, inputs: readonly CaptureInput[], outcomes: readonly CaptureOutcome[]): void {
  const suppressed = new Map<string, number>();
  outcomes.forEach((outcome, i) => {
    if (outcome.kind !== 'suppressed') return;
    const action = inputs[i]?.source === IMPORT_SOURCE ? 'import' : 'capture';
    suppressed.set(action, (suppressed.get(action) ?? 0) + 1);
  });
  if (suppressed.size === 0) return;
  const entries: AuditEntry[] = [...suppressed].map(([action, count]) => ({ action, customerIds: [], cells: 0, detail: formatMessage(context.text.auditDetailSuppressed, { count }) }));
  appendAudit(context.spreadsheet, entries);
}
