/**
 * A submission of an erased person, dropped by capture or import, leaves one line in the Audit
 * log: how many, and nothing about who (the person asked to be forgotten).
 */
import type { CaptureOutcome } from '../core/capture/captureInput';
import type { ActionContext } from './actionContext';
import { appendAudit } from './auditLog';

export function logSuppressed(context: ActionContext, outcomes: readonly CaptureOutcome[]): void {
  const suppressed = outcomes.filter((outcome) => outcome.kind === 'suppressed').length;
  if (suppressed === 0) return;
  appendAudit(context.spreadsheet, [{ action: 'capture', customerIds: [], cells: 0, detail: `suppressed submission × ${suppressed}` }]);
}
