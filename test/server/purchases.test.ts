import type { CellValue } from '../../src/core/customerRecord';
import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

/** A customer sheet as Set up customer sheet adopts it, with three customers. */
const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'Notes'],
  ['C-000001', 'Айгерим Серикова', 'aigerim@example.kz', '+77011234567', ''],
  ['C-000002', 'Петров Иван', 'ivan@example.ru', '+79161234567', ''],
  ['C-000003', 'Aida Nur', 'aida@example.kz', '+77021111111', ''],
];

/** Purchases columns of a new sheet (en), 1-based. */
const P = { date: 1, customer: 2, customerId: 3, amount: 4, currency: 5, item: 6, counted: 12 } as const;

function setUp(currency = { shopCurrency: 'KZT', rates: '' }): LocalHost {
  const h = addonHost();
  putTable(h, 'Customers', CUSTOMERS);
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
  h.run('setUpPurchases');
  h.run('savePurchaseSettings', currency);
  return h;
}

/**
 * Puts rows on a fresh Purchases sheet as a file import would (putTable writes strings with the
 * apostrophe a person types, which a plain-text column would keep as part of the value).
 */
function replacePurchases(h: LocalHost, rows: CellValue[][]): void {
  const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
  const header = sheetValues(h, 'Purchases')[0]!;
  model.deleteSheet(model.getSheetByName('Purchases') as unknown as GoogleAppsScript.Spreadsheet.Sheet);
  putTable(h, 'Purchases', [header, ...rows]);
}

function customers(h: LocalHost): Record<string, CellValue>[] {
  const [headers, ...rows] = sheetValues(h, 'Customers');
  return rows.map((row) => Object.fromEntries(headers!.map((header, i) => [String(header), row[i] ?? ''])));
}

function totalsOf(h: LocalHost, id: string): Record<string, CellValue> {
  const row = customers(h).find((c) => c['Customer ID'] === id)!;
  const pick = ['Purchases', 'Total spent', 'Currency', 'First purchase', 'Last purchase', 'Average order', 'Days between purchases', 'Other currencies'];
  return Object.fromEntries(pick.map((key) => [key, row[key] ?? '']));
}

function purchaseCell(h: LocalHost, row: number, column: number): CellValue {
  return sheetValues(h, 'Purchases')[row - 1]?.[column - 1] ?? '';
}

function note(h: LocalHost, sheet: string, row: number, column: number): string {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed(sheet)!.getRange(row, column).getNote();
}

describe('Purchases typed or pasted in the sheet', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('makes the Purchases sheet with its headers and the totals columns on the customer sheet', () => {
    const h = setUp();
    expect(sheetValues(h, 'Purchases')[0]).toEqual(['Date', 'Customer', 'Customer ID', 'Amount', 'Currency', 'Item or service', 'Quantity', 'Branch', 'Staff', 'Payment method', 'Note', 'Counted']);
    expect(sheetValues(h, 'Interactions')[0]).toEqual(['Date', 'Customer', 'Customer ID', 'Kind', 'Staff', 'What happened', 'Next contact', 'Done']);
    expect(sheetValues(h, 'Customers')[0]!.slice(5)).toEqual(['Purchases', 'Total spent', 'Currency', 'First purchase', 'Last purchase', 'Average order', 'Days between purchases', 'Other currencies']);
  });

  it('links a pasted purchase by a phone in another format, writes the ID beside it and updates the totals', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['05.03.2026', '8 701 123 45 67', '', '54 000 тг']]);
    expect(purchaseCell(h, 2, P.customerId)).toBe('C-000001');
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 1, 'Total spent': 54000, 'Currency': 'KZT', 'Average order': 54000, 'Days between purchases': '' });
    h.userPaste('Purchases', 3, 1, [['2026-03-15', 'AIGERIM@EXAMPLE.KZ', '', '6000']]);
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 2, 'Total spent': 60000, 'Average order': 30000, 'Days between purchases': 10 });
  });

  it('never links a name alone: the row gets a note naming the candidate, and no total changes', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-05', 'Aida Nur', '', '1000']]);
    expect(purchaseCell(h, 2, P.customerId)).toBe('');
    expect(note(h, 'Purchases', 2, P.customer)).toBe('Clientele: A name alone is not enough to be sure (C-000003 could be them). Add a phone or email, or write the customer ID in “Customer ID”.');
    expect(totalsOf(h, 'C-000003')['Purchases']).toBe('');
    h.userEdit('Purchases', 2, P.customerId, 'C-000003');
    expect(totalsOf(h, 'C-000003')).toMatchObject({ 'Purchases': 1, 'Total spent': 1000 });
    expect(note(h, 'Purchases', 2, P.customer)).toBe('');
  });

  it('makes a new customer from a purchase whose customer is unknown, in one click, and links the row', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-05', 'Болат Ержанов +7 777 999 99 99', '', '5000']]);
    expect(purchaseCell(h, 2, P.customerId)).toBe('');
    expect(h.run<{ unlinked: unknown[] }>('getPurchasesPanel').unlinked).toEqual([{ row: 2, customer: 'Болат Ержанов +7 777 999 99 99' }]);
    expect(h.run('makeCustomerFromPurchaseRow', 2)).toBe('Row 2 now belongs to C-000004.');
    expect(purchaseCell(h, 2, P.customerId)).toBe('C-000004');
    expect(customers(h).at(-1)).toMatchObject({ 'Customer ID': 'C-000004', 'Name': 'Болат Ержанов', 'Phone': '+77779999999', 'Purchases': 1, 'Total spent': 5000 });
    expect(note(h, 'Purchases', 2, P.customer)).toBe('');
  });

  it('notes an amount it cannot read, by its cell, and does not count the row until it is fixed', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-05', 'C-000002', '', '2.39 million']]);
    expect(note(h, 'Purchases', 2, P.amount)).toBe('Clientele: not an amount that can be read for sure');
    expect(totalsOf(h, 'C-000002')['Purchases']).toBe('');
    h.userEdit('Purchases', 2, P.amount, '2 390 000');
    expect(note(h, 'Purchases', 2, P.amount)).toBe('');
    expect(totalsOf(h, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 2390000 });
  });

  it('moves totals when a purchase is edited to another customer or another amount, and takes them out when cleared', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100'], ['2026-03-11', 'C-000001', '', '300'], ['2026-03-21', 'C-000001', '', '500']]);
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 3, 'Total spent': 900, 'Days between purchases': 10 });
    h.userEdit('Purchases', 3, P.amount, '350');
    expect(totalsOf(h, 'C-000001')['Total spent']).toBe(950);
    // The last purchase moves to someone else: the first customer is recounted from the other two.
    h.userEdit('Purchases', 4, P.customer, 'ivan@example.ru');
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 2, 'Total spent': 450, 'Last purchase': purchaseCell(h, 3, P.date), 'Days between purchases': 10 });
    expect(totalsOf(h, 'C-000002')).toMatchObject({ 'Purchases': 1, 'Total spent': 500 });
    // Clearing the customer cell leaves the row uncounted.
    h.userEdit('Purchases', 2, P.customer, '');
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 1, 'Total spent': 350, 'First purchase': purchaseCell(h, 3, P.date) });
    expect(purchaseCell(h, 3, P.date)).toBeInstanceOf(Date);
  });

  it('keeps other currencies apart unless a rate is given, and reads toman and rial as one', () => {
    const h = setUp({ shopCurrency: 'IRT', rates: '' });
    h.userPaste('Purchases', 2, 1, [['۱۴۰۵/۰۲/۱۵', 'C-000002', '', '۴٬۵۰۰٬۰۰۰ تومان'], ['2026-05-06', 'C-000002', '', '10,000,000 ریال'], ['2026-05-07', 'C-000002', '', '$20']]);
    expect(totalsOf(h, 'C-000002')).toMatchObject({ 'Purchases': 3, 'Total spent': 5_500_000, 'Currency': 'IRT', 'Average order': 2_750_000, 'Other currencies': 'USD 20 ×1' });
  });

  it('reads a rate typed with Persian digits and separators as one typed with Latin digits', () => {
    const h = setUp({ shopCurrency: 'IRT', rates: 'USD ۶۰٬۰۰۰' });
    h.userPaste('Purchases', 2, 1, [['2026-05-06', 'C-000002', '', '100000'], ['2026-05-07', 'C-000002', '', '$20']]);
    expect(totalsOf(h, 'C-000002')).toMatchObject({ 'Purchases': 2, 'Total spent': 1_300_000, 'Currency': 'IRT', 'Other currencies': '' });
  });

  it('Recalculate totals gives the same totals the edits kept, in a constant number of calls', () => {
    const h = setUp();
    const rows = [['2026-03-01', 'C-000001', '', '100'], ['2026-03-11', '+7 916 123 45 67', '', '300'], ['2026-03-21', 'C-000001', '', '500'], ['2026-03-22', 'nobody', '', '1']];
    h.userPaste('Purchases', 2, 1, rows);
    const kept = [totalsOf(h, 'C-000001'), totalsOf(h, 'C-000002')];
    const progress = h.run('recalculateTotals') as { done: boolean; customers: number; purchases: number };
    expect(progress).toMatchObject({ done: true, customers: 2, purchases: 3 });
    expect([totalsOf(h, 'C-000001'), totalsOf(h, 'C-000002')]).toEqual(kept);
  });

  it('reads of the customer sheet only what links a purchase and its totals: other columns cost nothing and keep what they hold', () => {
    const extra = Array.from({ length: 15 }, (_, i) => `Note ${i + 1}`);
    const wide = (withExtra: boolean): LocalHost => {
      const h = addonHost();
      const rows = Array.from({ length: 50 }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.kz`, `+7701${1_000_000 + i}`, ...(withExtra ? extra.map((e) => `${e} of ${i + 1}`) : [])]);
      putTable(h, 'Customers', [['Customer ID', 'Name', 'Email', 'Phone', ...(withExtra ? extra : [])], ...rows]);
      h.run('setUpCustomerSheet');
      h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
      h.run('setUpPurchases');
      h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
      return h;
    };
    // One host at a time: a host's services are the globals the add-on calls while it is the latest made.
    const type = (h: LocalHost) => h.userPaste('Purchases', 2, 1, [['2026-03-01', '8 701 100 00 07', '', '1500']]);
    const cellsRead = (withExtra: boolean) => {
      const h = wide(withExtra);
      const before = sheetValues(h, 'Customers');
      type(h);
      const typed = h.executionTime.last!.cellsRead;
      h.run('recalculateTotals');
      return { h, before, typed, recalculated: h.executionTime.last!.cellsRead };
    };
    const narrow = cellsRead(false);
    const broad = cellsRead(true);
    // The header is read whole (15 cells more); of the 50 customers' rows, not one cell more.
    expect(broad.typed - narrow.typed).toBe(extra.length);
    expect(broad.recalculated - narrow.recalculated).toBe(extra.length);
    const { before } = broad;
    const after = sheetValues(broad.h, 'Customers');
    const columnOf = (name: string) => after[0]!.indexOf(name);
    expect(after.map((row) => extra.map((e) => row[columnOf(e)]))).toEqual(before.map((row) => extra.map((e) => row[before[0]!.indexOf(e)])));
    expect(after[8]![columnOf('Total spent')]).toBe(1500);
  });

  describe('an edit reads of the customer sheet what its rows need, whatever the number of customers', () => {
    // One host at a time: a host's services are the globals the add-on calls while it is the latest made.
    const shop = (count: number): LocalHost => {
      const h = addonHost();
      const rows = Array.from({ length: count }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.kz`, `+7701${1_000_000 + i}`, 'Almaty']);
      putTable(h, 'Customers', [['Customer ID', 'Name', 'Email', 'Phone', 'City'], ...rows]);
      h.run('setUpCustomerSheet');
      h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
      h.run('setUpPurchases');
      h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
      return h;
    };
    const cellsPerCustomer = (customer: string) => {
      const cellsRead = (count: number) => {
        const h = shop(count);
        h.userPaste('Purchases', 2, 1, [['2026-03-01', customer, '', '1500']]);
        expect(totalsOf(h, 'C-000007')).toMatchObject({ 'Purchases': 1, 'Total spent': 1500 });
        return h.executionTime.last!.cellsRead;
      };
      return (cellsRead(1_050) - cellsRead(50)) / 1_000;
    };

    it('a purchase by its customer ID: the ID column, and that customer’s totals', () => {
      expect(cellsPerCustomer('C-000007')).toBe(1);
    });

    it('a purchase by a phone as typed: the ID, name, email and phone columns, never the city or the totals of the others', () => {
      expect(cellsPerCustomer('8 701 100 00 06')).toBe(4);
    });

    it('a purchase cleared: the ID column, and the totals of the customer it counted for', () => {
      const cellsRead = (count: number) => {
        const h = shop(count);
        h.userPaste('Purchases', 2, 1, [['2026-03-01', '8 701 100 00 06', '', '1500']]);
        h.userPaste('Purchases', 2, 1, [['', '', '', '']]);
        expect(totalsOf(h, 'C-000007')).toMatchObject({ 'Purchases': 0, 'Total spent': 0 });
        return h.executionTime.last!.cellsRead;
      };
      expect((cellsRead(1_050) - cellsRead(50)) / 1_000).toBe(1);
    });

    it('an interaction by its customer ID: the ID column only', () => {
      const cellsRead = (count: number) => {
        const h = shop(count);
        h.userPaste('Interactions', 2, 1, [['2026-03-01', 'C-000007', '', 'call', '', 'Asked about prices', '', '']]);
        expect(sheetValues(h, 'Interactions')[1]![2]).toBe('C-000007');
        return h.executionTime.last!.cellsRead;
      };
      expect((cellsRead(1_050) - cellsRead(50)) / 1_000).toBe(1);
    });

    it('a purchase moved from the first customer to the last: both totals change, every customer between keeps theirs', () => {
      const h = shop(50);
      h.userPaste('Purchases', 2, 1, Array.from({ length: 50 }, (_, i) => ['2026-03-01', `C-${String(i + 1).padStart(6, '0')}`, '', String(100 * (i + 1))]));
      const between = () => Array.from({ length: 48 }, (_, i) => totalsOf(h, `C-${String(i + 2).padStart(6, '0')}`));
      const before = between();
      expect(before[0]).toMatchObject({ 'Purchases': 1, 'Total spent': 200 });
      h.userEdit('Purchases', 2, 2, 'C-000050');
      expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 0, 'Total spent': 0 });
      expect(totalsOf(h, 'C-000050')).toMatchObject({ 'Purchases': 2, 'Total spent': 5_100 });
      expect(between()).toEqual(before);
    });
  });

  it('a recalculation left half done goes on in the hourly scheduler, which goes once it is done', () => {
    const h = setUp();
    const header = sheetValues(h, 'Purchases')[0]!;
    const rows = Array.from({ length: 250_000 }, (_, i) => { const row: CellValue[] = header.map(() => ''); row[0] = new Date(Date.UTC(2026, 0, 1 + (i % 300))); row[1] = `C-00000${1 + (i % 3)}`; row[3] = 10; return row; });
    replacePurchases(h, rows);
    const first = h.run('recalculateTotals', 0) as { done: boolean };
    expect(first.done).toBe(false);
    const scheduler = () => h.scriptApp.listTriggers().filter((t) => t.handler === 'runScheduler');
    expect(scheduler()).toHaveLength(1);
    for (let i = 0; i < 5 && scheduler().length > 0; i++) h.fireTrigger(scheduler()[0]!.id);
    expect(scheduler()).toEqual([]);
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 83_334, 'Total spent': 833_340 });
  });
});

describe('Purchases and interactions in privacy, backups and the audit log', () => {
  it('an export holds their purchases and interactions; an erasure keeps the sale without the buyer and removes the interactions', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100', '', 'Haircut'], ['2026-03-02', 'C-000002', '', '200', '', 'Colour']]);
    h.userPaste('Interactions', 2, 1, [['2026-03-01', 'C-000001', '', 'call', '', 'Asked about prices', '2026-03-10', '']]);
    const exported = JSON.parse(h.run<{ json: string }>('exportCustomerData', 'C-000001', '2026-11-23').json) as { sheets: { sheet: string; rows: unknown[] }[] };
    expect(exported.sheets.filter((s) => ['Purchases', 'Interactions'].includes(s.sheet)).map((s) => [s.sheet, s.rows.length])).toEqual([['Purchases', 1], ['Interactions', 1]]);
    h.run('eraseCustomer', 'C-000001', '2026-11-23');
    const purchases = sheetValues(h, 'Purchases');
    expect(purchases[1]!.slice(0, 6)).toEqual([purchases[1]![0], '', '', 100, '', 'Haircut']);
    expect(purchases[1]![P.counted - 1] ?? '').toBe('');
    expect(purchases[2]!.slice(1, 3)).toEqual(['C-000002', 'C-000002']);
    expect(sheetValues(h, 'Interactions').slice(1).filter((row) => row.some((cell) => cell !== ''))).toEqual([]);
  });

  it('logs each purchase edit in the Audit log with the customer, never the values', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', '8 701 123 45 67', '', '54 000 тг']]);
    const log = sheetValues(h, 'Audit log');
    const last = log[log.length - 1]!;
    expect(last.slice(2, 5)).toEqual(['purchase', 'C-000001', '2']);
    expect(JSON.stringify(log)).not.toContain('54 000');
  });
});

describe('Merging customers moves their history', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('gives the survivor the merged customer’s purchases, interactions and totals; undo moves them back', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100'], ['2026-03-05', 'C-000003', '', '300'], ['2026-03-09', 'C-000003', '', '500']]);
    h.userPaste('Interactions', 2, 1, [['2026-03-01', 'C-000003', 'C-000003', 'call', '', 'Called back', '', '']]);
    const before = { purchases: sheetValues(h, 'Purchases'), interactions: sheetValues(h, 'Interactions'), c1: totalsOf(h, 'C-000001'), c3: totalsOf(h, 'C-000003') };
    expect(h.run('mergeDuplicates', [[2, 4]])).toEqual({ groups: 1, rowsMerged: 1 });
    expect(sheetValues(h, 'Purchases').slice(1).map((row) => row[P.customerId - 1])).toEqual(['C-000001', 'C-000001', 'C-000001']);
    expect(sheetValues(h, 'Interactions')[1]![2]).toBe('C-000001');
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 3, 'Total spent': 900, 'Days between purchases': 4 });
    h.run('undoLastAction', 'merge');
    expect(sheetValues(h, 'Purchases')).toEqual(before.purchases);
    expect(sheetValues(h, 'Interactions')).toEqual(before.interactions);
    expect([totalsOf(h, 'C-000001'), totalsOf(h, 'C-000003')]).toEqual([before.c1, before.c3]);
  });
  it('undo leaves a moved purchase that was changed since as it is, and moves the others back (issue 14)', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-05', 'C-000003', '', '300'], ['2026-03-09', 'C-000003', '', '500']]);
    h.run('mergeDuplicates', [[2, 4]]);
    // Someone gives the second purchase to another customer after the merge.
    h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName('Purchases')!.getRange(3, P.customerId).setValue('C-000002');
    h.run('undoLastAction', 'merge');
    expect(sheetValues(h, 'Purchases').slice(1).map((row) => row[P.customerId - 1])).toEqual(['C-000003', 'C-000002']);
  });

  it('undo leaves the purchases and interactions with the survivor when the merged-away customer cannot be put back, and says so', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100'], ['2026-03-05', 'C-000003', '', '300']]);
    h.userPaste('Interactions', 2, 1, [['2026-03-01', 'C-000003', 'C-000003', 'call', '', 'Called back', '', '']]);
    h.run('mergeDuplicates', [[2, 4]]);
    // The Phone column goes after the merge: the merged-away row (it had a phone) has nowhere to go back to.
    h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName('Customers')!.deleteColumn(4);
    const message = h.run<string>('undoLastAction', 'merge');
    expect(customers(h).map((c) => c['Customer ID'])).toEqual(['C-000001', 'C-000002']);
    expect(sheetValues(h, 'Purchases').slice(1).map((row) => row[P.customerId - 1])).toEqual(['C-000001', 'C-000001']);
    expect(sheetValues(h, 'Purchases').slice(1).map((row) => String(row[P.counted - 1]).startsWith('["C-000001",'))).toEqual([true, true]);
    expect(sheetValues(h, 'Interactions')[1]![2]).toBe('C-000001');
    expect(totalsOf(h, 'C-000001')).toMatchObject({ 'Purchases': 2, 'Total spent': 400 });
    expect(message).toContain('2 purchases and interactions stay with the customer they were merged into: the customer they came from is not on the sheet again (C-000003).');
  });

  it('a merge that moves only interactions leaves a Total spent typed by hand as it is, and so does its undo', () => {
    const h = setUp();
    const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
    const totalSpent = sheetValues(h, 'Customers')[0]!.indexOf('Total spent') + 1;
    model.getSheetByName('Customers')!.getRange(2, totalSpent).setValue(5000);
    h.userPaste('Interactions', 2, 1, [['2026-03-01', 'C-000003', 'C-000003', 'call', '', 'Called back', '', '']]);
    h.run('mergeDuplicates', [[2, 4]]);
    expect(sheetValues(h, 'Interactions')[1]![2]).toBe('C-000001');
    expect(totalsOf(h, 'C-000001')['Total spent']).toBe(5000);
    h.run('undoLastAction', 'merge');
    expect(sheetValues(h, 'Interactions')[1]![2]).toBe('C-000003');
    expect(totalsOf(h, 'C-000001')['Total spent']).toBe(5000);
  });
});
