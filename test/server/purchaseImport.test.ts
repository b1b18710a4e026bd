/**
 * Importing purchases from a file (issue 16), on the local host: a till's export with its own
 * headers, previewed (nothing written) and imported onto the Purchases sheet through the path a
 * typed row takes, so that linking, notes and totals are a typed row's; importing again adds
 * nothing; the file's other columns are kept; a chunk costs the same calls whatever its size.
 */
import type { CellValue } from '../../src/core/customerRecord';
import type { Language } from '../../src/core/i18n/languages';
import { PURCHASES_SHEET_NAMES } from '../../src/core/purchases/historySheets';
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
      // An amount with its currency stays as the file wrote it; a plain number is a number, as typed by hand.
      ['8 701 123 45 67', 'C-000001', '54 000 тг', 'Haircut', 'R-1001'],
      ['AIGERIM@EXAMPLE.KZ', 'C-000001', 6000, 'Shampoo', 'R-1002'],
      ['Ivan Petrov, +7 916 123-45-67', 'C-000002', 12500, 'Massage', 'R-1003'],
      ['Aida Nur', '', 1000, 'Tea', 'R-1004'],
      // The unreadable date stays as the file had it, and the row is linked, but counted in no total.
      ['aida@example.kz', 'C-000003', 2000, 'Cake', 'R-1005'],
      ['Somebody New', '', 700, 'Water', 'R-1006'],
    ]);
    expect([1, 2, 3, 4, 6].map((row) => purchases[row]![0])).toEqual(Array.from({ length: 5 }, () => expect.any(Date)));
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
    // Typed cells are parsed by Sheets ("6000" becomes a number), imported ones are written as what Clientele reads them as: they count the same.
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

/** A spreadsheet's settings: the language of its sheets and notes, the locale and time zone dates are read by. */
interface Setting {
  language: Language;
  locale: string;
  timeZone: string;
  shopCurrency: string;
}

interface TypedCase {
  setting: Setting;
  /** A CSV's rows (all text): date, customer, amount, quantity, receipt. */
  file: string[][];
  /** The Date, Amount and Quantity cells the import writes, by row. */
  cells: CellValue[][];
  /** What the preview says cannot be read (and the cells' notes say), by the file's row and column. */
  problems: { row: number; column: string; value: string; reason: string }[];
}

const TYPED_CASES: Record<'ru' | 'en' | 'fa', TypedCase> = {
  ru: {
    setting: { language: 'ru', locale: 'ru_RU', timeZone: 'Europe/Moscow', shopCurrency: 'RUB' },
    file: [
      ['Дата', 'Клиент', 'Сумма', 'Количество', 'Чек'],
      ['2026-11-20', 'C-000001', '12000', '2', 'R-1'],
      ['20.11.2026', 'C-000002', '12 000', '1', 'R-2'],
      ['21.11.2026 14:30', 'C-000001', '12 000 тг', '', 'R-3'],
      ['03/04/2026', 'C-000002', 'двенадцать', '2 шт', 'R-4'],
      ['1405/09/01', 'C-000003', '1 234,50', '۳', 'R-5'],
    ],
    cells: [
      [new Date('2026-11-19T21:00:00Z'), 12000, 2],
      [new Date('2026-11-19T21:00:00Z'), 12000, 1],
      [new Date('2026-11-21T11:30:00Z'), '12 000 тг', ''],
      // Day first in ru: 3 April, a date for sure.
      [new Date('2026-04-02T21:00:00Z'), 'двенадцать', '2 шт'],
      // Solar Hijri stays as written: Sheets would show a Date in Gregorian.
      ['1405/09/01', 1234.5, 3],
    ],
    problems: [
      { row: 5, column: 'C', value: 'двенадцать', reason: 'notAmount' },
      { row: 5, column: 'D', value: '2 шт', reason: 'notQuantity' },
    ],
  },
  en: {
    setting: { language: 'en', locale: 'en_CA', timeZone: 'America/Toronto', shopCurrency: 'USD' },
    file: [
      ['Order date', 'Client', 'Total', 'Qty', 'Receipt no'],
      ['2026-11-20', 'C-000001', '12000', '2', 'R-1'],
      ['03/04/2026', 'C-000002', '15', '1', 'R-2'],
      ['20/11/2026', 'C-000002', '$15', '', 'R-3'],
      ['November 21, 2026', 'C-000003', '1,200.50', '3', 'R-4'],
      ['2026-11-22', 'C-000001', 'twelve', '-1', 'R-5'],
    ],
    cells: [
      [new Date('2026-11-20T05:00:00Z'), 12000, 2],
      // en_CA has no day-month order: 03/04/2026 could be either, it stays as written with its note.
      ['03/04/2026', 15, 1],
      [new Date('2026-11-20T05:00:00Z'), '$15', ''],
      [new Date('2026-11-21T05:00:00Z'), 1200.5, 3],
      [new Date('2026-11-22T05:00:00Z'), 'twelve', '-1'],
    ],
    problems: [
      { row: 3, column: 'A', value: '03/04/2026', reason: 'ambiguousDate' },
      { row: 6, column: 'C', value: 'twelve', reason: 'notAmount' },
      { row: 6, column: 'D', value: '-1', reason: 'notQuantity' },
    ],
  },
  fa: {
    setting: { language: 'fa', locale: 'fa_IR', timeZone: 'Asia/Tehran', shopCurrency: 'IRT' },
    file: [
      ['تاریخ', 'مشتری', 'مبلغ', 'تعداد', 'شماره فاکتور'],
      ['1405/09/01', 'C-000001', '۱۵۰٬۰۰۰', '۲', 'R-1'],
      ['۱۴۰۵/۰۹/۰۱', 'C-000002', '۱۵۰٬۰۰۰ تومان', '', 'R-2'],
      ['۱ آذر ۱۴۰۵', 'C-000003', '150000', '', 'R-3'],
      ['2026-11-20', 'C-000001', '۱۲۰۰۰', '', 'R-4'],
      ['۲۰۲۶/۱۱/۲۱', 'C-000002', '۱۲ هزار', '', 'R-5'],
    ],
    cells: [
      ['1405/09/01', 150000, 2],
      ['۱۴۰۵/۰۹/۰۱', '۱۵۰٬۰۰۰ تومان', ''],
      ['۱ آذر ۱۴۰۵', 150000, ''],
      [new Date('2026-11-19T20:30:00Z'), 12000, ''],
      [new Date('2026-11-20T20:30:00Z'), '۱۲ هزار', ''],
    ],
    problems: [{ row: 6, column: 'C', value: '۱۲ هزار', reason: 'notAmount' }],
  },
};

/** The Purchases columns (1-based) of a sheet Clientele lays out: Date, Amount, Quantity. */
const TYPED_COLUMNS = [1, 4, 7];

function setUpIn(setting: Setting): LocalHost {
  const h = addonHost();
  const spreadsheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
  spreadsheet.setSpreadsheetLocale(setting.locale);
  spreadsheet.setSpreadsheetTimeZone(setting.timeZone);
  putTable(h, 'Customers', CUSTOMERS);
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language: setting.language, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
  h.run('setUpPurchases');
  h.run('savePurchaseSettings', { shopCurrency: setting.shopCurrency, rates: '' });
  return h;
}

/** Every cell of the customer sheet, dates as ISO text. */
function customerCells(h: LocalHost): CellValue[][] {
  return sheetValues(h, 'Customers').map((row) => row.map((value) => (value instanceof Date ? value.toISOString() : value)));
}

describe('Import purchases from a file: dates and amounts written as what they read as for sure', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it.each(Object.keys(TYPED_CASES) as (keyof typeof TYPED_CASES)[])('in %s: a date is a Date and a plain number a number, Solar Hijri, an ambiguous date, an amount with its currency and what cannot be read stay as written; totals as before; again adds nothing', (language) => {
    const { setting, file: rows, cells, problems } = TYPED_CASES[language];
    const source = file(rows);
    const sheetName = PURCHASES_SHEET_NAMES[setting.language];

    const h = setUpIn(setting);
    const preview = h.run<PurchaseImportPreview>('previewPurchaseImport', source);
    expect(preview).toMatchObject({ rows: 5, fresh: 5, linked: 5, missing: [], problemCount: problems.length });
    expect(preview.problems.map(({ row, column, value, reason }) => ({ row, column, value, reason }))).toEqual(problems);
    expect(importAll(h, source)).toEqual([{ imported: 5, linked: 5, already: 0, nextRow: null }]);
    const purchases = sheetValues(h, sheetName);
    expect(purchases.slice(1).map((row) => TYPED_COLUMNS.map((column) => row[column - 1]))).toEqual(cells);
    // Every other cell as the file has it.
    expect(purchases.slice(1).map((row) => [row[1], row[2], row[12]])).toEqual(rows.slice(1).map((row) => [row[1], row[1], row[4]]));
    // Each cell that cannot be read has the note the preview said, by the file's row and column.
    const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed(sheetName)!;
    for (const problem of preview.problems) {
      const column = TYPED_COLUMNS['ACD'.indexOf(problem.column)]!;
      expect(model.getRange(problem.row, column).getNote()).toContain(problem.explanation);
    }
    const notes = model.getRange(2, 1, 5, 12).getNotes().flat().filter((text) => text !== '');
    expect(notes).toHaveLength(problems.length);
    // A row with an unreadable date or amount is counted in no total, as before; an unreadable quantity does not stop it.
    const counted = purchases.slice(1).map((row) => row[11]);
    const uncounted = new Set(problems.filter((problem) => problem.column !== 'D').map((problem) => problem.row));
    expect(counted.map((cell) => cell !== '')).toEqual(rows.slice(1).map((_, i) => !uncounted.has(i + 2)));
    const imported = { customers: customerCells(h), counted };

    // Importing the same file again adds nothing: the rows' keys are the file's cells, not the typed ones.
    expect(h.run<PurchaseImportPreview>('previewPurchaseImport', source)).toMatchObject({ fresh: 0, already: 5 });
    expect(importAll(h, source)).toEqual([{ imported: 0, linked: 0, already: 5, nextRow: null }]);
    expect(sheetValues(h, sheetName)).toEqual(purchases);

    // The old import: the same rows with every cell as text, their totals recalculated from the sheet. The same totals and Counted cells.
    const old = setUpIn(setting);
    importAll(old, source);
    const oldSheet = old.spreadsheetApp.getSpreadsheetModel(old.activeSpreadsheetId()!)!.sheetNamed(sheetName)!;
    rows.slice(1).forEach((row, i) => [0, 2, 3].forEach((field, k) => oldSheet.getRange(2 + i, TYPED_COLUMNS[k]!).setValue(row[field] === '' ? '' : `'${row[field]}`)));
    oldSheet.getRange(2, 12, 5, 1).clearContent();
    expect(sheetValues(old, sheetName).slice(1).map((row) => TYPED_COLUMNS.map((column) => row[column - 1]))).toEqual(rows.slice(1).map((row) => [row[0], row[2], row[3]]));
    let progress = old.run<{ done: boolean }>('recalculateTotals');
    while (!progress.done) progress = old.run<{ done: boolean }>('recalculateTotals');
    expect({ customers: customerCells(old), counted: sheetValues(old, sheetName).slice(1).map((row) => row[11]) }).toEqual(imported);
  });
});
