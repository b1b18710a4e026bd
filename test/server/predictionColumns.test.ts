/**
 * Update predictions (menu and insights panel): the prediction columns written on the customer
 * sheet in one block, as protected system columns with headers in the user's language, logged
 * once with counts only, never over a column of the user's, never NaN, recomputed not undone.
 */
import { AUDIT_COLUMNS, AUDIT_SHEET } from '../../src/core/audit/auditRecords';
import type { CellValue } from '../../src/core/customerRecord';
import type { PredictionColumnsResult } from '../../src/server/predict/predictionColumnsWrite';
import { customerSheetWithHistories, HISTORY_HEADERS } from '../support/customerHistories';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const TODAY = TEST_NOW.toISOString();
const ENGLISH = ['Probability active', 'Expected purchases', 'Expected average spend', 'Expected value (CLV)', 'Value at risk'];
const WIDTH = HISTORY_HEADERS.length;

function sheetOf(host: ReturnType<typeof addonHost>, name = 'Sheet1') {
  return host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName(name)!;
}

function withHistories(customers = 400) {
  const host = addonHost();
  putTable(host, 'Sheet1', customerSheetWithHistories(customers));
  return host;
}

describe('Update predictions', () => {
  test('writes the five columns after the last one, each header explained in its note, every cell a number in range or empty', () => {
    const host = withHistories();
    const before = sheetValues(host, 'Sheet1');
    const result = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result).toMatchObject({ written: true, predicted: 400, blank: 0, added: 5 });
    expect(result.message).toBe('Predictions written on Sheet1 for 400 customers (5 columns; 0 rows without a history left empty).');
    const after = sheetValues(host, 'Sheet1');
    expect(after.map((row) => row.slice(0, WIDTH))).toEqual(before);
    expect(after[0]!.slice(WIDTH)).toEqual(ENGLISH);
    for (const row of after.slice(1)) {
      const [active, purchases, spend, value, atRisk] = row.slice(WIDTH) as number[];
      for (const cell of [active, purchases, spend, value, atRisk]) expect(Number.isFinite(cell)).toBe(true);
      expect(active).toBeGreaterThanOrEqual(0);
      expect(active).toBeLessThanOrEqual(1);
      expect(purchases).toBeGreaterThanOrEqual(0);
      expect(spend).toBeGreaterThan(0);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(atRisk).toBeGreaterThanOrEqual(0);
    }
    const header = sheetOf(host).getRange(1, WIDTH + 1, 1, 5);
    expect(header.getNotes()[0]![1]).toBe('Expected purchases in the next 90 days: what a customer of this rhythm buys in that time, counting the chance they have left.');
    expect(header.getFontWeights()[0]).toEqual(['bold', 'bold', 'bold', 'bold', 'bold']);
    expect(sheetOf(host).getRange(2, WIDTH + 1).getNumberFormat()).toBe('0.0%');
  });

  test('the figures agree with the insights panel’s totals', () => {
    const host = withHistories();
    host.run('updatePredictions', TODAY);
    const { predictions } = host.run<{ predictions: { expectedPurchases: number; values: { lifetimeValue: number }[] } }>('getInsights', TODAY);
    const rows = sheetValues(host, 'Sheet1').slice(1);
    const sum = (column: number) => rows.reduce((total, row) => total + Number(row[column]), 0);
    expect(sum(WIDTH + 1)).toBeCloseTo(predictions.expectedPurchases, 0);
    expect(sum(WIDTH + 3) / predictions.values[0]!.lifetimeValue).toBeCloseTo(1, 4);
  });

  test('costs the same service calls for 400 customers as for 2,000: one setValues for the block', () => {
    const calls = (customers: number) => {
      const host = withHistories(customers);
      host.run('updatePredictions', TODAY);
      host.ctx.calls.reset();
      host.run('updatePredictions', TODAY);
      return host.ctx.calls.snapshot();
    };
    const small = calls(400);
    expect(calls(2_000)).toEqual(small);
    // The block and the Audit log's one row.
    expect(small['Range.setValues']).toBe(2);
  });

  test('a second run adds no column and stacks no protection; the columns are protected with a warning, as the other system columns', () => {
    const host = withHistories();
    host.run('updatePredictions', TODAY);
    const first = sheetValues(host, 'Sheet1');
    host.run('updatePredictions', TODAY);
    expect(sheetValues(host, 'Sheet1')).toEqual(first);
    const protections = sheetOf(host).getProtections(SpreadsheetApp.ProtectionType.RANGE);
    expect(protections.map((p) => p.getRange().getA1Notation())).toEqual(['I1:I1000', 'J1:J1000', 'K1:K1000', 'L1:L1000', 'M1:M1000']);
    expect(protections.every((p) => p.isWarningOnly() && p.getDescription().startsWith('Clientele'))).toBe(true);
    const edit = host.spreadsheetApp.userEdit(host.activeSpreadsheetId()!, 'Sheet1', 2, WIDTH + 1, '0.5');
    expect(edit.warning).toBeTruthy();
  });

  test('under the owner-only protection setting the columns are the owner’s: another editor is refused', () => {
    const host = withHistories();
    host.run('setAuditedEditing', true, 'owner');
    host.run('updatePredictions', TODAY);
    const ours = sheetOf(host).getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getRange().getColumn() > WIDTH);
    expect(ours).toHaveLength(5);
    expect(ours.some((p) => p.isWarningOnly())).toBe(false);
    expect(host.spreadsheetApp.userEdit(host.activeSpreadsheetId()!, 'Sheet1', 2, WIDTH + 1, '0.5', 'editor@example.com')).toMatchObject({ ok: false });
  });

  test('set-up replaces Clientele’s protections; the next update protects the prediction columns again', () => {
    const host = withHistories();
    host.run('updatePredictions', TODAY);
    host.run('setUpCustomerSheet');
    const protectedColumns = () => sheetOf(host).getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getRange().getColumn()).sort((a, b) => a - b);
    expect(protectedColumns()).toEqual([1]);
    host.run('updatePredictions', TODAY);
    expect(protectedColumns()).toEqual([1, 9, 10, 11, 12, 13]);
  });

  test('is one line in the Audit log, with counts only: no customer ID, no value', () => {
    const host = withHistories();
    host.run('updatePredictions', TODAY);
    const log = sheetValues(host, AUDIT_SHEET);
    expect(log).toHaveLength(2);
    const row = log[1]!;
    expect(row[AUDIT_COLUMNS.action]).toBe('predict');
    expect(row[AUDIT_COLUMNS.customerIds]).toBe('');
    expect(row[AUDIT_COLUMNS.cells]).toBe(2_000);
    expect(row[AUDIT_COLUMNS.detail]).toBe('400 customers predicted, 0 rows without a history, 5 columns added');
    expect(String(row[AUDIT_COLUMNS.fields])).toBe('probabilityActive, expectedPurchases, expectedAverageSpend, lifetimeValue, valueAtRisk');
  });

  test('is recomputed, not undone: Undo last action has nothing of it to undo', () => {
    const host = withHistories();
    host.run('updatePredictions', TODAY);
    expect(host.run<string>('undoLastAction')).toBe('Nothing to undo.');
    expect(sheetValues(host, 'Sheet1')[0]!.slice(WIDTH)).toEqual(ENGLISH);
  });

  test('headers in the user’s language; a sheet made in another language keeps its headers and is found again', () => {
    const host = withHistories();
    host.run('saveSettings', { language: 'fa', defaultCountry: 'IR' });
    host.run('updatePredictions', TODAY);
    expect(sheetValues(host, 'Sheet1')[0]!.slice(WIDTH)).toEqual(['احتمال فعال بودن', 'خریدهای مورد انتظار', 'میانگین خرید مورد انتظار', 'ارزش مورد انتظار (CLV)', 'ارزش در خطر']);
    host.run('saveSettings', { language: 'zh', defaultCountry: 'IR' });
    const result = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result).toMatchObject({ written: true, added: 0 });
    expect(result.message).toBe('已在 Sheet1 为 400 位客户写入预测（5 列；0 行没有购买记录，留空）。');
    expect(sheetValues(host, 'Sheet1')[0]).toHaveLength(WIDTH + 5);
  });

  test('a customer without a usable history gets empty cells, and so does a row emptied since the last update', () => {
    const rows = customerSheetWithHistories(400);
    rows.push(['C-401', 'Walk-in', '', '', '', '', '', '']);
    const host = addonHost();
    putTable(host, 'Sheet1', rows);
    host.run('updatePredictions', TODAY);
    expect(sheetValues(host, 'Sheet1')[401]!.slice(WIDTH)).toEqual(['', '', '', '', '']);
    sheetOf(host).getRange(2, 3, 1, 4).setValues([['', '', '', '']]);
    const result = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result).toMatchObject({ predicted: 399, blank: 2 });
    expect(sheetValues(host, 'Sheet1')[1]!.slice(WIDTH)).toEqual(['', '', '', '', '']);
  });

  test('never writes over a column of the user’s: a "Value at risk" column with text in it stops the update, naming column and row', () => {
    const rows: CellValue[][] = customerSheetWithHistories(400).map((row, i) => [...row, i === 0 ? 'Value at risk' : i === 7 ? 'high' : '']);
    const host = addonHost();
    putTable(host, 'Sheet1', rows);
    const before = sheetValues(host, 'Sheet1');
    const result = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result).toEqual({ written: false, message: 'Predictions not written: column I ("Value at risk") has text in row 8, which Clientele did not write: rename the column if it is yours.' });
    expect(sheetValues(host, 'Sheet1')).toEqual(before);
    expect(host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName(AUDIT_SHEET)).toBeNull();
  });

  test('with too few repeat customers or a purchase column missing, nothing is written and the message says why', () => {
    const few = addonHost();
    putTable(few, 'Sheet1', customerSheetWithHistories(400).slice(0, 21));
    const before = sheetValues(few, 'Sheet1');
    const result = few.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result.written).toBe(false);
    expect(result.message).toMatch(/^Predictions not written: Too few customers bought again to predict: \d+, at least 20 are needed\.$/);
    expect(sheetValues(few, 'Sheet1')).toEqual(before);

    const missing = addonHost();
    putTable(missing, 'Sheet1', customerSheetWithHistories(400).map((row) => row.filter((_, i) => i !== 3)));
    expect(missing.run<PredictionColumnsResult>('updatePredictions', TODAY).message).toBe(
      'Predictions not written: Predictions need a purchase count, a first purchase, a last purchase and a total spent column; missing: First purchase.',
    );
  });

  test('is on the menu and shows its message as a toast', () => {
    const host = withHistories();
    host.openDocument();
    expect(host.ui.menus[0]!.items).toContainEqual({ caption: 'Update predictions', functionName: 'updatePredictions' });
    const { message } = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.toasts.at(-1)).toMatchObject({ message });
  });
});
