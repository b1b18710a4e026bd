/**
 * The Orders and visits form (issue 16): each answer becomes one Purchases row, linked by the
 * capture matcher and counted in the customer's totals as a typed row is, exactly once, through
 * the local host's Forms simulation (submitFormResponse fires the one onFormSubmit trigger).
 */
import type { CellValue } from '../../src/core/customerRecord';
import { PURCHASE_HEADERS } from '../../src/core/purchases/historySheets';
import type { Language } from '../../src/core/i18n/languages';
import { orderFormMessages } from '../../src/core/i18n/orderFormMessages';
import { redeliverFormResponse, submitFormResponse } from '../../src/local/formSubmissions';
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
  const submit = (answer: Answer) =>
    submitFormResponse(host, form.id, Object.fromEntries(Object.entries(answer).map(([field, value]) => [PURCHASE_HEADERS[language][field as keyof Answer], value])));
  return { host, form, submit, message };
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
