/**
 * Undo proves the sheet is as the action left it before it writes (issue 14): it finds rows by
 * customer ID, restores a cell only if it still holds what the action wrote, and names the rest.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/customerRecord';
import { valueToWrite } from '../../src/core/sheetWriting';
import { MERGED_SHEET } from '../../src/server/dedupe/merging';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

type Host = ReturnType<typeof addonHost>;

const TABLE: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'City'],
  ['C-000001', '  anna  PETROVA ', 'Anna@Mail.RU', '8 701 111 11 11', ' Almaty '],
  ['C-000002', 'boris  ivanov', 'BORIS@mail.ru ', '8 701 222 22 22', 'Astana  '],
  ['C-000003', 'Chen  Wei', 'chen@163.COM', '8 701 333 33 33', ' Shymkent'],
];

function host(rows: CellValue[][] = TABLE): Host {
  const h = addonHost();
  putTable(h, 'Sheet1', rows);
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  return h;
}

function sheet(h: Host, name = 'Sheet1') {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName(name)!;
}

const rowOf = (values: CellValue[][], id: string) => values.find((row) => row[0] === id);

describe('Undo after the sheet changed (issue 14)', () => {
  it('clean, then Anna’s row is deleted, then undo: Boris keeps his own values and Anna is named as gone', () => {
    const h = host();
    h.run('applyCleaning', []);
    const cleaned = sheetValues(h, 'Sheet1');
    sheet(h).deleteRow(2);
    const message = h.run<string>('undoLastAction');
    const values = sheetValues(h, 'Sheet1');
    expect(values).toHaveLength(3);
    expect(rowOf(values, 'C-000002')).toEqual(TABLE[2]);
    expect(rowOf(values, 'C-000003')).toEqual(TABLE[3]);
    expect(values.flat()).not.toContain(TABLE[1]![1]);
    expect(cleaned).not.toEqual(values);
    expect(message).toContain('No longer on the sheet, so not restored: C-000001.');
  });

  it('a hand correction made after a cleaning is kept, and named', () => {
    const h = host();
    h.run('applyCleaning', []);
    sheet(h).getRange(3, 3).setValue('boris.ivanov@work.kz');
    const message = h.run<string>('undoLastAction');
    const values = sheetValues(h, 'Sheet1');
    expect(values[2]).toEqual(['C-000002', 'boris  ivanov', 'boris.ivanov@work.kz', '8 701 222 22 22', 'Astana  ']);
    expect(values[1]).toEqual(TABLE[1]);
    expect(message).toMatch(/^Restored 11 cells as they were\. Left as they are, because they changed since: C3 \(Email\)\.$/);
  });

  it('a sorted sheet is restored customer by customer', () => {
    const h = host();
    h.run('applyCleaning', []);
    const cleaned = sheetValues(h, 'Sheet1');
    const reversed = [cleaned[0]!, ...cleaned.slice(1).reverse()];
    const formats = sheet(h).getRange(1, 1, reversed.length, 5).getNumberFormats();
    sheet(h).getRange(1, 1, reversed.length, 5).setValues(reversed.map((row, r) => row.map((value, c) => valueToWrite(value, formats[r]![c]!))));
    expect(h.run<string>('undoLastAction')).toMatch(/^Restored 12 cells as they were\.$/);
    expect(sheetValues(h, 'Sheet1')).toEqual([TABLE[0], TABLE[3], TABLE[2], TABLE[1]]);
  });

  it('merge, then a row is inserted above, then undo: the inserted customer is untouched, no ID twice, no apostrophes', () => {
    const h = host([
      ['Customer ID', 'Name', 'Phone', 'Email'],
      ['C-000001', 'Иванов Иван', '+77011234567', 'ivan@mail.ru'],
      ['C-000002', 'Wang Fang', '+8613800138000', ''],
      ['C-000003', 'Ivan Ivanov', '+77017654321', ''],
      ['C-000004', '王芳', '', 'wang@163.com'],
    ]);
    h.run('mergeDuplicates', [[2, 4], [3, 5]]);
    sheet(h).insertRowBefore(2);
    sheet(h).getRange(2, 1, 1, 4).setValues([['C-000005', 'Dana Sultanova', "'+77019998877", 'dana@example.kz']]);
    expect(h.run<string>('undoLastAction')).toMatch(/^Restored \d+ cells as they were\.$/);
    const values = sheetValues(h, 'Sheet1');
    expect(values[0]).toEqual(['Customer ID', 'Name', 'Phone', 'Email']);
    expect(rowOf(values, 'C-000005')).toEqual(['C-000005', 'Dana Sultanova', '+77019998877', 'dana@example.kz']);
    expect(rowOf(values, 'C-000001')).toEqual(['C-000001', 'Иванов Иван', '+77011234567', 'ivan@mail.ru']);
    expect(rowOf(values, 'C-000003')).toEqual(['C-000003', 'Ivan Ivanov', '+77017654321', '']);
    expect(rowOf(values, 'C-000004')).toEqual(['C-000004', '王芳', '', 'wang@163.com']);
    const ids = values.slice(1).map((row) => row[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(values.flat().some((value) => typeof value === 'string' && value.startsWith("'"))).toBe(false);
    expect(sheetValues(h, MERGED_SHEET)).toHaveLength(1);
  });

  it('does not put back a merged row whose ID is on the sheet again, and keeps it on the Merged sheet', () => {
    const h = host([
      ['Customer ID', 'Name'],
      ['C-000001', 'Anna'],
      ['C-000002', 'Anna P.'],
    ]);
    h.run('mergeDuplicates', [[2, 3]]);
    sheet(h).getRange(3, 1, 1, 2).setValues([['C-000002', 'Someone typed back']]);
    const message = h.run<string>('undoLastAction');
    expect(message).toContain('On the sheet again, so not put back (they stay on the sheet “Merged”): C-000002.');
    expect(sheetValues(h, 'Sheet1').filter((row) => row[0] === 'C-000002')).toEqual([['C-000002', 'Someone typed back']]);
    expect(sheetValues(h, MERGED_SHEET)).toHaveLength(2);
  });

  it('a merge keeps the formulas of the rows that move up', () => {
    const h = host([
      ['Customer ID', 'Name', 'Shout'],
      ['C-000001', 'Anna', ''],
      ['C-000002', 'Anna P.', ''],
      ['C-000003', 'Boris', ''],
    ]);
    sheet(h).getRange(4, 3).setFormula('=UPPER(B4)');
    h.run('mergeDuplicates', [[2, 3]]);
    expect(sheet(h).getRange(3, 3).getFormula()).toBe('=UPPER(B3)');
    expect(sheet(h).getRange(3, 1).getValue()).toBe('C-000003');
  });

  // Random edits, inserted rows, deleted rows and sorts between the action and its undo.
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), row: fc.nat(), column: fc.integer({ min: 2, max: 5 }), value: fc.constantFrom('hand edit', 'x@y.kz', '') }),
    fc.record({ kind: fc.constant('insert' as const), row: fc.nat(), id: fc.integer({ min: 100, max: 120 }) }),
    fc.record({ kind: fc.constant('delete' as const), row: fc.nat() }),
    fc.record({ kind: fc.constant('sort' as const), column: fc.integer({ min: 1, max: 5 }) }),
  );

  type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
  function perform(h: Host, op: Operation): void {
    const s = sheet(h);
    const rows = s.getLastRow();
    if (rows < 2) return;
    const row = 'row' in op ? 2 + (op.row % (rows - 1)) : 2;
    if (op.kind === 'edit') s.getRange(row, op.column).setValue(op.value);
    else if (op.kind === 'insert') {
      s.insertRowBefore(row);
      s.getRange(row, 1, 1, 5).setValues([[`C-000${op.id}`, 'New person', `new${op.id}@mail.kz`, "'+77010000000", 'Taraz']]);
    } else if (op.kind === 'delete' && rows > 2) s.deleteRow(row);
    else if (op.kind === 'sort') {
      const range = s.getRange(2, 1, rows - 1, 5);
      const values = range.getValues() as CellValue[][];
      const formats = range.getNumberFormats();
      const order = values.map((_, i) => i).sort((a, b) => String(values[a]![op.column - 1]).localeCompare(String(values[b]![op.column - 1])) || a - b);
      range.setValues(order.map((i) => values[i]!.map((value, c) => valueToWrite(value, formats[i]![c]!))));
    }
  }

  it('never moves a value to another customer, and restores every cell left as it was (property)', () => {
    const messy = fc.constantFrom('  ali  VALIEV ', 'Ali@Mail.Ru', '8 (701) 555-66-77', ' Almaty', 'kept', 'Ärzte  GmbH', '');
    const body = fc.array(fc.array(messy, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(body, fc.array(operation, { maxLength: 6 }), (cells, ops) => {
        const original: CellValue[][] = [TABLE[0]!, ...cells.map((row, i) => [`C-00000${i + 1}`, ...row])];
        const h = host(original);
        h.run('applyCleaning', []);
        const cleaned = new Map(sheetValues(h, 'Sheet1').slice(1).map((row) => [String(row[0]), row]));
        for (const op of ops) perform(h, op);
        const beforeUndo = sheetValues(h, 'Sheet1');
        h.run('undoLastAction');
        const afterUndo = sheetValues(h, 'Sheet1');
        expect(afterUndo).toHaveLength(beforeUndo.length);
        const originalOf = new Map(original.slice(1).map((row) => [String(row[0]), row]));
        const idCount = new Map<string, number>();
        for (const row of beforeUndo.slice(1)) idCount.set(String(row[0]), (idCount.get(String(row[0])) ?? 0) + 1);
        afterUndo.slice(1).forEach((row, r) => {
          const id = String(row[0]);
          const was = beforeUndo[r + 1]!;
          expect(row[0]).toBe(was[0]);
          for (let c = 1; c < 5; c += 1) {
            // Each cell holds what it held before undo, or this customer's own value from before the action.
            expect([was[c], originalOf.get(id)?.[c]]).toContainEqual(row[c]);
            // A cell still as the cleaning left it, of a customer found once, is restored.
            const untouched = idCount.get(id) === 1 && originalOf.has(id) && was[c] === cleaned.get(id)?.[c];
            if (untouched) expect(row[c]).toEqual(originalOf.get(id)![c]);
          }
        });
      }),
      { numRuns: 60 },
    );
  });
});
