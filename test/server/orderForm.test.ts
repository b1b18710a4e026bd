/**
 * The Orders and visits form (issue 16): each answer becomes one Purchases row, linked by the
 * capture matcher and counted in the customer's totals as a typed row is, exactly once, through
 * the local host's Forms simulation (submitFormResponse fires the one onFormSubmit trigger).
 */
import type { CellValue } from '../../src/core/customerRecord';
import { PURCHASE_HEADERS } from '../../src/core/purchases/historySheets';
import type { Language } from '../../src/core/i18n/languages';
import { orderFormMessages } from '../../src/core/i18n/orderFormMessages';
import { AUDIT_COLUMNS, AUDIT_SHEET } from '../../src/core/audit/auditRecords';
import { orderEditMessages } from '../../src/core/i18n/orderEditMessages';
import { ORDER_LEDGER_SHEET } from '../../src/core/purchases/orderAnswer';
import { editFormResponse, redeliverFormResponse, submitFormResponse } from '../../src/local/formSubmissions';
import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'Notes'],
  ['C-000001', 'Айгерим Серикова', 'aigerim@example.kz', '+77011234567', ''],
  ['C-000002', 'Петров Иван', 'ivan@example.ru', '+79161234567', ''],
];

type Answer = Partial<Record<'customer' | 'date' | 'amount' | 'currency' | 'item' | 'quantity' | 'branch' | 'staff' | 'payment' | 'note', string>>;

/** A customer sheet with two customers, the Purchases sheet, and the order form made in `language`. */
function withOrderForm(language: Language = 'en', shopCurrency = 'KZT') {
  const host = addonHost();
  putTable(host, 'Customers', CUSTOMERS);
  host.run('setUpCustomerSheet');
  host.run('saveSettings', { language, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
  host.run('setUpPurchases');
  host.run('savePurchaseSettings', { shopCurrency, rates: '' });
  const message = host.run<string>('createOrderForm');
  const form = host.formApp.listForms().at(-1)!;
  const titled = (answer: Answer) => Object.fromEntries(Object.entries(answer).map(([field, value]) => [PURCHASE_HEADERS[language][field as keyof Answer], value]));
  const submit = (answer: Answer) => submitFormResponse(host, form.id, titled(answer));
  /** The respondent opens their response's edit link and changes these answers. */
  const edit = (responseId: string, changes: Answer) => editFormResponse(host, form.id, responseId, titled(changes));
  return { host, form, submit, edit, message };
}

function purchases(host: LocalHost): Record<string, CellValue>[] {
  const [headers, ...rows] = sheetValues(host, purchasesSheet(host));
  return rows.map((row) => Object.fromEntries(headers!.map((header, i) => [String(header), row[i] ?? ''])));
}

function purchasesSheet(host: LocalHost): string {
  return host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheets().map((s) => s.getName()).find((name) => ['Purchases', 'خریدها'].includes(name))!;
}

function totalsOf(host: LocalHost, id: string): Record<string, CellValue> {
  const [headers, ...rows] = sheetValues(host, 'Customers');
  const row = rows.find((r) => r[0] === id)!;
  return Object.fromEntries(headers!.map((header, i) => [String(header), row[i] ?? '']));
}

describe('the Orders and visits form', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('is created published, in the user’s language, with one question per Purchases column, sharing the one form-submit trigger', () => {
    const { host, form, message } = withOrderForm();
    host.run('createForm');
    expect(form.title).toBe('Orders and visits');
    expect(form.items.map((i) => i.title)).toEqual(['Customer', 'Date', 'Amount', 'Currency', 'Item or service', 'Quantity', 'Branch', 'Staff', 'Payment method', 'Note']);
    expect(form.published).not.toBe(false);
    const link = `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
    expect(message).toContain(link);
    expect(host.scriptApp.listTriggers().filter((t) => t.handler === 'onFormSubmit')).toHaveLength(1);
    expect(host.run<{ orderForm: { publishedUrl: string } | null }>('getPurchasesPanel').orderForm?.publishedUrl).toBe(link);
  });

  it('an answer by a phone in another format is linked to its customer and updates the totals', () => {
    const { host, submit } = withOrderForm();
    const result = submit({ customer: '8 701 123 45 67', date: '05.03.2026', amount: '54 000 тг', item: 'Haircut', staff: 'Dana' });
    expect(result.handlerResults).toEqual([{ kind: 'order-added', purchasesRow: 2, customerId: 'C-000001' }]);
    // The answer is kept as written, as a typed row is; what it counted is read from it.
    expect(purchases(host)).toEqual([expect.objectContaining({ 'Customer': '8 701 123 45 67', 'Customer ID': 'C-000001', 'Amount': '54 000 тг', 'Item or service': 'Haircut', 'Staff': 'Dana' })]);
    expect(totalsOf(host, 'C-000001')).toMatchObject({ 'Purchases': 1, 'Total spent': 54000, 'Currency': 'KZT' });
    expect((totalsOf(host, 'C-000001')['Last purchase'] as Date).toISOString().slice(0, 10)).toBe('2026-03-05');
    // The customer form's capture is not involved: no new customer.
    expect(sheetValues(host, 'Customers')).toHaveLength(CUSTOMERS.length);
  });

  it('beside the customer form, each form’s answers go their own way through the one trigger', () => {
    const { host, submit } = withOrderForm();
    host.run('createForm');
    const customerForm = host.formApp.listForms().at(-1)!;
    expect(submit({ customer: 'C-000002', date: '2026-03-05', amount: '700' }).handlerResults).toEqual([expect.objectContaining({ kind: 'order-added', customerId: 'C-000002' })]);
    const [name, email] = customerForm.items.map((i) => i.title);
    expect(submitFormResponse(host, customerForm.id, { [name!]: 'Dana Ali', [email!]: 'dana@example.kz' }).handlerResults).toEqual([expect.objectContaining({ kind: 'created' })]);
    expect(purchases(host)).toHaveLength(1);
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 700 });
    // Disconnecting the customer form leaves the trigger the order form needs.
    host.run('disconnectForm');
    expect(submit({ customer: 'C-000002', date: '2026-03-06', amount: '300' }).handlerResults).toEqual([expect.objectContaining({ kind: 'order-added' })]);
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'Purchases': 2, 'Total spent': 1000 });
  });

  it('the same event delivered twice adds one row and counts it once', () => {
    const { host, form, submit } = withOrderForm();
    const first = submit({ customer: 'IVAN@EXAMPLE.RU', date: '2026-03-05', amount: '1000' });
    expect(redeliverFormResponse(host, form.id, first.responseId)).toEqual([{ kind: 'order-duplicate-delivery' }]);
    expect(purchases(host)).toHaveLength(1);
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 1000 });
  });

  it('an unknown customer is noted on the row, never guessed, and nothing is counted', () => {
    const { host, submit } = withOrderForm();
    submit({ customer: 'Болат Ержанов', date: '2026-03-05', amount: '5000' });
    expect(purchases(host)).toEqual([expect.objectContaining({ 'Customer': 'Болат Ержанов', 'Customer ID': '' })]);
    const note = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Purchases')!.getRange(2, 2).getNote();
    expect(note).toContain('No customer found');
    expect(host.run<{ unlinked: unknown[] }>('getPurchasesPanel').unlinked).toEqual([{ row: 2, customer: 'Болат Ержанов' }]);
    expect(totalsOf(host, 'C-000001')['Purchases']).toBe('');
    expect(totalsOf(host, 'C-000002')['Purchases']).toBe('');
  });

  it('a Persian answer with Persian digits and a Solar Hijri date is read', () => {
    const { host, form, submit } = withOrderForm('fa', 'IRT');
    expect(form.title).toBe(orderFormMessages.fa.orderFormTitle);
    submit({ customer: '+۷ ۹۱۶ ۱۲۳ ۴۵ ۶۷', date: '۱۴۰۵/۰۲/۱۵', amount: '۴٬۵۰۰٬۰۰۰ تومان', quantity: '۲' });
    const [row] = purchases(host);
    expect(row).toMatchObject({ [PURCHASE_HEADERS.fa.customerId]: 'C-000002' });
    // The totals columns are headed in Persian: Purchases, Total spent, Currency, First purchase.
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'تعداد خرید': 1, 'مجموع خرید': 4_500_000, 'واحد پول': 'IRT' });
    // 15 Ordibehesht 1405 is 5 May 2026.
    expect((totalsOf(host, 'C-000002')['اولین خرید'] as Date).toISOString().slice(0, 10)).toBe('2026-05-05');
  });
});

/** The Purchases sheet as the add-on's own model holds it, for changes made by hand. */
function purchasesModel(host: LocalHost) {
  return host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed(purchasesSheet(host))!;
}

function auditActions(host: LocalHost): string[] {
  return sheetValues(host, AUDIT_SHEET).slice(1).map((row) => String(row[AUDIT_COLUMNS.action]));
}

// Editing a submitted response (Forms' "allow response editing", FormResponse.getEditResponseUrl:
// developers.google.com/apps-script/reference/forms/form-response) writes over its responses row and fires again.
describe('an order form answer edited in Forms afterwards', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('changes its Purchases row and the customer’s totals, audited, and adds no second row', () => {
    const { host, submit, edit } = withOrderForm();
    const first = submit({ customer: '+77011234567', date: '2026-03-05', amount: '54 000 тг', item: 'Haircut' });
    const audited = auditActions(host).filter((action) => action === 'purchase').length;
    expect(edit(first.responseId, { amount: '60 000 тг', item: 'Haircut and colour' }).handlerResults).toEqual([{ kind: 'order-edited', purchasesRow: 2, customerId: 'C-000001' }]);
    expect(purchases(host)).toEqual([expect.objectContaining({ 'Customer ID': 'C-000001', 'Amount': '60 000 тг', 'Item or service': 'Haircut and colour', 'Date': '2026-03-05' })]);
    expect(totalsOf(host, 'C-000001')).toMatchObject({ 'Purchases': 1, 'Total spent': 60000 });
    expect(auditActions(host).filter((action) => action === 'purchase')).toHaveLength(audited + 1);
    const line = sheetValues(host, AUDIT_SHEET).at(-1)!;
    expect(String(line[AUDIT_COLUMNS.fields])).toContain('Amount');
    expect(String(line[AUDIT_COLUMNS.fields])).toContain('Item or service');
  });

  it('the edit’s event delivered again changes nothing more', () => {
    const { host, form, submit, edit } = withOrderForm();
    const first = submit({ customer: 'C-000002', date: '2026-03-05', amount: '1000' });
    edit(first.responseId, { amount: '1500' });
    expect(redeliverFormResponse(host, form.id, first.responseId)).toEqual([{ kind: 'order-duplicate-delivery' }]);
    expect(purchases(host)).toHaveLength(1);
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 1500 });
  });

  it('a new customer answer moves the purchase and its totals to that customer', () => {
    const { host, submit, edit } = withOrderForm();
    const first = submit({ customer: 'aigerim@example.kz', date: '2026-03-05', amount: '700' });
    expect(totalsOf(host, 'C-000001')).toMatchObject({ 'Purchases': 1, 'Total spent': 700 });
    expect(edit(first.responseId, { customer: 'IVAN@example.ru' }).handlerResults).toEqual([expect.objectContaining({ kind: 'order-edited', customerId: 'C-000002' })]);
    expect(purchases(host)).toEqual([expect.objectContaining({ 'Customer': 'IVAN@example.ru', 'Customer ID': 'C-000002' })]);
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 700 });
    expect(totalsOf(host, 'C-000001')['Total spent']).not.toBe(700);
  });

  it('finds its row after the Purchases sheet was sorted', () => {
    const { host, submit, edit } = withOrderForm();
    const first = submit({ customer: 'C-000001', date: '2026-03-07', amount: '300' });
    submit({ customer: 'C-000002', date: '2026-03-01', amount: '900' });
    // Sorted by date: the first answer's row is now row 3, each cell moved as it was (text stays text).
    const sheet = purchasesModel(host);
    const width = sheet.getLastColumn();
    const [row2, row3] = sheet.getRange(2, 1, 2, width).getValues() as CellValue[][];
    const formats = sheet.getRange(2, 1, 1, width).getNumberFormats()[0]!;
    const asTheyAre = (row: CellValue[]) => row.map((value, i) => (typeof value === 'string' && value !== '' && formats[i] !== '@' ? `'${value}` : value));
    sheet.getRange(2, 1, 2, width).setValues([asTheyAre(row3!), asTheyAre(row2!)]);
    expect(edit(first.responseId, { amount: '350' }).handlerResults).toEqual([expect.objectContaining({ kind: 'order-edited', purchasesRow: 3, customerId: 'C-000001' })]);
    expect(purchases(host).map((row) => row['Amount'])).toEqual(['900', '350']);
    expect(totalsOf(host, 'C-000001')).toMatchObject({ 'Purchases': 1, 'Total spent': 350 });
    expect(totalsOf(host, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 900 });
  });

  it('keeps the date of an answer that left it blank (Forms stamps an edit with the time of the edit)', () => {
    const { host, submit, edit } = withOrderForm();
    const first = submit({ customer: 'C-000001', amount: '500' });
    const [before] = purchases(host);
    jest.setSystemTime(TEST_NOW.getTime() + 3 * 86_400_000);
    edit(first.responseId, { amount: '550' });
    const [after] = purchases(host);
    expect(after!['Amount']).toBe('550');
    expect(after!['Date']).toEqual(before!['Date']);
  });

  it.each([
    ['changed by hand since', (host: LocalHost) => purchasesModel(host).getRange(2, 4).setValue('12 000')],
    ['deleted', (host: LocalHost) => purchasesModel(host).deleteRow(2)],
  ])('a Purchases row %s is not guessed at: the answer’s row gets a note, no purchase changes', (_, change) => {
    const { host, submit, edit } = withOrderForm('fa', 'IRT');
    const first = submit({ customer: 'C-000001', date: '2026-03-05', amount: '10 000' });
    change(host);
    const rows = purchases(host);
    const result = edit(first.responseId, { amount: '15 000' });
    expect(result.handlerResults).toEqual([{ kind: 'order-edit-not-followed', responsesRow: result.row }]);
    expect(purchases(host)).toEqual(rows);
    const responses = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheets().find((sheet) => sheet.getName().startsWith('Form Responses'))!;
    expect(responses.getRange(result.row!, 1).getNote()).toBe(orderEditMessages.fa.orderEditNotFollowed);
  });

  it('an answer captured before edits were followed (a two-column ledger) is still taken once, as before', () => {
    const { host, submit, edit } = withOrderForm();
    const first = submit({ customer: 'C-000002', date: '2026-03-05', amount: '1000' });
    const ledger = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed(ORDER_LEDGER_SHEET)!;
    ledger.getRange(1, 3, ledger.getLastRow(), 3).clearContent();
    expect(edit(first.responseId, { amount: '2000' }).handlerResults).toEqual([{ kind: 'order-duplicate-delivery' }]);
    expect(purchases(host)).toEqual([expect.objectContaining({ 'Amount': '1000' })]);
  });
});
