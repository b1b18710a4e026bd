import type { CaptureInput } from '../capture/captureInput';
import type { CustomerField } from '../customerFields';
import { normaliseHeader } from '../headerRoles';
import { templateTitles } from './formTemplate';
import { mapQuestions, type MappingTarget, type SavedMapping } from './questionMapping';

/** The Customer ID question's titles in the six languages: a "please check your details" link pre-fills it. */
const CUSTOMER_ID_TITLES = new Set(templateTitles('customerId').map(normaliseHeader));

/**
 * One Sheets form-submit event, as the trigger reads it: the "Form Responses" sheet's header
 * (Timestamp, then one title per question), the response's whole row as it now stands, and
 * the event's own `values`.
 *
 * Identity: Forms writes a response to one row of its responses sheet and writes an edit of
 * that response over the same row, so `form:<sheet id>:<row>` names a response across
 * re-deliveries and edits (the sheet id survives a rename; relinking a form makes a new sheet).
 * The row is read whole rather than taken from `values` because an edit's event carries only
 * the answers that changed. Sorting or deleting rows of a responses sheet breaks this, as it
 * breaks Forms' own link between responses and rows: the README says to leave that sheet alone.
 */
export interface FormSubmitEvent {
  responsesSheetId: number;
  row: number;
  header: readonly unknown[];
  /** The row's cells: a Date timestamp first, then answers (text, or numbers for a scale). */
  rowValues: readonly unknown[];
  /** `e.values`: every answer blank means a blank event, which is ignored. */
  eventValues: readonly string[];
}

export interface FormCaptureOptions {
  mapping: SavedMapping;
  noticeVersion?: string;
  /** When the row has no timestamp to read. */
  now: Date;
}

/** Forms delivers events whose answers are all blank; they carry nothing to capture. */
export function isBlankFormEvent(eventValues: readonly unknown[]): boolean {
  return eventValues.slice(1).every((value) => String(value ?? '').trim() === '');
}

export function submissionIdOf(responsesSheetId: number, row: number): string {
  return `form:${responsesSheetId}:${row}`;
}

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (value === null || value === undefined) return '';
  return String(value);
}

/** The submission to capture, or null for a blank event. Unmapped questions are left out. */
export function captureInputFromFormEvent(event: FormSubmitEvent, options: FormCaptureOptions): CaptureInput | null {
  if (isBlankFormEvent(event.eventValues)) return null;
  const titles = event.header.slice(1).map((title) => String(title ?? ''));
  const mapping = mapQuestions(titles, options.mapping);
  const answers = new Map<MappingTarget, string[]>();
  mapping.forEach(({ target }, index) => {
    const text = cellText(event.rowValues[index + 1]);
    if (target === null || text.trim() === '') return;
    answers.set(target, [...(answers.get(target) ?? []), text]);
  });

  const fields: Partial<Record<CustomerField, string>> = {};
  let score: string | undefined;
  let comment: string | undefined;
  for (const [target, texts] of answers) {
    const joined = texts.join('\n');
    if (target === 'score') score = texts[0];
    else if (target === 'comment') comment = joined;
    else fields[target] = joined;
  }
  const stamp = event.rowValues[0];
  const input: CaptureInput = {
    submissionId: submissionIdOf(event.responsesSheetId, event.row),
    submittedAt: stamp instanceof Date && !Number.isNaN(stamp.getTime()) ? stamp : options.now,
    source: 'form',
    fields,
  };
  if (score !== undefined) input.score = score;
  if (comment !== undefined) input.comment = comment;
  if (fields.consent !== undefined && options.noticeVersion) input.consentNoticeVersion = options.noticeVersion;
  const idColumn = titles.findIndex((title) => CUSTOMER_ID_TITLES.has(normaliseHeader(title)));
  const customerId = idColumn < 0 ? '' : cellText(event.rowValues[idColumn + 1]).trim();
  if (customerId !== '') input.customerId = customerId;
  return input;
}
