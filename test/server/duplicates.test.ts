import { DEMO_DUPLICATE_GROUPS, DEMO_HARD_NEGATIVES, demoCustomerTable } from '../../src/local/demo/demoCustomers';
import type { DuplicateGroups } from '../../src/server/duplicates';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

function demoHost() {
  const h = addonHost();
  putTable(h, 'Sheet1', demoCustomerTable());
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  return h;
}

describe('Find duplicates on the demo workbook', () => {
  it('finds every known duplicate group and merges no hard negative', () => {
    const result = demoHost().run<DuplicateGroups>('getDuplicates');
    // Sheet rows are data rows + 1.
    const groups = result.groups.map((g) => g.rows.map((row) => row - 1));
    for (const known of DEMO_DUPLICATE_GROUPS) expect(groups).toContainEqual([...known].sort((a, b) => a - b));
    for (const negative of DEMO_HARD_NEGATIVES) {
      expect(groups.some((g) => negative.every((row) => g.includes(row)))).toBe(false);
    }
    expect(result.groups[0]!.differing.length).toBeGreaterThanOrEqual(0);
    expect(result.groups.map((g) => g.probability)).toEqual([...result.groups.map((g) => g.probability)].sort((a, b) => b - a));
  });

  it('remembers a rejected group and does not propose it again', () => {
    const h = demoHost();
    const first = h.run<DuplicateGroups>('getDuplicates').groups[0]!;
    expect(h.run<number>('rejectDuplicates', first.rows)).toBeGreaterThan(0);
    const again = h.run<DuplicateGroups>('getDuplicates').groups.map((g) => g.rows);
    expect(again).not.toContainEqual(first.rows);
  });

  it('merges a found group and undoes it exactly', () => {
    const h = demoHost();
    const before = sheetValues(h, 'Sheet1');
    const group = h.run<DuplicateGroups>('getDuplicates').groups[0]!;
    expect(h.run('mergeDuplicates', [group.rows])).toEqual({ groups: 1, rowsMerged: group.rows.length - 1 });
    expect(sheetValues(h, 'Sheet1')).toHaveLength(before.length - (group.rows.length - 1));
    h.run('undoLastAction');
    expect(sheetValues(h, 'Sheet1')).toEqual(before);
  });
});
