/**
 * The two sheets capture keeps beside the customers. The Capture log (hidden) is the ledger
 * that makes capture exactly-once: one row per submission captured, keyed by its submission
 * ID, with a fingerprint of its answers (the same answers again are a re-delivery; other
 * answers under the same ID are an edit), the consent given with its time and notice version,
 * and the values an update replaced. The Quarantine sheet (visible) holds what could not be
 * captured safely, with the reason and the submission as editable JSON to fix and re-run.
 */
import type { CellValue } from '../customerRecord';
import { CELL_CHARACTER_LIMIT } from './preparedSubmission';
import type { CaptureInput } from './captureInput';

export interface LedgerEntry {
  submissionId: string;
  customerId: string;
  fingerprint: string;
}

/** The ledger is hidden and read by Clientele only: one name and header whatever the language. */
export const CAPTURE_LOG_SHEET = 'Clientele captured';
export const CAPTURE_LOG_HEADERS = ['Captured at', 'Submission ID', 'Customer ID', 'Submitted at', 'Source', 'Consent', 'Consent notice version', 'Fingerprint', 'Replaced values'];

/** Columns of the Capture log, 0-based. */
export const LOG_COLUMNS = { capturedAt: 0, submissionId: 1, customerId: 2, submittedAt: 3, source: 4, consent: 5, noticeVersion: 6, fingerprint: 7, replaced: 8 } as const;
export const LOG_WIDTH = 9;

/** Columns of the Quarantine sheet, 0-based; the JSON continues to the right in 50,000-character pieces when longer. */
export const QUARANTINE_COLUMNS = { time: 0, source: 1, submissionId: 2, reason: 3, status: 4, values: 5 } as const;
export const QUARANTINE_WIDTH = 6;

/** The latest entry per submission ID (an edit appends a new one). */
export function readLedger(rows: readonly (readonly CellValue[])[]): Map<string, LedgerEntry> {
  const ledger = new Map<string, LedgerEntry>();
  for (const row of rows.slice(1)) {
    const submissionId = String(row[LOG_COLUMNS.submissionId] ?? '');
    if (submissionId === '') continue;
    ledger.set(submissionId, {
      submissionId,
      customerId: String(row[LOG_COLUMNS.customerId] ?? ''),
      fingerprint: String(row[LOG_COLUMNS.fingerprint] ?? ''),
    });
  }
  return ledger;
}

/** FNV-1a, twice with different seeds: a short stable fingerprint of a submission's answers. */
export function fingerprintOf(input: CaptureInput): string {
  const fields = Object.entries(input.fields)
    .filter(([, value]) => value !== undefined && value.trim() !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const text = JSON.stringify([fields, input.score ?? '', input.comment ?? '', input.consentNoticeVersion ?? '']);
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return hash(0x811c9dc5) + hash(0x01000193);
}

/** The submission as JSON, in cell-sized pieces. */
export function quarantineValues(input: CaptureInput): string[] {
  const json = JSON.stringify({ ...input, submittedAt: input.submittedAt.toISOString() });
  const pieces: string[] = [];
  for (let at = 0; at < json.length; at += CELL_CHARACTER_LIMIT) pieces.push(json.slice(at, at + CELL_CHARACTER_LIMIT));
  return pieces;
}

/**
 * The submissions still waiting in quarantine, by submission ID and JSON, to their sheet row: the
 * same submission delivered again (Forms does that) must not wait there twice.
 */
export function waitingQuarantineRows(rows: readonly (readonly CellValue[])[]): Map<string, number> {
  const waiting = new Map<string, number>();
  rows.forEach((row, index) => {
    if (index === 0 || String(row[QUARANTINE_COLUMNS.status] ?? '') !== '') return;
    const submissionId = String(row[QUARANTINE_COLUMNS.submissionId] ?? '');
    if (submissionId !== '') waiting.set(waitingKey(submissionId, row.slice(QUARANTINE_COLUMNS.values).map((cell) => String(cell ?? ''))), index + 1);
  });
  return waiting;
}

export function waitingKey(submissionId: string, values: readonly string[]): string {
  return `${submissionId}\u0000${values.join('')}`;
}

/** A quarantined submission read back (after the user may have corrected it): the input, or why it cannot be read. */
export function inputFromQuarantine(row: readonly CellValue[]): { ok: true; input: CaptureInput } | { ok: false; detail: string } {
  const json = row.slice(QUARANTINE_COLUMNS.values).map((cell) => (cell instanceof Date ? '' : String(cell))).join('');
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    const fields = parsed.fields;
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return { ok: false, detail: 'fields' };
    const textFields = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value === null || value === undefined ? '' : String(value)]));
    const submittedAt = new Date(String(parsed.submittedAt ?? ''));
    const optional = (key: string) => (parsed[key] === undefined || parsed[key] === null ? undefined : String(parsed[key]));
    return {
      ok: true,
      input: {
        submissionId: String(parsed.submissionId ?? row[QUARANTINE_COLUMNS.submissionId] ?? ''),
        submittedAt: Number.isNaN(submittedAt.getTime()) ? new Date(0) : submittedAt,
        source: String(parsed.source ?? row[QUARANTINE_COLUMNS.source] ?? ''),
        fields: textFields,
        ...(optional('score') !== undefined ? { score: optional('score') } : {}),
        ...(optional('comment') !== undefined ? { comment: optional('comment') } : {}),
        ...(optional('consentNoticeVersion') !== undefined ? { consentNoticeVersion: optional('consentNoticeVersion') } : {}),
      },
    };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message.slice(0, 120) : 'JSON' };
  }
}
