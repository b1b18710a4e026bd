/**
 * What Google Forms does when someone submits (or edits) a response to a form whose
 * destination is a spreadsheet: the response is stored with the form, written to the
 * destination's "Form Responses N" sheet (Timestamp, then one column per question), and
 * the spreadsheet's installable onFormSubmit triggers run with Sheets' form-submit event:
 * `values` (strings in column order, the timestamp first), `namedValues` (column title ->
 * [string], Timestamp included), `range` (the response's row), `triggerUid`, authMode FULL.
 *
 * Known Forms behaviours are reproducible on purpose: the same event delivered twice
 * (`redeliverLastEvent`), a blank event (`fireBlankEvent`), and an edit, which Forms writes
 * over the same row and announces with an event whose `values` hold only the answers that
 * changed (the others blank).
 */
import type { LocalHost } from './localHost';
import { isBlankAnswer, prefilledEntryId, type AnswerValue, type FormRecord, type ResponseRecord } from './services/forms';
import { formatJavaDate } from './services/javaDateFormat';

export const FORM_RESPONSES_SHEET = 'Form Responses';
const TIMESTAMP_TITLE = 'Timestamp';

/** Answers by question title (or item id). A checkbox item takes the ticked choices. */
export type SubmittedAnswers = Record<string, AnswerValue>;

export interface SubmissionResult {
  responseId: string;
  /** The row of the "Form Responses" sheet, or null when the form has no destination. */
  row: number | null;
  /** What each onFormSubmit trigger's handler returned, in trigger order. */
  handlerResults: unknown[];
}

interface FormEvent {
  values: string[];
  namedValues: Record<string, string[]>;
  row: number;
}

/** Makes the "Form Responses N" sheet Forms adds when a form is linked; the first free N, as the first sheet. */
export function linkFormResponses(host: LocalHost, spreadsheetId: string, questionTitles: string[]): number {
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId);
  if (!spreadsheet) throw new Error(`No spreadsheet ${spreadsheetId}`);
  let n = 1;
  while (spreadsheet.sheetNamed(`${FORM_RESPONSES_SHEET} ${n}`)) n += 1;
  const sheet = spreadsheet.addSheet(`${FORM_RESPONSES_SHEET} ${n}`, 0);
  const header = [TIMESTAMP_TITLE, ...questionTitles];
  if (header.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  sheet.getRange(1, 1, 1, header.length).setValues([header.map(literal)]);
  return sheet.getSheetId();
}

/** Someone fills in the form and presses Submit. */
export function submitFormResponse(host: LocalHost, formId: string, answers: SubmittedAnswers, respondentEmail = ''): SubmissionResult {
  const form = requireForm(host, formId);
  refuseClosedForm(form);
  const response: ResponseRecord = {
    id: host.ctx.newId('response-'),
    timestamp: host.ctx.now().getTime(),
    respondentEmail,
    answers: answersByItem(form, answers),
    destinationRow: null,
  };
  (form.responses ??= []).push(response);
  const event = writeToDestination(host, form, response, null);
  return { responseId: response.id, row: response.destinationRow, handlerResults: event ? fireFormSubmit(host, form, event) : [] };
}

/**
 * Someone opens a pre-filled link (FormResponse.toPrefilledUrl), changes what `changes` says (by
 * question title) and presses Submit: the answers are the link's, then the changes.
 */
export function submitPrefilledUrl(host: LocalHost, url: string, changes: SubmittedAnswers = {}, respondentEmail = ''): SubmissionResult {
  const parsed = new URL(url);
  const publishedId = /^\/forms\/d\/e\/([^/]+)\/viewform$/.exec(parsed.pathname)?.[1];
  const form = host.formApp.listForms().find((f) => f.publishedId === publishedId);
  if (!form || parsed.searchParams.get('usp') !== 'pp_url') throw new Error(`Not a pre-filled link of a form here: ${url}`);
  const answers: SubmittedAnswers = {};
  for (const [key, value] of parsed.searchParams) {
    const item = form.items.find((i) => `entry.${prefilledEntryId(i.id)}` === key);
    if (item) answers[item.title] = value;
  }
  return submitFormResponse(host, form.id, { ...answers, ...changes }, respondentEmail);
}

/** The respondent edits their response: Forms keeps its ID, rewrites its row and fires again with only the changed answers. */
export function editFormResponse(host: LocalHost, formId: string, responseId: string, changes: SubmittedAnswers): SubmissionResult {
  const form = requireForm(host, formId);
  refuseClosedForm(form);
  const response = (form.responses ?? []).find((r) => r.id === responseId);
  if (!response) throw new Error(`No response with ID ${responseId} exists for this form.`);
  const changed = answersByItem(form, changes);
  const before = new Map(response.answers.map((a) => [a.itemId, a.value]));
  for (const answer of changed) before.set(answer.itemId, answer.value);
  response.answers = [...before.entries()].map(([itemId, value]) => ({ itemId, value }));
  response.timestamp = host.ctx.now().getTime();
  const event = writeToDestination(host, form, response, new Set(changed.map((a) => a.itemId)));
  return { responseId, row: response.destinationRow, handlerResults: event ? fireFormSubmit(host, form, event) : [] };
}

/** Forms sometimes delivers one response's event twice: the same values, the same row. */
export function redeliverFormResponse(host: LocalHost, formId: string, responseId: string): unknown[] {
  const form = requireForm(host, formId);
  const response = (form.responses ?? []).find((r) => r.id === responseId);
  if (!response || response.destinationRow === null) throw new Error(`No response ${responseId} in a destination sheet.`);
  return fireFormSubmit(host, form, eventOf(host, form, response, null));
}

/** Forms sometimes fires an event with every answer blank (on the last row of the responses sheet). */
export function fireBlankFormSubmit(host: LocalHost, formId: string): unknown[] {
  const form = requireForm(host, formId);
  const sheet = destinationSheet(host, form);
  if (!sheet) throw new Error('The form has no destination spreadsheet.');
  const titles = form.items.map((i) => i.title);
  const row = Math.max(2, sheet.getLastRow());
  return fireFormSubmit(host, form, {
    values: ['', ...titles.map(() => '')],
    namedValues: Object.fromEntries([TIMESTAMP_TITLE, ...titles].map((t) => [t, ['']])),
    row,
  });
}

/**
 * What a respondent sees instead of the form: an unpublished form takes no responses ("You must
 * publish the forms before they can accept responses", developers.google.com/workspace/forms/api/
 * guides/api-changes-to-google-forms), a closed one says so (Forms' own page).
 */
export const FORM_NOT_PUBLISHED = 'This form is not published, so it cannot take responses. Its owner must publish it first.';
export const FORM_NOT_ACCEPTING = 'This form is no longer accepting responses.';

function refuseClosedForm(form: FormRecord): void {
  if (form.published === false) throw new Error(FORM_NOT_PUBLISHED);
  if (!form.acceptingResponses) throw new Error(FORM_NOT_ACCEPTING);
}

function requireForm(host: LocalHost, formId: string): FormRecord {
  const form = host.formApp.formRecord(formId);
  if (!form) throw new Error(`No form ${formId}`);
  return form;
}

function answersByItem(form: FormRecord, answers: SubmittedAnswers): { itemId: number; value: AnswerValue }[] {
  return Object.entries(answers).map(([key, value]) => {
    const item = form.items.find((i) => i.title === key || String(i.id) === key);
    if (!item) throw new Error(`The form has no question “${key}”.`);
    return { itemId: item.id, value: Array.isArray(value) ? value.map(String) : String(value) };
  });
}

function destinationSheet(host: LocalHost, form: FormRecord) {
  if (form.destinationId === null || form.destinationSheetId == null) return null;
  return host.spreadsheetApp.getSpreadsheetModel(form.destinationId)?.getSheetById(form.destinationSheetId) ?? null;
}

/** A question added after linking gets its column at the end of the header, as Forms does. */
function columnsFor(host: LocalHost, form: FormRecord): { sheet: NonNullable<ReturnType<typeof destinationSheet>>; titles: string[] } | null {
  const sheet = destinationSheet(host, form);
  if (!sheet) return null;
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0]!.map(String);
  const missing = form.items.map((i) => i.title).filter((t) => !header.includes(t));
  if (missing.length > 0) {
    if (width + missing.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width + missing.length - sheet.getMaxColumns());
    sheet.getRange(1, width + 1, 1, missing.length).setValues([missing.map(literal)]);
  }
  return { sheet, titles: [...header, ...missing] };
}

function writeToDestination(host: LocalHost, form: FormRecord, response: ResponseRecord, onlyChanged: Set<number> | null): FormEvent | null {
  const target = columnsFor(host, form);
  if (!target) return null;
  const { sheet, titles } = target;
  if (response.destinationRow === null) response.destinationRow = Math.max(1, sheet.getLastRow()) + 1;
  const row = response.destinationRow;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
  const cells = titles.map((title, index) => {
    if (index === 0) return new Date(response.timestamp);
    const item = form.items.find((i) => i.title === title);
    const answer = item && response.answers.find((a) => a.itemId === item.id);
    if (!answer || isBlankAnswer(answer.value)) return '';
    // A scale answer lands as a number; text is written as typed text, never as a formula.
    return item.type === 'SCALE' ? Number(answer.value) : literal(displayAnswer(answer.value));
  });
  sheet.getRange(row, 1, 1, cells.length).setValues([cells]);
  return eventOf(host, form, response, onlyChanged);
}

function eventOf(host: LocalHost, form: FormRecord, response: ResponseRecord, onlyChanged: Set<number> | null): FormEvent {
  const target = columnsFor(host, form)!;
  const timeZone = host.spreadsheetApp.getSpreadsheetModel(form.destinationId!)!.getSpreadsheetTimeZone();
  const values = target.titles.map((title, index) => {
    if (index === 0) return formatJavaDate(new Date(response.timestamp), timeZone, 'M/d/yyyy H:mm:ss');
    const item = form.items.find((i) => i.title === title);
    if (!item || (onlyChanged && !onlyChanged.has(item.id))) return '';
    const answer = response.answers.find((a) => a.itemId === item.id);
    return answer ? displayAnswer(answer.value) : '';
  });
  const namedValues: Record<string, string[]> = {};
  target.titles.forEach((title, index) => {
    namedValues[title] = [values[index]!];
  });
  return { values, namedValues, row: response.destinationRow! };
}

/** Runs every installable onFormSubmit trigger of the destination spreadsheet, each in its own execution. */
function fireFormSubmit(host: LocalHost, form: FormRecord, event: FormEvent): unknown[] {
  const spreadsheetId = form.destinationId!;
  const triggers = host.scriptApp
    .listTriggers()
    .filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'SPREADSHEETS' && t.sourceId === spreadsheetId);
  return triggers.map((trigger) => {
    const sheet = destinationSheet(host, form);
    const width = Math.max(1, sheet!.getLastColumn());
    const range = sheet!.getRange(event.row, 1, 1, width);
    return host.fireTrigger(trigger.id, { values: [...event.values], namedValues: structuredClone(event.namedValues), range });
  });
}

function displayAnswer(value: AnswerValue): string {
  return Array.isArray(value) ? value.join(', ') : value;
}

function literal(text: string): string {
  return text === '' ? '' : `'${text}`;
}
