/**
 * The audit lines of Clientele's capture pipeline (forms, imports, quarantine re-runs): one
 * appendAudit per run, called at the end of captureSubmissions.
 */
import { captureAudit } from '../../core/audit/captureAudit';
import type { CaptureInput, CaptureOutcome } from '../../core/capture/captureInput';
import type { ActionContext } from '../actionContext';
import { appendAudit } from './auditLog';

export function auditCaptured(context: ActionContext, inputs: readonly CaptureInput[], outcomes: readonly CaptureOutcome[], rerun: boolean): void {
  appendAudit(context.spreadsheet, captureAudit(inputs, outcomes, rerun, context.language));
}
