import type { CellValue } from '../../src/core/customerRecord';
import { MERGED_SHEET } from '../../src/server/dedupe/merging';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const TABLE: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'City', 'Notes'],
  ['C-000001', 'Иванов Иван', '+77011234567', 'ivan@mail.ru', 'Алматы', ''],
  ['C-000002', 'Wang Fang', '+8613800138000', '', '上海', 'VIP'],
  ['C-000003', 'Ivan Ivanov', '+77017654321', '', 'Almaty', 'prefers Telegram'],
  ['C-000004', '王芳', '', 'wang@163.com', '上海', ''],
];

function host() {
  const h = addonHost();
  putTable(h, 'Sheet1', TABLE);
  return h;
}

describe('Merge duplicates', () => {
  it('keeps the oldest ID, moves the merged rows to the Merged sheet and keeps every losing value', () => {
    const h = host();
    expect(h.run('mergeDuplicates', [[2, 4], [3, 5]])).toEqual({ groups: 2, rowsMerged: 2 });
    expect(sheetValues(h, 'Sheet1')).toEqual([
      [...TABLE[0]!, 'Other contacts'],
      ['C-000001', 'Ivan Ivanov', '+77017654321', 'ivan@mail.ru', 'Almaty', 'prefers Telegram', 'Name: Иванов Иван; Phone: +77011234567; City: Алматы'],
      ['C-000002', '王芳', '+8613800138000', 'wang@163.com', '上海', 'VIP', 'Name: Wang Fang'],
    ]);
    const merged = sheetValues(h, MERGED_SHEET);
    expect(merged[0]).toEqual([...TABLE[0]!, 'Merged into', 'Merged at']);
    expect(merged.slice(1).map((row) => [row[0], row[6]])).toEqual([
      ['C-000003', 'C-000001'],
      ['C-000004', 'C-000002'],
    ]);
    expect(merged[1]?.[7]).toBeInstanceOf(Date);
    // The user stays on the customer sheet.
    expect(h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('never gives a merged-away ID to a new customer, even on a sheet typed in by hand', () => {
    const h = host();
    h.run('mergeDuplicates', [[2, 4], [3, 5]]);
    const table = sheetValues(h, 'Sheet1');
    putTable(h, 'Sheet1', [...table, ['', 'Aigerim', '+77010000000', '', 'Astana', '', '']]);
    h.run('setUpCustomerSheet');
    expect(sheetValues(h, 'Sheet1')[3]![0]).toBe('C-000005');
  });

  it('is undone exactly: the table as it was, the Merged rows gone', () => {
    const h = host();
    h.run('mergeDuplicates', [[2, 4], [3, 5]]);
    expect(h.run<string>('undoLastAction')).toMatch(/^Restored \d+ cells as they were\.$/);
    expect(sheetValues(h, 'Sheet1')).toEqual(TABLE);
    expect(sheetValues(h, MERGED_SHEET)).toEqual([[...TABLE[0]!, 'Merged into', 'Merged at']]);
  });

  it('costs the same service calls for 10 rows as for 2,000', () => {
    const calls = (count: number) => {
      const h = addonHost();
      putTable(h, 'Sheet1', [TABLE[0]!, ...Array.from({ length: count }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Customer ${i}`, '', '', '', ''])]);
      h.ctx.calls.reset();
      h.run('mergeDuplicates', [[2, 3], [4, 5]]);
      return h.ctx.calls.snapshot();
    };
    expect(calls(2_000)).toEqual(calls(10));
  });
});

describe('Merge rules', () => {
  it('are the user’s to change, and the merge follows them', () => {
    const h = host();
    h.run('saveMergeRules', { name: 'oldest', city: 'oldest', notes: 'longest' });
    h.run('mergeDuplicates', [[2, 4]]);
    expect(sheetValues(h, 'Sheet1')[1]?.slice(0, 5)).toEqual(['C-000001', 'Иванов Иван', '+77017654321', 'ivan@mail.ru', 'Алматы']);
  });

  it('refuses a rule that does not exist', () => {
    expect(() => host().run('saveMergeRules', { name: 'prettiest' })).toThrow();
  });
});

describe('Undo from a panel', () => {
  it('undoes only its own kind of action', () => {
    const h = host();
    h.run('mergeDuplicates', [[2, 4]]);
    expect(h.run<string>('undoLastAction', 'clean')).toBe('Nothing to undo.');
    expect(sheetValues(h, 'Sheet1')).toHaveLength(TABLE.length - 1);
    expect(h.run<string>('undoLastAction', 'merge')).toMatch(/^Restored/);
    expect(sheetValues(h, 'Sheet1')).toEqual(TABLE);
  });
});
