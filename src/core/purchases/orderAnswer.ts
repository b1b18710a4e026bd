/**
 * The Orders and visits form: its questions (one per Purchases column a person fills, titled as
 * the Purchases sheet's headers in the user's language) and how one answer on its responses
 * sheet becomes one Purchases row. The row is then read, linked and counted exactly as a typed
 * row is (purchasePlan.ts): nothing here interprets a date, an amount or a customer.
 */
import type { CellValue } from '../customerRecord';
import { sha256Hex } from '../sha256';
import type { Language } from '../i18n/languages';
import { PURCHASE_HEADERS, type HistoryColumns, type PurchaseField } from './historySheets';

/** The Purchases columns the form asks for, in the order of its questions. */
export const ORDER_QUESTION_FIELDS = ['customer', 'date', 'amount', 'currency', 'item', 'quantity', 'branch', 'staff', 'payment', 'note'] as const;
export type OrderQuestionField = (typeof ORDER_QUESTION_FIELDS)[number];

const REQUIRED: ReadonlySet<OrderQuestionField> = new Set(['customer', 'date', 'amount']);

export interface OrderQuestion {
  field: OrderQuestionField;
  title: string;
  required: boolean;
  /** The note is a paragraph; every other answer one line. */
  paragraph: boolean;
}

export interface OrderFormTexts {
  orderFormCustomerHelp: string;
  orderFormDateHelp: string;
}

export function orderQuestions(language: Language): OrderQuestion[] {
  return ORDER_QUESTION_FIELDS.map((field) => ({ field, title: PURCHASE_HEADERS[language][field], required: REQUIRED.has(field), paragraph: field === 'note' }));
}

export function orderQuestionHelp(field: OrderQuestionField, texts: OrderFormTexts): string {
  return field === 'customer' ? texts.orderFormCustomerHelp : field === 'date' ? texts.orderFormDateHelp : '';
}

/** Question title -> field, as stored with the form: a later change of language does not rename the form's questions. */
export type OrderFormTitles = Partial<Record<OrderQuestionField, string>>;

/**
 * Whether a responses sheet's header is the orders form's: every question title it was created
 * with is there. A Sheets form-submit event does not say which form sent it, and the customer
 * form's questions (name, email, phone, consent…) are never all of these.
 */
export function isOrderFormHeader(header: readonly unknown[], titles: OrderFormTitles): boolean {
  const present = new Set(header.map((cell) => String(cell ?? '').trim()));
  const wanted = Object.values(titles);
  return wanted.length > 0 && wanted.every((title) => present.has(title.trim()));
}

/** The hidden ledger of captured order answers (backed up with the Purchases sheet), read by Clientele only: one name whatever the language. */
export const ORDER_LEDGER_SHEET = 'Clientele orders captured';

/** The exactly-once key of a response: its row on its responses sheet, as the customer form's capture keys it. */
export function orderSubmissionId(responsesSheetId: number, row: number): string {
  return `order:${responsesSheetId}:${row}`;
}

/**
 * The Purchases row of one answer (cells in the Purchases sheet's columns), or null when every
 * answer is blank (Forms sometimes sends such an event). A blank date is the response's timestamp:
 * the form was filled in when the sale or visit happened.
 */
export function purchaseRowOfAnswer(
  answer: { header: readonly unknown[]; row: readonly unknown[] },
  titles: OrderFormTitles,
  purchases: { width: number; columns: HistoryColumns<PurchaseField> },
): CellValue[] | null {
  const columnOf = new Map(answer.header.map((title, index) => [String(title ?? '').trim(), index]));
  const cells: CellValue[] = Array.from({ length: purchases.width }, () => '');
  let answered = false;
  for (const field of ORDER_QUESTION_FIELDS) {
    const title = titles[field];
    const at = title === undefined ? undefined : columnOf.get(title.trim());
    const target = purchases.columns[field];
    if (at === undefined || target === undefined) continue;
    const value = answer.row[at];
    const text = value instanceof Date ? value : String(value ?? '').trim();
    if (text === '') continue;
    cells[target] = text;
    answered = true;
  }
  if (!answered) return null;
  const stamp = answer.row[0];
  const date = purchases.columns.date;
  if (date !== undefined && cells[date] === '' && stamp instanceof Date) cells[date] = stamp;
  return cells;
}

/** The Purchases columns (0-based) the form's answers fill, in the sheet's order. */
export function orderAnswerColumns(columns: HistoryColumns<PurchaseField>): number[] {
  return ORDER_QUESTION_FIELDS.flatMap((field) => (columns[field] === undefined ? [] : [columns[field]!])).sort((a, b) => a - b);
}

/**
 * What an answer wrote, in `cells` (a Purchases row, as built or as read back) at `columns`, as
 * one key: the ledger keeps the answer's key, to tell an edited answer from the same event
 * delivered again, and its Purchases row's key, to find that row again after a sort.
 */
export function orderCellsKey(cells: readonly unknown[], columns: readonly number[]): string {
  return sha256Hex(JSON.stringify(columns.map((column) => {
    const value = cells[column];
    return value instanceof Date ? value.toISOString() : String(value ?? '').trim();
  })));
}

/** An answer's cells without its timestamp: Forms stamps an edit with the time of the edit, and a date left blank stays the first answer's. */
export function purchaseRowOfEditedAnswer(
  answer: { header: readonly unknown[]; row: readonly unknown[] },
  titles: OrderFormTitles,
  purchases: { width: number; columns: HistoryColumns<PurchaseField> },
): CellValue[] | null {
  return purchaseRowOfAnswer({ header: answer.header, row: ['', ...answer.row.slice(1)] }, titles, purchases);
}

/** The key of what an answer says, its timestamp left out (see orderCellsKey): the ledger's Answer. */
export function orderAnswerKey(
  answer: { header: readonly unknown[]; row: readonly unknown[] },
  titles: OrderFormTitles,
  purchases: { width: number; columns: HistoryColumns<PurchaseField> },
): string {
  const cells = purchaseRowOfEditedAnswer(answer, titles, purchases);
  return cells ? orderCellsKey(cells, orderAnswerColumns(purchases.columns)) : '';
}
