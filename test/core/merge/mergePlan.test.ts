import fc from 'fast-check';
import type { CellValue } from '../../../src/core/customerRecord';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { planMerge, type MergePlan } from '../../../src/core/merge/mergePlan';
import { planUndo, undoRecord } from '../../../src/core/undoPlan';

const HEADER: CellValue[] = ['Customer ID', 'Name', 'Phone', 'Email', 'City', 'Updated', 'Notes'];

function merge(values: CellValue[][], groups: number[][], rules = {}) {
  return planMerge({ values, columns: recogniseColumns(values[0]!), groups, rules, otherContactsHeader: 'Other contacts' });
}

/** The table after undoing `plan` at once, as the undo action would write it (edits, column, rows put back). */
function undone(plan: MergePlan): CellValue[][] {
  const changes = plan.survivors.flatMap((survivor) => {
    const row = survivor.sheetRow - plan.merged.filter((m) => m.sheetRow < survivor.sheetRow).length;
    return survivor.after.flatMap((after, c) => (after === (survivor.before[c] ?? '') ? [] : [{ row, column: c + 1, before: survivor.before[c] ?? '', after }]));
  });
  const record = { ...undoRecord({ after: plan.table, idColumn: 1, changes, removed: plan.merged, addedColumn: plan.addedOtherContacts ? plan.otherContactsColumn + 1 : null }), appended: [], elsewhere: [] };
  const undo = planUndo(plan.table, plan.table.map((row) => row.map(() => '')), record);
  const table = plan.table.map((row) => [...row]);
  for (const edit of undo.edits) table[edit.row - 1]![edit.column - 1] = edit.value;
  const narrowed = undo.deleteColumn === null ? table : table.map((row) => row.filter((_, c) => c !== undo.deleteColumn! - 1));
  for (const run of undo.insert) narrowed.splice(run.at - 1, 0, ...run.rows.map((row) => [...row]));
  return narrowed;
}

describe('planMerge', () => {
  const table: CellValue[][] = [
    HEADER,
    ['C-000007', 'Иванов Иван', '+77011234567', 'ivan@mail.ru', 'Алматы', new Date('2025-01-01'), 'first visit'],
    ['C-000003', 'Ivan Ivanov', '+77017654321', '', 'Almaty', new Date('2026-05-01'), ''],
    ['C-000010', 'Wang Fang', '+8613800138000', 'wang@163.com', '上海', new Date('2026-01-01'), ''],
  ];

  it('keeps the oldest customer ID, takes the most recent non-empty values, and keeps the losers in Other contacts', () => {
    const plan = merge(table, [[2, 3]]);
    expect(plan.addedOtherContacts).toBe(true);
    expect(plan.table[0]).toEqual([...HEADER, 'Other contacts']);
    expect(plan.table[1]).toEqual([
      'C-000003',
      'Ivan Ivanov',
      '+77017654321',
      'ivan@mail.ru',
      'Almaty',
      new Date('2026-05-01'),
      'first visit',
      'Name: Иванов Иван; Phone: +77011234567; City: Алматы; Updated: 2025-01-01',
    ]);
    expect(plan.table).toHaveLength(3);
    expect(plan.merged).toEqual([{ sheetRow: 2, values: table[1], survivorId: 'C-000003' }]);
  });

  it('follows the rule the user chose for a field', () => {
    const plan = merge(table, [[2, 3]], { name: 'oldest', city: 'oldest' });
    expect(plan.table[1]?.slice(1, 5)).toEqual(['Иванов Иван', '+77017654321', 'ivan@mail.ru', 'Алматы']);
  });

  it('is undone exactly', () => {
    const plan = merge(table, [[2, 3]]);
    expect(undone(plan)).toEqual(table);
  });

  const cell = fc.oneof(fc.constantFrom('', 'Ali', 'علی', 'Иван', '王芳', 'a@b.kz', '+77011234567', 'Алматы'), fc.integer({ min: 0, max: 9 }));
  // IDs are unique: undo never puts back a row whose ID is on the sheet again.
  const rows = fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 99 }), fc.array(cell, { minLength: 6, maxLength: 6 })), { selector: ([id]) => id, minLength: 2, maxLength: 9 });

  it('loses no value and undoes exactly, for any table and groups (property)', () => {
    fc.assert(
      fc.property(rows, fc.array(fc.array(fc.integer({ min: 2, max: 10 }), { minLength: 2, maxLength: 4 }), { maxLength: 3 }), (body, rawGroups) => {
        const values: CellValue[][] = [HEADER, ...body.map(([id, cells]) => [`C-${String(id).padStart(6, '0')}`, ...cells.slice(0, 4), '', cells[5]!])];
        // Groups do not overlap: a row is merged once.
        const used = new Set<number>();
        const groups = rawGroups.map((g) => [...new Set(g)].filter((r) => r <= values.length && !used.has(r) && used.add(r)));
        const plan = merge(values, groups);
        for (const survivor of plan.survivors) {
          const group = groups.find((g) => g.includes(survivor.sheetRow))!;
          const kept = survivor.after.map((v) => String(v).toLowerCase()).join('\n');
          // Every value survives in the survivor row; a merged row's own ID lives on in the Merged sheet, beside the survivor's.
          for (const row of group) for (const value of values[row - 1]!.slice(1)) if (value !== '') expect(kept).toContain(String(value).toLowerCase());
        }
        const mergedRows = plan.merged.map((m) => m.sheetRow);
        expect(mergedRows).toEqual(groups.flatMap((g) => (g.length > 1 ? g.filter((r) => !plan.survivors.some((s) => s.sheetRow === r)) : [])).sort((a, b) => a - b));
        expect(undone(plan)).toEqual(values);
      }),
      { numRuns: 200 },
    );
  });
});
