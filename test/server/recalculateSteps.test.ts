/**
 * Recalculate totals in resumable steps (issue 16): blocks of purchase rows linked a step at a
 * time, then the totals summed from the Counted column and written a block of customers at a
 * time. A stepped run must leave exactly the sheets one run leaves, also when purchases are
 * edited between its steps: the edit counts as it is when the recalculation ends.
 */
import type { CellValue } from '../../src/core/customerRecord';
import type { LocalHost } from '../../src/local/localHost';
import { actionContext } from '../../src/server/actionContext';
import { recalculateTotalsStep, type RecalculationLimits, type RecalculationProgress } from '../../src/server/purchases/recalculateTotals';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const CUSTOMER_COUNT = 20;
/** Purchases columns of a new sheet (en), 1-based. */
const P = { date: 1, customer: 2, customerId: 3, amount: 4, currency: 5, counted: 12 } as const;
/** A block is 7 purchase rows of the 12 columns, or 10 customers of the 8 totals columns; a budget of 0 does one block a step. */
const SMALL: RecalculationLimits = { stepBudgetMs: 0, blockCells: 84 };

function customers(): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: CUSTOMER_COUNT }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i + 1}`, `c${i + 1}@example.kz`, `+7701${String(1_000_000 + i)}`, '']);
  // Never counted and without a purchase: the Total spent typed by hand stays.
  rows[CUSTOMER_COUNT - 1]![4] = 'typed total below';
  return [['Customer ID', 'Name', 'Email', 'Phone', 'Notes'], ...rows];
}

/** 60 purchases: by ID, by a phone as typed, by an email in capitals, refunds, dollars, an unreadable amount, a name alone. */
function purchases(header: readonly CellValue[]): CellValue[][] {
  return Array.from({ length: 60 }, (_, i) => {
    const row: CellValue[] = header.map(() => '');
    const customer = (i * 7) % (CUSTOMER_COUNT - 1);
    row[P.date - 1] = new Date(Date.UTC(2026, 0, 1 + ((i * 13) % 300)));
    row[P.customer - 1] = i % 5 === 1 ? `8 701 ${String(1_000_000 + customer).replace(/(\d{3})(\d{2})(\d{2})/, '$1 $2 $3')}` : i % 5 === 2 ? `C${customer + 1}@EXAMPLE.KZ` : `C-${String(customer + 1).padStart(6, '0')}`;
    row[P.amount - 1] = i % 11 === 3 ? -250 : i % 17 === 4 ? 'about a thousand' : 1000 + i * 10;
    if (i % 13 === 6) row[P.currency - 1] = 'USD';
    if (i === 58) row[P.customer - 1] = 'Customer 3';
    return row;
  });
}

function setUp(): LocalHost {
  const h = addonHost();
  putTable(h, 'Customers', customers());
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  h.run('setUpPurchases');
  h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
  const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
  const header = sheetValues(h, 'Purchases')[0]!;
  model.deleteSheet(model.getSheetByName('Purchases') as unknown as GoogleAppsScript.Spreadsheet.Sheet);
  putTable(h, 'Purchases', [header, ...purchases(header)]);
  const customerSheet = model.sheetNamed('Customers')!;
  const totalSpent = sheetValues(h, 'Customers')[0]!.indexOf('Total spent') + 1;
  customerSheet.getRange(CUSTOMER_COUNT + 1, totalSpent).setValue(4321);
  return h;
}

/** Edits a user makes in the sheet (each fires the edit trigger, which relinks the row and moves its totals). */
const EDITS = {
  linkedRow: (h: LocalHost) => h.userEdit('Purchases', 4, P.amount, '777'),
  rowNotLinkedYet: (h: LocalHost) => h.userEdit('Purchases', 50, P.customer, 'c5@example.kz'),
  // Between the two blocks of customers: a purchase moves from a customer already written to one not yet written.
  movedAcrossBlocks: (h: LocalHost) => h.userEdit('Purchases', 5, P.customer, 'C-000015'),
  cleared: (h: LocalHost) => h.userEdit('Purchases', 9, P.amount, ''),
};

function step(): RecalculationProgress {
  return recalculateTotalsStep(actionContext(), SMALL);
}

describe('Recalculate totals in steps', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('links a block of rows a step, then writes a block of customers a step, and ends with what one run gives, edits between steps included', () => {
    const one = setUp();
    for (const edit of Object.values(EDITS)) edit(one);
    const single = one.run<RecalculationProgress>('recalculateTotals');
    expect(single).toMatchObject({ done: true, resumed: false, total: 60, processed: 60 });

    const h = setUp();
    const answers: RecalculationProgress[] = [];
    const next = () => answers.push(step());
    next();
    next();
    // Rows 2–15 are linked now; row 4 is one of them, row 50 is not.
    EDITS.linkedRow(h);
    EDITS.rowNotLinkedYet(h);
    while (!answers.at(-1)!.done && answers.at(-1)!.processed < 60) next();
    // Every row is linked: the first step of summing writes the first block of customers (1–10).
    next();
    EDITS.movedAcrossBlocks(h);
    EDITS.cleared(h);
    while (!answers.at(-1)!.done && answers.length < 50) next();

    // 60 rows in blocks of 7: nine linking steps, then two of customers (20 in blocks of 10).
    expect(answers).toHaveLength(11);
    expect(answers.map((a) => a.processed)).toEqual([7, 14, 21, 28, 35, 42, 49, 56, 60, 60, 60]);
    expect(answers.map((a) => a.done)).toEqual([...Array<boolean>(10).fill(false), true]);
    expect(answers.slice(1).every((a) => a.resumed)).toBe(true);
    expect(answers.at(-1)).toMatchObject({ customers: single.customers, purchases: single.purchases, problemCount: single.problemCount });
    expect(sheetValues(h, 'Customers')).toEqual(sheetValues(one, 'Customers'));
    expect(sheetValues(h, 'Purchases')).toEqual(sheetValues(one, 'Purchases'));
  });

  it('a step that links the last rows of a run begun earlier goes on to sum and write the totals when it has time', () => {
    const one = setUp();
    const single = one.run<RecalculationProgress>('recalculateTotals');

    const h = setUp();
    const first = step();
    expect(first).toMatchObject({ done: false, processed: 7 });
    // The same blocks with a whole step's time: the other 53 rows are linked, then (without a step of its own) the summing and the totals.
    const second = recalculateTotalsStep(actionContext(), { ...SMALL, stepBudgetMs: 60_000 });
    expect(second).toMatchObject({ done: true, resumed: true, processed: 60, customers: single.customers, purchases: single.purchases, problemCount: single.problemCount });
    expect(sheetValues(h, 'Customers')).toEqual(sheetValues(one, 'Customers'));
    expect(sheetValues(h, 'Purchases')).toEqual(sheetValues(one, 'Purchases'));
  });

  it('rows deleted above where a step stopped do not make the next step skip a row', () => {
    const deleteRows = (h: LocalHost) => h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Purchases')!.deleteRows(3, 3);
    const one = setUp();
    deleteRows(one);
    expect(one.run<RecalculationProgress>('recalculateTotals')).toMatchObject({ done: true, total: 57 });

    const h = setUp();
    step();
    step();
    // Rows 2–15 are linked; rows 16–18 move up to 13–15, above the row the next step starts at.
    deleteRows(h);
    let last = step();
    for (let i = 0; i < 50 && !last.done; i++) last = step();
    expect(last.done).toBe(true);
    expect(sheetValues(h, 'Purchases')).toEqual(sheetValues(one, 'Purchases'));
    expect(sheetValues(h, 'Customers')).toEqual(sheetValues(one, 'Customers'));
  });

  it('keeps the totals a person expects: the edited amount, the moved purchase, the typed total of a customer never counted', () => {
    const h = setUp();
    for (const edit of Object.values(EDITS)) edit(h);
    h.run('recalculateTotals');
    const [headers, ...rows] = sheetValues(h, 'Customers');
    const column = (name: string) => headers!.indexOf(name);
    const purchasesOf = (id: string) => sheetValues(h, 'Purchases').slice(1).filter((row) => row[P.customerId - 1] === id && typeof row[P.amount - 1] === 'number' && row[P.currency - 1] !== 'USD');
    const spent = (id: string) => rows.find((row) => row[0] === id)![column('Total spent')];
    // Row 4 now holds 777 for its customer; the row moved to C-000015 counts there.
    expect(sheetValues(h, 'Purchases')[3]![P.amount - 1]).toBe(777);
    expect(sheetValues(h, 'Purchases')[4]![P.customerId - 1]).toBe('C-000015');
    for (const id of ['C-000001', 'C-000005', 'C-000015']) expect(spent(id)).toBe(purchasesOf(id).reduce((sum, row) => sum + (row[P.amount - 1] as number), 0));
    expect(rows.at(-1)![column('Total spent')]).toBe(4321);
    expect(rows.at(-1)![column('Purchases')]).toBe('');
  });

  it('a second recalculation of unchanged purchases writes no cell', () => {
    const h = setUp();
    h.run('recalculateTotals');
    const before = { customers: sheetValues(h, 'Customers'), purchases: sheetValues(h, 'Purchases') };
    h.ctx.calls.reset();
    expect(h.run<RecalculationProgress>('recalculateTotals').done).toBe(true);
    // One write: the audit log's row.
    expect(h.ctx.calls.snapshot()['Range.setValues']).toBe(1);
    expect(sheetValues(h, 'Customers')).toEqual(before.customers);
    expect(sheetValues(h, 'Purchases')).toEqual(before.purchases);
  });
});
