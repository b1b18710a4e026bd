import type { CustomerField } from '../customerFields';

/**
 * The contract between what delivers submissions (the form-submit trigger, the import, a quarantine
 * re-run) and the capture pipeline (`captureSubmissions` in src/server/capture/capture.ts). Change it only by
 * adding optional members.
 */

/** One submission to capture, from a form response or an imported row; values exactly as received. */
export interface CaptureInput {
  /** Stable identity of the submission: the form response ID, or `import:<file or sheet>:<row>`. Same ID again = same submission (a re-delivery, or an edit of it). */
  submissionId: string;
  submittedAt: Date;
  /** 'form' | 'import' | 'quarantine-rerun' … shown as the Responses sheet's source */
  source: string;
  /** Answers by customer field (name, email, phone, source, consent, notes …), raw strings. */
  fields: Partial<Record<CustomerField, string>>;
  /** The recommend question's raw answer, its "why" comment. */
  score?: string;
  comment?: string;
  /** Consent answer and the version of the notice text the person saw. */
  consentNoticeVersion?: string;
  /** The customer this answers for: a "please check your details" link's Customer ID. That customer is updated, never a new row. */
  customerId?: string;
}

export type CaptureOutcome =
  | { kind: 'created' | 'updated'; customerId: string; row: number; changedFields: CustomerField[] }
  | { kind: 'duplicate-delivery'; customerId: string }
  | { kind: 'quarantined'; reason: string; quarantineRow: number }
  | { kind: 'ignored-blank' }
  /** The person was erased and is on the suppression list: nothing of the submission is kept. */
  | { kind: 'suppressed' };
