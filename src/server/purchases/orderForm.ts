/**
 * The Orders and visits form, the third source of Purchases rows: created in the user's language,
 * linked to this spreadsheet, and captured by the one onFormSubmit trigger the customer form
 * uses. Each answer becomes one Purchases row, linked and counted by the same path as a typed
 * row (processPurchaseRows), exactly once: its submission ID is kept in a hidden ledger, so an
 * event Forms delivers twice adds nothing. An answer edited in Forms (written over its row of the
 * responses sheet, with a new event: local/formSubmissions.ts) changes its Purchases row, found
 * again by what the answer wrote there (editedOrder.ts).
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import { PURCHASES } from '../../core/purchases/historySheets';
import { isOrderFormHeader, ORDER_LEDGER_SHEET, orderAnswerColumns, orderAnswerKey, orderCellsKey, orderQuestionHelp, orderQuestions, orderSubmissionId, purchaseRowOfAnswer, type OrderFormTitles } from '../../core/purchases/orderAnswer';
import type { CellValue } from '../../core/customerRecord';
import type { ActionContext } from '../actionContext';
import { withDocumentLock } from '../documentLock';
import { ensureSpreadsheetTrigger, withRefusal } from '../documentTriggers';
import { appendRows, recordSheet } from '../recordSheets';
import { FORM_SUBMIT_HANDLER } from '../capture/formConnection';
import { textFormats } from '../card/cardActions';
import { ensureHistorySheet } from './historySheet';
import { purchaseSetting } from './purchaseContext';
import { processPurchaseRows } from './purchaseEdit';
import { followEditedAnswer, ORDER_LEDGER_HEADERS, readOrderLedger } from './editedOrder';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ORDER_FORM_PROPERTY = 'clientele.orderForm';

export interface OrderFormConnection {
  formId: string;
  title: string;
  editUrl: string;
  publishedUrl: string;
  /** Field -> question title, as the form was created. */
  titles: OrderFormTitles;
}

export type OrderOutcome =
  | { kind: 'order-added'; purchasesRow: number; customerId: string }
  | { kind: 'order-edited'; purchasesRow: number; customerId: string }
  /** An edited answer whose Purchases row is not as it wrote it: the answer's row gets a note, no purchase changes. */
  | { kind: 'order-edit-not-followed'; responsesRow: number }
  | { kind: 'order-duplicate-delivery' }
  | { kind: 'ignored-blank' };

export function loadOrderForm(): OrderFormConnection | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(ORDER_FORM_PROPERTY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as OrderFormConnection;
    return typeof parsed.formId === 'string' && parsed.titles && typeof parsed.titles === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Creates the form with one question per Purchases column, sends its responses here, publishes it
 * (a form a script creates takes no responses until published:
 * developers.google.com/workspace/forms/api/guides/publish-form) and makes sure of the one trigger.
 */
export function createOrderForm(context: ActionContext): string {
  if (!purchaseSetting(context)) return context.text.orderFormNoCustomerSheet;
  ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
  const title = context.text.orderFormTitle;
  const form = FormApp.create(title).setDescription(context.text.orderFormDescription);
  const questions = orderQuestions(context.language);
  for (const question of questions) {
    if (question.paragraph) {
      form.addParagraphTextItem().setTitle(question.title).setRequired(question.required);
      continue;
    }
    const item = form.addTextItem().setTitle(question.title).setRequired(question.required);
    const help = orderQuestionHelp(question.field, context.text);
    if (help !== '') item.setHelpText(help);
  }
  form.setDestination(FormApp.DestinationType.SPREADSHEET, context.spreadsheet.getId());
  form.setPublished(true);
  const connection: OrderFormConnection = {
    formId: form.getId(), title, editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl(),
    titles: Object.fromEntries(questions.map((q) => [q.field, q.title])),
  };
  PropertiesService.getDocumentProperties().setProperty(ORDER_FORM_PROPERTY, JSON.stringify(connection));
  const install = ensureSpreadsheetTrigger(context.spreadsheet, FORM_SUBMIT_HANDLER, 'formSubmit');
  return withRefusal(context.text, formatMessage(context.text.orderFormCreated, { title, url: connection.publishedUrl }), install, 'deployFormCaptureRefused');
}

/** Whether the responses sheet with this header is the orders form's (see isOrderFormHeader). */
export function orderFormOf(header: readonly unknown[]): OrderFormConnection | null {
  const connection = loadOrderForm();
  return connection && isOrderFormHeader(header, connection.titles) ? connection : null;
}

/**
 * The answers of the responses sheet's rows `top`… (the event's row last, the ones above it for
 * answers an earlier execution missed) not captured yet become Purchases rows, in one append;
 * the outcome is the event's row's.
 */
export function captureOrderAnswers(
  context: ActionContext,
  responses: { sheet: Sheet; header: readonly unknown[]; top: number; rows: readonly (readonly unknown[])[] },
  connection: OrderFormConnection,
): OrderOutcome {
  return withDocumentLock(30_000, () => {
    const ledger = recordSheet(context.spreadsheet, ORDER_LEDGER_SHEET, ORDER_LEDGER_HEADERS, { hidden: true });
    const known = readOrderLedger(ledger);
    const eventRow = responses.top + responses.rows.length - 1;
    const eventId = orderSubmissionId(responses.sheet.getSheetId(), eventRow);
    const captured = known.get(eventId);
    if (captured) {
      const answer = { header: responses.header, row: responses.rows[responses.rows.length - 1] ?? [] };
      return followEditedAnswer(context, { ledger, entry: captured, answer, titles: connection.titles, responsesSheet: responses.sheet, responsesRow: eventRow });
    }
    const { sheet, headers, columns } = ensureHistorySheet(context.spreadsheet, PURCHASES, context.language);
    const purchases = { width: headers.length, columns };
    const fresh: { id: string; cells: CellValue[]; key: string }[] = [];
    responses.rows.forEach((row, i) => {
      const id = orderSubmissionId(responses.sheet.getSheetId(), responses.top + i);
      const answer = { header: responses.header, row };
      const cells = known.has(id) ? null : purchaseRowOfAnswer(answer, connection.titles, purchases);
      if (cells) fresh.push({ id, cells, key: orderAnswerKey(answer, connection.titles, purchases) });
    });
    const last = fresh[fresh.length - 1];
    if (!last || last.id !== eventId) return { kind: 'ignored-blank' };
    const top = appendRows(sheet, fresh.map((f) => f.cells), headers.length, textFormats(PURCHASES, columns, headers.length));
    const written = columns.customer! + 1;
    processPurchaseRows(context, sheet, { top, height: fresh.length, left: written, right: written, written: writtenColumns(fresh.map((f) => f.cells)) });
    // The rows as they now stand: their customer IDs, and what they hold, for finding them again when an answer is edited.
    const stored = sheet.getRange(top, 1, fresh.length, headers.length).getValues();
    const answerColumns = orderAnswerColumns(columns);
    const now = new Date();
    appendRows(ledger, fresh.map((f, i) => [now, f.id, top + i, f.key, orderCellsKey(stored[i]!, answerColumns)]), ORDER_LEDGER_HEADERS.length);
    const purchasesRow = top + fresh.length - 1;
    const customerId = String(stored[fresh.length - 1]![columns.customerId!] ?? '');
    return { kind: 'order-added', purchasesRow, customerId };
  });
}

/** The columns any of the new rows filled, for the audit log. */
function writtenColumns(rows: readonly (readonly CellValue[])[]): number[] {
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, column) => column).filter((column) => rows.some((row) => row[column] !== ''));
}
