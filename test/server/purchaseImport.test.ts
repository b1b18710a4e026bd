/**
 * Importing purchases from a file (issue 16), on the local host: a till's export with its own
 * headers, previewed (nothing written) and imported onto the Purchases sheet through the path a
 * typed row takes, so that linking, notes and totals are a typed row's; importing again adds
 * nothing; the file's other columns are kept; a chunk costs the same calls whatever its size.
 */
import type { CellValue } from '../../src/core/customerRecord';
import { PURCHASE_IMPORT_LEDGER_SHEET } from '../../src/core/purchases/purchaseFile';
import type { LocalHost } from '../../src/local/localHost';
import type { ImportSource } from '../../src/server/capture/importContacts';
import type { PurchaseImportPreview, PurchaseImportResult } from '../../src/server/purchases/purchaseImport';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'Notes'],
  ['C-000001', 'Айгерим Серикова', 'aigerim@example.kz', '+77011234567', ''],
  ['C-000002', 'Петров Иван', 'ivan@example.ru', '+79161234567', ''],
  ['C-000003', 'Aida Nur', 'aida@example.kz', '+77021111111', ''],
];

/** A till's export: its own headers (recognised), a receipt number (kept), the customer as the cashier wrote them. */
const TILL: string[][] = [
  ['Order date', 'Client', 'Total', 'Product', 'Receipt no'],
  ['05.03.2026', '8 701 123 45 67', '54 000 тг', 'Haircut', 'R-1001'],
  ['2026-03-15', 'AIGERIM@EXAMPLE.KZ', '6000', 'Shampoo', 'R-1002'],
  ['2026-03-16', 'Ivan Petrov, +7 916 123-45-67', '12 500', 'Massage', 'R-1003'],
  ['2026-03-17', 'Aida Nur', '1000', 'Tea', 'R-1004'],
  ['32.13.2026', 'aida@example.kz', '2000', 'Cake', 'R-1005'],
  ['2026-03-18', 'Somebody New', '700', 'Water', 'R-1006'],
];

function setUp(): LocalHost {
  const h = addonHost();
  putTable(h, 'Customers', CUSTOMERS);
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
  h.run('setUpPurchases');
  h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
  return h;
}

const file = (rows: string[][], name = 'till.csv') => ({ kind: 'rows' as const, name, rows });

function customers(h: LocalHost): Record<string, CellValue>[] {
  const [headers, ...rows] = sheetValues(h, 'Customers');
  return rows.map((row) => Object.fromEntries(headers!.map((header, i) => [String(header), row[i] ?? ''])));
}

const TOTALS = ['Purchases', 'Total spent', 'Currency', 'First purchase', 'Last purchase', 'Average order', 'Days between purchases', 'Other currencies'];

function totals(h: LocalHost): Record<string, CellValue>[] {
  return customers(h).map((row) => Object.fromEntries(['Customer ID', ...TOTALS].map((key) => [key, row[key] instanceof Date ? (row[key] as Date).toISOString() : row[key] ?? ''])));
}

function note(h: LocalHost, row: number, column: number): string {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Purchases')!.getRange(row, column).getNote();
}

function sheetExists(h: LocalHost, name: string): boolean {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed(name) != null;
}

function importAll(h: LocalHost, source: ImportSource): PurchaseImportResult[] {
  const chunks: PurchaseImportResult[] = [];
  let from: number | null = 2;
  while (from !== null) {
    const chunk: PurchaseImportResult = h.run<PurchaseImportResult>('importPurchaseRows', source, from);
    chunks.push(chunk);
    from = chunk.nextRow;
  }
  return chunks;
}

describe('Import purchases from a file', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('previews the till’s rows: columns recognised by its headers, who each row links to, the unreadable date by row and column; nothing written', () => {
    const h = setUp();
    const before = { purchases: sheetValues(h, 'Purchases'), customers: sheetValues(h, 'Customers') };
    const preview = h.run<PurchaseImportPreview>('previewPurchaseImport', file(TILL));
    expect(preview).toMatchObject({ rows: 6, fresh: 6, already: 0, linked: 4, ambiguous: 1, unknown: 1, missing: [], kept: ['Receipt no'], problemCount: 1 });
    expect(preview.columns).toEqual([
      { header: 'Order date', label: 'Date' }, { header: 'Client', label: 'Customer' }, { header: 'Total', label: 'Amount' }, { header: 'Product', label: 'Item or service' },
    ]);
    expect(preview.problems).toEqual([{ row: 6, column: 'A', header: 'Order date', value: '32.13.2026', reason: 'notDate', explanation: 'not a date that can be read for sure' }]);
    expect(preview.customers).toEqual([
      { row: 5, customer: 'Aida Nur', note: expect.stringContaining('C-000003 could be them') },
      { row: 7, customer: 'Somebody New', note: expect.stringContaining('No customer found') },
    ]);
    expect(sheetValues(h, 'Purchases')).toEqual(before.purchases);
    expect(sheetValues(h, 'Customers')).toEqual(before.customers);
    expect(sheetExists(h, PURCHASE_IMPORT_LEDGER_SHEET)).toBe(false);
  });

  it('imports every row, linked as typed rows are: a phone in another format, an email in capitals, a name in another script beside a phone; never a name alone', () => {
    const h = setUp();
    const [result] = importAll(h, file(TILL));
    expect(result).toEqual({ imported: 6, linked: 4, already: 0, nextRow: null });
    const purchases = sheetValues(h, 'Purchases');
    expect(purchases[0]).toEqual(['Date', 'Customer', 'Customer ID', 'Amount', 'Currency', 'Item or service', 'Quantity', 'Branch', 'Staff', 'Payment method', 'Note', 'Counted', 'Receipt no']);
    expect(purchases.slice(1).map((row) => [row[1], row[2], row[3], row[5], row[12]])).toEqual([
      ['8 701 123 45 67', 'C-000001', '54 000 тг', 'Haircut', 'R-1001'],
      ['AIGERIM@EXAMPLE.KZ', 'C-000001', '6000', 'Shampoo', 'R-1002'],
      ['Ivan Petrov, +7 916 123-45-67', 'C-000002', '12 500', 'Massage', 'R-1003'],
      ['Aida Nur', '', '1000', 'Tea', 'R-1004'],
      // The unreadable date stays as the file had it, and the row is linked, but counted in no total.
      ['aida@example.kz', 'C-000003', '2000', 'Cake', 'R-1005'],
      ['Somebody New', '', '700', 'Water', 'R-1006'],
    ]);
    expect(purchases[5]![0]).toBe('32.13.2026');
    expect(purchases[5]![11]).toBe('');
    expect(note(h, 6, 1)).toContain('not a date that can be read for sure');
    expect(note(h, 5, 2)).toContain('C-000003 could be them');
    expect(note(h, 7, 2)).toContain('No customer found');
    const byId = Object.fromEntries(totals(h).map((row) => [row['Customer ID'], row]));
    expect(byId['C-000001']).toMatchObject({ 'Purchases': 2, 'Total spent': 60000, 'Currency': 'KZT' });
    expect(byId['C-000002']).toMatchObject({ 'Purchases': 1, 'Total spent': 12500 });
    expect(byId['C-000003']).toMatchObject({ 'Purchases': '', 'Total spent': '' });
  });

  it('gives the same totals as typing the same rows', () => {
    const imported = setUp();
    importAll(imported, file(TILL));
    const typed = setUp();
    typed.userPaste('Purchases', 2, 1, TILL.slice(1).map(([date, customer, amount, item]) => [date!, customer!, '', amount!, '', item!]));
    expect(totals(imported)).toEqual(totals(typed));
    // Typed cells are parsed by Sheets ("6000" becomes a number); imported ones stay as the file wrote them, and count the same.
    const clientele = (h: LocalHost) => sheetValues(h, 'Purchases').slice(1).map((row) => [row[2], row[11]]);
    expect(clientele(imported)).toEqual(clientele(typed));
  });

  it('importing the same file again changes nothing; a later export that repeats those rows adds only its new ones; two identical sales stay two', () => {
    const h = setUp();
    importAll(h, file(TILL));
    const after = { purchases: sheetValues(h, 'Purchases'), customers: sheetValues(h, 'Customers') };
    expect(h.run<PurchaseImportPreview>('previewPurchaseImport', file(TILL))).toMatchObject({ rows: 6, fresh: 0, already: 6 });
    expect(importAll(h, file(TILL))).toEqual([{ imported: 0, linked: 0, already: 6, nextRow: null }]);
    expect(sheetValues(h, 'Purchases')).toEqual(after.purchases);
    expect(sheetValues(h, 'Customers')).toEqual(after.customers);

    const coffee = ['2026-03-20', '+7 701 123 45 67', '900', 'Coffee', ''];
    const later = [...TILL, coffee, coffee];
    expect(importAll(h, file(later, 'till-march.csv'))).toEqual([{ imported: 2, linked: 2, already: 6, nextRow: null }]);
    expect(sheetValues(h, 'Purchases')).toHaveLength(9);
    expect(customers(h).find((row) => row['Customer ID'] === 'C-000001')).toMatchObject({ 'Purchases': 4, 'Total spent': 61800 });
  });

  it('keeps a customer number the till gives, even when it is no Clientele ID, and links by a Clientele ID', () => {
    const h = setUp();
    importAll(h, file([['Date', 'Customer number', 'Amount'], ['2026-03-05', 'C-000002', '100'], ['2026-03-06', 'T-77', '200']]));
    const purchases = sheetValues(h, 'Purchases');
    expect(purchases[0]!.slice(12)).toEqual([]);
    // No Customer column in the file: the number is the Customer cell, where one that links to nobody stays, with its note.
    expect(purchases.slice(1).map((row) => [row[1], row[2]])).toEqual([['C-000002', 'C-000002'], ['T-77', '']]);
    expect(note(h, 3, 2)).toContain('No customer found');

    importAll(h, file([['Date', 'Client', 'Client ID', 'Amount'], ['2026-03-07', 'Ivan', 'T-78', '300']]));
    const [header, ...rows] = sheetValues(h, 'Purchases');
    expect(header!.slice(12)).toEqual(['Client ID (from the file)']);
    expect(rows[2]!.slice(1, 3)).toEqual(['Ivan', '']);
    expect(rows[2]![12]).toBe('T-78');
  });

  it('never links a phone two customers share: the row is imported with a note naming both', () => {
    const h = addonHost();
    putTable(h, 'Customers', [...CUSTOMERS, ['C-000004', 'Dana Omarova', '', '+77770000000', ''], ['C-000005', 'Timur Omarov', '', '+7 777 000 00 00', '']]);
    h.run('setUpCustomerSheet');
    h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
    h.run('setUpPurchases');
    const shared = file([['Date', 'Phone', 'Amount'], ['2026-03-05', '8 777 000 00 00', '100']]);
    expect(h.run<PurchaseImportPreview>('previewPurchaseImport', shared)).toMatchObject({ missing: [], kept: ['Phone'] });
    expect(h.run<PurchaseImportPreview>('previewPurchaseImport', shared)).toMatchObject({ linked: 0, ambiguous: 1, unknown: 0 });
    expect(importAll(h, shared)).toEqual([{ imported: 1, linked: 0, already: 0, nextRow: null }]);
    expect(sheetValues(h, 'Purchases')[1]![2]).toBe('');
    expect(note(h, 2, 2)).toContain('More than one customer could be this (C-000004, C-000005)');
  });

  it('finds the customer from the file’s name and phone columns together, and keeps both columns as they are', () => {
    const h = setUp();
    expect(importAll(h, file([['Date', 'Name', 'Phone', 'Amount'], ['2026-03-05', 'Ivan Petrov', '8 916 123 45 67', '100']]))).toEqual([{ imported: 1, linked: 1, already: 0, nextRow: null }]);
    const [header, row] = sheetValues(h, 'Purchases');
    expect(header!.slice(12)).toEqual(['Name', 'Phone']);
    expect([row![1], row![2], row![12], row![13]]).toEqual(['Ivan Petrov, 8 916 123 45 67', 'C-000002', 'Ivan Petrov', '8 916 123 45 67']);
  });

  it('keeps a column with no header, and the file’s own Counted column, under headers of their own; reads another sheet too', () => {
    const h = setUp();
    putTable(h, 'Till export', [['Date', 'Customer', 'Amount', 'Counted', ''], ['2026-03-05', 'C-000001', '100', 'yes', 'gift wrap']]);
    expect(h.run<PurchaseImportPreview>('previewPurchaseImport', { kind: 'sheet', sheet: 'Till export' })).toMatchObject({ fresh: 1, kept: ['Counted (from the file)', 'Column E of the file'] });
    expect(importAll(h, { kind: 'sheet', sheet: 'Till export' })).toEqual([{ imported: 1, linked: 1, already: 0, nextRow: null }]);
    const [header, row] = sheetValues(h, 'Purchases');
    expect(header!.slice(12)).toEqual(['Counted (from the file)', 'Column E of the file']);
    expect(row!.slice(11)).toEqual(['["C-000001",1772668800000,100,"KZT"]', 'yes', 'gift wrap']);
  });

  it('says which of Date, Customer and Amount the file has no column for', () => {
    const h = setUp();
    const preview = h.run<PurchaseImportPreview>('previewPurchaseImport', file([['Product', 'Notes'], ['Tea', 'x']]));
    expect(preview).toMatchObject({ missing: ['date', 'customer', 'amount'], kept: [] });
  });

  it('refuses Clientele’s own Purchases sheet as the source', () => {
    const h = setUp();
    expect(h.run('importPurchaseRows', { kind: 'sheet', sheet: 'Purchases' })).toEqual({ error: expect.stringContaining('Clientele’s own sheet') });
  });

  it('imports 3,000 rows in two chunks, each costing the same service calls as a chunk of 10', () => {
    const rowsOf = (count: number): string[][] => [
      ['Order date', 'Client', 'Total', 'Receipt no'],
      ...Array.from({ length: count }, (_, i) => [`2026-03-${String(1 + (i % 28)).padStart(2, '0')}`, i % 2 === 0 ? '8 701 123 45 67' : 'ivan@example.ru', String(100 + i), `R-${i}`]),
    ];
    const calls = (count: number) => {
      const h = setUp();
      importAll(h, file([['Date', 'Customer', 'Amount'], ['2026-03-01', 'C-000003', '1']], 'warm-up.csv'));
      h.ctx.calls.reset();
      const first = h.run<PurchaseImportResult>('importPurchaseRows', file(rowsOf(count)), 2);
      const snapshot = h.ctx.calls.snapshot();
      return { h, first, snapshot };
    };
    const small = calls(10);
    const large = calls(3_000);
    expect(small.first.nextRow).toBeNull();
    expect(large.first).toEqual({ imported: 2_000, linked: 2_000, already: 0, nextRow: 2_002 });
    // The only difference: 2,000 rows do not fit the Purchases and ledger grids, which grow once each.
    expect(large.snapshot).toEqual({ ...small.snapshot, 'Sheet.insertRowsAfter': (small.snapshot['Sheet.insertRowsAfter'] ?? 0) + 2 });
    const second = large.h.run<PurchaseImportResult>('importPurchaseRows', file(rowsOf(3_000)), 2_002);
    expect(second).toEqual({ imported: 1_000, linked: 1_000, already: 0, nextRow: null });
    expect(sheetValues(large.h, 'Purchases')).toHaveLength(1 + 1 + 3_000);
    expect(customers(large.h).find((row) => row['Customer ID'] === 'C-000001')).toMatchObject({ 'Purchases': 1_500 });
  });
});
