/**
 * The capture of many submissions as one plan: the customer table after every upsert, the
 * Responses rows to write by response ID, the Capture log rows and the Quarantine rows.
 * Submissions are taken in order on a working copy, so a later one in the same call sees
 * the customer an earlier one created.
 *
 * Upsert rules (documented in the README): a blank answer never changes anything; an empty
 * cell is filled; a different name is another spelling, kept in Other contacts; any other
 * different value replaces the old one, which is kept in Other contacts
 * ("Header: old value", as a merge keeps them) and in the Capture log; the Source a customer
 * came from is kept (the first channel counts for NPS by channel); a comment without a score
 * is added to Notes; a consent answer always replaces the last (so a later "no" withdraws
 * it); Updated is stamped when anything changed. A field the sheet has no column for gets
 * one at the end, so no answer is dropped.
 */
import type { CellValue } from '../customerRecord';
import { CUSTOMER_FIELDS, type CustomerField } from '../customerFields';
import { customerIdNumber, formatCustomerId, isBlankCell } from '../customerIds';
import type { ReadingContext } from '../dedupe/fieldValues';
import { DEFAULT_HEADERS, type RecognisedColumns } from '../headerRoles';
import { formatMessage } from '../i18n/formatMessage';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/messages';
import { RESPONSE_FIELDS, type ResponseColumns, type ResponseField } from '../responses/responseColumns';
import type { CaptureInput, CaptureOutcome } from './captureInput';
import { fingerprintOf, LOG_COLUMNS, LOG_WIDTH, type LedgerEntry } from './captureRecords';
import { detailsAnswerTarget } from './detailsCheck';
import { CustomerIndex, sameContact } from './customerMatch';
import { prepareSubmission, type CaptureCleaning, type Preparation, type PreparedSubmission } from './preparedSubmission';

const OTHER_CONTACTS_SEPARATOR = '; ';
/** Kept as first given: where the customer came from. */
const KEPT_FIELDS: ReadonlySet<CustomerField> = new Set(['source']);
/**
 * A matched customer's name is not replaced: the match says it is the same person, so another
 * name is another spelling (Ivan Petrov, Иван Петров); it is kept in Other contacts beside it.
 */
const NAME_FIELDS: ReadonlySet<CustomerField> = new Set(['name', 'firstName', 'lastName']);

export interface CaptureRequest {
  /** The customer sheet's values, header first. */
  customers: readonly (readonly CellValue[])[];
  columns: RecognisedColumns;
  ledger: ReadonlyMap<string, LedgerEntry>;
  /** The Responses sheet's values, header first (empty when there is no sheet yet). */
  responses: readonly (readonly CellValue[])[];
  responseColumns: ResponseColumns;
  inputs: readonly CaptureInput[];
  cleaning: CaptureCleaning;
  reading: ReadingContext;
  now: Date;
  /** The highest customer number ever issued (document property). */
  lastIdNumber: number;
  language: Language;
  text: Messages;
  /**
   * Is this a person who was erased (the suppression list, src/core/privacy/suppression.ts)? Their
   * submission is dropped: nothing of it is created, updated, logged or quarantined.
   */
  isSuppressed?: (contacts: { emails: string[]; phones: string[] }) => boolean;
}

export interface QuarantineEntry {
  input: CaptureInput;
  reason: string;
  /** Set when the submission was captured all the same (a value cut to fit): the row is born done. */
  customerId?: string;
}

export type PlannedOutcome = CaptureOutcome | { kind: 'quarantined'; reason: string; quarantineIndex: number };

export interface CapturePlan {
  /** The customer table after the capture, header first (may be wider: added columns); read only its changed rows. */
  customers: CellValue[][];
  /** 0-based indexes of the rows that changed (0 = header). */
  changedRows: number[];
  responses: CellValue[][];
  changedResponseRows: number[];
  logRows: CellValue[][];
  quarantine: QuarantineEntry[];
  outcomes: PlannedOutcome[];
  lastIdNumber: number;
}

function blank(value: CellValue | undefined): boolean {
  return value === undefined || isBlankCell(value);
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function display(value: CellValue): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** The contacts a submission gives, as answered and as cleaned: either one on the suppression list drops it. */
function submissionContacts(input: CaptureInput, prepared: Preparation): { emails: string[]; phones: string[] } {
  const given = (values: (CellValue | undefined)[]) => values.filter((value) => value !== undefined && !blank(value)).map(String);
  const cleaned = prepared.kind === 'ready' ? prepared.submission.values : {};
  return { emails: given([input.fields.email, cleaned.email]), phones: given([input.fields.phone, cleaned.phone]) };
}

class CapturePlanner {
  private readonly customers: CellValue[][];
  private readonly roles: Partial<Record<CustomerField, number>>;
  private readonly index: CustomerIndex;
  private rowsById: Map<string, number> | null = null;
  private readonly changed = new Set<number>();
  private readonly responses: CellValue[][];
  private responseRows: Map<string, number> | null = null;
  private readonly changedResponses = new Set<number>();
  private readonly ledger: Map<string, LedgerEntry>;
  private nextNumber: number;
  readonly logRows: CellValue[][] = [];
  readonly quarantine: QuarantineEntry[] = [];

  constructor(private readonly request: CaptureRequest) {
    // Rows are copied when changed, not before: a call on 50,000 customers copies the few it changes.
    this.customers = request.customers.slice() as CellValue[][];
    if (this.customers.length === 0) this.customers.push([]);
    this.roles = { ...request.columns.roles };
    this.ledger = new Map(request.ledger);
    const idColumn = this.roles.id;
    let highest = request.lastIdNumber;
    if (idColumn !== undefined) {
      for (let r = 1; r < this.customers.length; r++) highest = Math.max(highest, customerIdNumber(this.customers[r]![idColumn]) ?? 0);
    }
    this.nextNumber = highest + 1;
    this.index = new CustomerIndex(this.customers, { roles: this.roles, extras: request.columns.extras }, request.reading);
    this.responses = request.responses.slice() as CellValue[][];
  }

  /** Prepares every submission once and indexes the customers that share a key with any of them. */
  prepareAll(inputs: readonly CaptureInput[]): Preparation[] {
    const prepared = inputs.map((input) => prepareSubmission(input, this.request.cleaning));
    const wanted = new Set<string>();
    for (const preparation of prepared) {
      if (preparation.kind === 'ready') for (const key of this.index.keysOfRow(this.rowLike(preparation.submission))) wanted.add(key);
    }
    this.index.indexRowsWith(wanted);
    return prepared;
  }

  private rowOfId(id: string): number | undefined {
    if (!this.rowsById) {
      this.rowsById = new Map();
      const idColumn = this.roles.id;
      if (idColumn !== undefined) {
        this.customers.forEach((row, r) => {
          const rowId = r === 0 ? '' : String(row[idColumn] ?? '').trim();
          if (rowId !== '' && !this.rowsById!.has(rowId)) this.rowsById!.set(rowId, r);
        });
      }
    }
    return this.rowsById.get(id);
  }

  private responseRowOf(responseId: string): number | undefined {
    if (!this.responseRows) {
      this.responseRows = new Map();
      const column = this.request.responseColumns.responseId;
      if (column !== undefined) {
        this.responses.forEach((row, r) => {
          const id = r === 0 ? '' : String(row[column] ?? '');
          if (id !== '') this.responseRows!.set(id, r);
        });
      }
    }
    return this.responseRows.get(responseId);
  }

  capture(input: CaptureInput, prepared: Preparation): PlannedOutcome {
    const fingerprint = fingerprintOf(input);
    const known = this.ledger.get(input.submissionId);
    if (known && known.fingerprint === fingerprint) return { kind: 'duplicate-delivery', customerId: known.customerId };
    if (prepared.kind === 'blank') return { kind: 'ignored-blank' };
    if (this.request.isSuppressed?.(submissionContacts(input, prepared))) return { kind: 'suppressed' };
    if (prepared.kind === 'invalid') {
      const column = prepared.field === 'score' ? this.request.text.captureScoreField : DEFAULT_HEADERS[this.request.language][prepared.field];
      const problem = formatMessage(this.request.text[prepared.reason], { value: prepared.value.slice(0, 200) });
      return this.toQuarantine(input, formatMessage(this.request.text.captureReasonInvalid, { column, problem }));
    }
    const submission = prepared.submission;
    // An edit of a captured submission belongs to the customer it was captured for, whatever it now says.
    let editedRow = known ? this.rowOfId(known.customerId) : undefined;
    if (editedRow === undefined && input.customerId !== undefined) {
      const target = detailsAnswerTarget(input.customerId, this.rowOfId(input.customerId), this.index.match(this.rowLike(submission)), (r) => this.idOf(r), this.request.text);
      if (target.kind === 'refused') return this.toQuarantine(input, target.reason);
      editedRow = target.row;
    }
    let row: number;
    let kind: 'created' | 'updated';
    let changedFields: CustomerField[];
    let replaced: Record<string, string> = {};
    if (editedRow !== undefined) {
      ({ changedFields, replaced } = this.update(editedRow, submission));
      row = editedRow;
      kind = 'updated';
    } else {
      const match = this.index.match(this.rowLike(submission));
      if (match.kind === 'uncertain') {
        const ids = match.rows.map((r) => this.idOf(r) || `#${r + 1}`).join(', ');
        return this.toQuarantine(input, formatMessage(this.request.text.captureReasonUncertain, { ids }));
      }
      if (match.kind === 'match') {
        ({ changedFields, replaced } = this.update(match.row, submission));
        row = match.row;
        kind = 'updated';
      } else {
        ({ row, changedFields } = this.create(submission));
        kind = 'created';
      }
    }
    const customerId = this.idOf(row);
    this.index.add(row);
    this.writeResponse(input, submission, customerId);
    this.log(input, customerId, fingerprint, submission, replaced);
    for (const { field } of submission.cut) {
      const column = field === 'comment' ? this.request.text.captureCommentField : DEFAULT_HEADERS[this.request.language][field];
      this.quarantine.push({ input, reason: formatMessage(this.request.text.captureReasonCut, { column }), customerId });
    }
    return { kind, customerId, row: row + 1, changedFields };
  }

  private toQuarantine(input: CaptureInput, reason: string): PlannedOutcome {
    this.quarantine.push({ input, reason });
    return { kind: 'quarantined', reason, quarantineIndex: this.quarantine.length - 1 };
  }

  private idOf(row: number): string {
    return String(this.customers[row]![this.column('id')] ?? '');
  }

  /** The column of a field, added at the end of the header when the sheet has none. */
  private column(field: CustomerField): number {
    const existing = this.roles[field];
    if (existing !== undefined) return existing;
    const header = this.writable(0);
    let column = header.length;
    for (const row of this.customers) column = Math.max(column, row.length);
    header[column] = DEFAULT_HEADERS[this.request.language][field];
    this.roles[field] = column;
    return column;
  }

  /** The submission laid out as a sheet row, for matching. */
  private rowLike(submission: PreparedSubmission): CellValue[] {
    const row: CellValue[] = [];
    for (const [field, value] of Object.entries(submission.values) as [CustomerField, CellValue][]) {
      const column = this.roles[field];
      if (column !== undefined) row[column] = value;
    }
    return Array.from({ length: row.length }, (_, c) => row[c] ?? '');
  }

  /** The row to change: copied on its first change. */
  private writable(row: number): CellValue[] {
    if (!this.changed.has(row)) {
      this.customers[row] = [...(this.customers[row] ?? [])];
      this.changed.add(row);
    }
    return this.customers[row]!;
  }

  private set(row: number, field: CustomerField, value: CellValue): void {
    const column = this.column(field);
    const cells = this.writable(row);
    while (cells.length < column) cells.push('');
    cells[column] = value;
  }

  private create(submission: PreparedSubmission): { row: number; changedFields: CustomerField[] } {
    const row = this.customers.length;
    this.customers.push([]);
    const id = formatCustomerId(this.nextNumber++);
    this.set(row, 'id', id);
    this.rowOfId(id);
    this.rowsById!.set(id, row);
    const fields = this.answers(submission);
    for (const [field, value] of fields) this.set(row, field, value);
    this.set(row, 'created', this.request.now);
    this.set(row, 'updated', this.request.now);
    return { row, changedFields: fields.map(([field]) => field) };
  }

  /** The values a submission gives, by field: its answers, its score as NPS, a comment without a score as a note. */
  private answers(submission: PreparedSubmission): [CustomerField, CellValue][] {
    const answers = (Object.entries(submission.values) as [CustomerField, CellValue][]).filter(([, value]) => !blank(value));
    if (submission.score !== null) answers.push(['nps', submission.score]);
    else if (submission.comment !== '') answers.push(['notes', submission.comment]);
    return answers.sort(([a], [b]) => CUSTOMER_FIELDS.indexOf(a) - CUSTOMER_FIELDS.indexOf(b));
  }

  private update(row: number, submission: PreparedSubmission): { changedFields: CustomerField[]; replaced: Record<string, string> } {
    const cells = this.customers[row]!;
    const changedFields: CustomerField[] = [];
    const replaced: Record<string, string> = {};
    const kept: string[] = [];
    const headers = this.customers[0]!;
    for (const [field, value] of this.answers(submission)) {
      const column = this.roles[field];
      const old = column === undefined ? undefined : cells[column];
      if (old !== undefined && !blank(old)) {
        if (sameValue(old, value) || ((field === 'email' || field === 'phone') && sameContact(field, old, value))) continue;
        if (KEPT_FIELDS.has(field)) continue;
        if (field === 'notes') {
          if (display(old).includes(display(value))) continue;
          this.set(row, field, `${display(old)}\n${display(value)}`);
          changedFields.push(field);
          continue;
        }
        if (NAME_FIELDS.has(field)) {
          const header = display(headers[column!] ?? DEFAULT_HEADERS[this.request.language][field]);
          kept.push(`${header}: ${display(value)}`);
          continue;
        }
        if (field !== 'nps' && field !== 'consent') {
          const header = display(headers[column!] ?? DEFAULT_HEADERS[this.request.language][field]);
          kept.push(`${header}: ${display(old)}`);
          replaced[header] = display(old);
        }
      }
      this.set(row, field, value);
      changedFields.push(field);
    }
    if (kept.length > 0) {
      const column = this.column('otherContacts');
      const before = blank(cells[column]) ? [] : display(cells[column]!).split(OTHER_CONTACTS_SEPARATOR);
      const entries = [...before, ...kept.filter((entry) => !before.includes(entry))];
      this.set(row, 'otherContacts', entries.join(OTHER_CONTACTS_SEPARATOR));
    }
    if (changedFields.length > 0) this.set(row, 'updated', this.request.now);
    return { changedFields, replaced };
  }

  /** One Responses row per response ID: a re-delivered or edited response replaces its row. */
  private writeResponse(input: CaptureInput, submission: PreparedSubmission, customerId: string): void {
    if (submission.score === null) return;
    const columns = this.request.responseColumns;
    if (this.responses.length === 0) this.responses.push([]);
    const values: Record<ResponseField, CellValue> = {
      date: input.submittedAt,
      customerId,
      score: submission.score,
      comment: submission.comment,
      source: input.source,
      responseId: input.submissionId,
    };
    const row = this.responseRowOf(input.submissionId) ?? this.responses.length;
    if (row === this.responses.length) this.responses.push([]);
    this.responseRows!.set(input.submissionId, row);
    if (!this.changedResponses.has(row)) this.responses[row] = [...(this.responses[row] ?? [])];
    const cells = this.responses[row]!;
    for (const field of RESPONSE_FIELDS) {
      const column = columns[field];
      if (column === undefined) continue;
      while (cells.length < column) cells.push('');
      cells[column] = values[field];
    }
    this.changedResponses.add(row);
  }

  private log(input: CaptureInput, customerId: string, fingerprint: string, submission: PreparedSubmission, replaced: Record<string, string>): void {
    const row: CellValue[] = new Array<CellValue>(LOG_WIDTH).fill('');
    row[LOG_COLUMNS.capturedAt] = this.request.now;
    row[LOG_COLUMNS.submissionId] = input.submissionId;
    row[LOG_COLUMNS.customerId] = customerId;
    row[LOG_COLUMNS.submittedAt] = input.submittedAt;
    row[LOG_COLUMNS.source] = input.source;
    const consent = submission.values.consent;
    row[LOG_COLUMNS.consent] = consent === undefined ? '' : consent === true ? 'yes' : 'no';
    row[LOG_COLUMNS.noticeVersion] = consent === undefined ? '' : input.consentNoticeVersion ?? '';
    row[LOG_COLUMNS.fingerprint] = fingerprint;
    row[LOG_COLUMNS.replaced] = Object.keys(replaced).length === 0 ? '' : JSON.stringify(replaced).slice(0, 50_000);
    this.logRows.push(row);
    this.ledger.set(input.submissionId, { submissionId: input.submissionId, customerId, fingerprint });
  }

  result(outcomes: PlannedOutcome[]): CapturePlan {
    // Only changed rows are read from the plan: those are filled out to the header's width.
    const width = this.customers[0]!.length;
    for (const row of this.changed) this.customers[row] = Array.from({ length: Math.max(width, this.customers[row]!.length) }, (_, c) => this.customers[row]![c] ?? '');
    const responses = this.responses;
    return {
      customers: this.customers,
      changedRows: [...this.changed].sort((a, b) => a - b),
      responses,
      changedResponseRows: [...this.changedResponses].sort((a, b) => a - b),
      logRows: this.logRows,
      quarantine: this.quarantine,
      outcomes,
      lastIdNumber: this.nextNumber - 1,
    };
  }
}

export function planCapture(request: CaptureRequest): CapturePlan {
  const planner = new CapturePlanner(request);
  const prepared = planner.prepareAll(request.inputs);
  const outcomes = request.inputs.map((input, i) => planner.capture(input, prepared[i]!));
  return planner.result(outcomes);
}
