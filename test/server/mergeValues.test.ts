/**
 * Issue 19: a merge keeps the better value, not the later row's. The rows below are the issue's
 * example: with no Updated column, the newer record (by its Last purchase) is the first row.
 */
import type { CellValue } from '../../src/core/customerRecord';
import type { DuplicateGroups } from '../../src/server/dedupe/duplicates';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';

const HEADER: CellValue[] = ['Customer ID', 'Name', 'Email', 'Phone', 'Last purchase', 'Total spent', 'NPS'];
const NEWER: CellValue[] = ['C-000001', 'Айгерим Серикова', 'aigerim@yandex.ru', '+77011234567', new Date(Date.UTC(2026, 8, 22)), 15400, 8];
const OLDER: CellValue[] = ['C-000002', 'Айгерим Серикова', 'aigerim@yandx.ru', '+77011234567', new Date(Date.UTC(2026, 3, 15)), 3200, 7];

function mergedRow(rows: CellValue[][]): Record<string, CellValue> {
  const h = addonHost();
  putTable(h, 'Customers', [HEADER, ...rows]);
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  expect(h.run('mergeDuplicates', [[2, 3]])).toEqual({ groups: 1, rowsMerged: 1 });
  const [header, row] = sheetValues(h, 'Customers');
  return Object.fromEntries(header!.map((name, c) => [String(name), row![c] ?? '']));
}

describe('A merge keeps the better value (issue 19)', () => {
  it.each([
    ['the newer row first', [NEWER, OLDER]],
    ['the newer row last', [OLDER, NEWER]],
  ])('takes the newest by the rows’ own dates, sums the totals, keeps the valid email (%s)', (_, rows) => {
    const merged = mergedRow(rows as CellValue[][]);
    expect(merged['Last purchase']).toEqual(new Date(Date.UTC(2026, 8, 22)));
    expect(merged['Total spent']).toBe(15400 + 3200);
    expect(merged['NPS']).toBe(8);
    expect(merged['Email']).toBe('aigerim@yandex.ru');
    // The losers are kept aside; the sum and the latest date stand for both rows, so they are not.
    expect(merged['Other contacts']).toBe('Email: aigerim@yandx.ru; NPS: 7');
  });

  it('takes a score written as a number over the newer row’s “семь”', () => {
    const merged = mergedRow([[...NEWER.slice(0, 6), 'семь'], OLDER]);
    expect(merged['NPS']).toBe(7);
    expect(merged['Other contacts']).toContain('NPS: семь');
  });

  it('keeps the newest value when no value is better (both emails valid)', () => {
    const merged = mergedRow([OLDER.map((v, c) => (c === 2 ? 'aigerim@mail.ru' : v)), NEWER]);
    expect(merged['Email']).toBe('aigerim@yandex.ru');
  });
});

describe('The review panel previews the merged record (issue 19)', () => {
  it('shows, before Merge, the values Merge then writes', () => {
    const h = addonHost();
    putTable(h, 'Customers', [HEADER, OLDER, NEWER]);
    h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    const [group] = h.run<DuplicateGroups>('getDuplicates').groups;
    expect(group!.rows).toEqual([2, 3]);
    const preview = Object.fromEntries(group!.preview!.fields.map((field) => [field.header, field.value]));
    expect(preview).toMatchObject({ 'Email': 'aigerim@yandex.ru', 'Total spent': '18600', 'NPS': '8', 'Other contacts': 'Email: aigerim@yandx.ru; NPS: 7' });
    expect(preview['Last purchase']).toMatch(/2026-09-22/);
    expect(group!.preview!.recounted).toBe(false);
    h.run('mergeDuplicates', [group!.rows], true);
    const [header, row] = sheetValues(h, 'Customers');
    expect(row![header!.indexOf('Total spent')]).toBe(18600);
    expect(row![header!.indexOf('Other contacts')]).toBe(preview['Other contacts']);
  });
});

describe('Totals the Purchases sheet makes are recounted, not added up (issue 16 with 19)', () => {
  beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
  afterEach(() => jest.useRealTimers());

  it('previews the recount and leaves each purchase counted once', () => {
    const h = addonHost();
    putTable(h, 'Customers', [['Customer ID', 'Name', 'Email', 'Phone'], ['C-000001', 'Айгерим Серикова', 'aigerim@yandex.ru', '+77011234567'], ['C-000002', 'Айгерим Серикова', '', '+77011234567']]);
    h.run('setUpCustomerSheet');
    h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
    h.run('setUpPurchases');
    h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '15400'], ['2026-04-15', 'C-000002', '', '3200']]);
    const [group] = h.run<DuplicateGroups>('getDuplicates').groups;
    expect(group!.preview!.recounted).toBe(true);
    h.run('mergeDuplicates', [group!.rows], true);
    const [header, ...rows] = sheetValues(h, 'Customers');
    expect(rows).toHaveLength(1);
    expect(rows[0]![header!.indexOf('Total spent')]).toBe(18600);
    expect(rows[0]![header!.indexOf('Purchases')]).toBe(2);
  });
});
