import fc from 'fast-check';
import { blocksForEdits, MAX_WRITE_BLOCKS, type CellEdit, type SheetContents } from '../../src/core/cellBlock';
import { contentToWrite, valueToWrite } from '../../src/core/sheetWriting';

/** A sheet of `rows` × `columns`, some cells holding a formula, one column formatted as plain text. */
function sheetOf(rows: number, columns: number, formulaEvery: number): SheetContents {
  const grid = (cell: (r: number, c: number) => string) => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));
  return {
    values: grid((r, c) => `v${r}:${c}`),
    formulas: grid((r, c) => ((r * columns + c) % formulaEvery === 0 ? `=LEN(A${r + 1})` : '')),
    formats: grid((_, c) => (c === 1 ? '@' : '')),
  };
}

/** What the sheet holds after the blocks are written, as setValues would leave it. */
function written(sheet: SheetContents, blocks: ReturnType<typeof blocksForEdits>): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const block of blocks) {
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${block.row + r}:${block.column + c}`;
        if (cells.has(key)) throw new Error(`blocks overlap at ${key}`);
        cells.set(key, value);
      }),
    );
  }
  return cells;
}

describe('blocksForEdits: scattered edits in few setValues', () => {
  const edits = (rows: number, columns: number) =>
    fc.uniqueArray(fc.record({ row: fc.integer({ min: 1, max: rows }), column: fc.integer({ min: 1, max: columns }), value: fc.string({ maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 120,
      selector: (edit) => `${edit.row}:${edit.column}`,
    });

  it('writes every edit, keeps every other covered cell (formulas included), in at most MAX_WRITE_BLOCKS blocks and never more cells than one covering block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }), (columns, formulaEvery) => {
        const rows = 2_000;
        const sheet = sheetOf(rows, columns, formulaEvery);
        fc.assert(
          fc.property(edits(rows, columns), (list: CellEdit[]) => {
            const blocks = blocksForEdits(list, sheet);
            expect(blocks.length).toBeLessThanOrEqual(MAX_WRITE_BLOCKS);
            const cells = written(sheet, blocks);
            const edited = new Map(list.map((edit) => [`${edit.row}:${edit.column}`, edit]));
            const wrong: string[] = [];
            for (const [key, value] of cells) {
              const [r, c] = key.split(':').map(Number) as [number, number];
              const edit = edited.get(key);
              const format = sheet.formats[r - 1]![c - 1]!;
              const expected = edit ? valueToWrite(edit.value, format) : contentToWrite(sheet.values[r - 1]![c - 1]!, sheet.formulas[r - 1]![c - 1]!, format);
              if (value !== expected) wrong.push(key);
            }
            for (const key of edited.keys()) if (!cells.has(key)) wrong.push(`${key} not written`);
            expect(wrong).toEqual([]);
            const rowsSpan = Math.max(...list.map((e) => e.row)) - Math.min(...list.map((e) => e.row)) + 1;
            const columnsSpan = Math.max(...list.map((e) => e.column)) - Math.min(...list.map((e) => e.column)) + 1;
            expect(cells.size).toBeLessThanOrEqual(rowsSpan * columnsSpan);
          }),
          { numRuns: 15 },
        );
      }),
      { numRuns: 6 },
    );
  });

  it.each([
    ['two edits 10 rows apart share one block', [2, 12], 1],
    ['two edits 5,000 rows apart are two blocks', [2, 5_002], 2],
    ['an edit in every row is one block', Array.from({ length: 1_000 }, (_, i) => i + 2), 1],
  ])('%s', (_, rows, blocks) => {
    const sheet = sheetOf(10_000, 8, 5);
    expect(blocksForEdits(rows.map((row) => ({ row, column: 3, value: 'x' })), sheet)).toHaveLength(blocks);
  });

  it('bridges the narrowest gaps rather than making more than MAX_WRITE_BLOCKS blocks: 160 edits 600 rows apart in 8 columns', () => {
    // Every row alike (one shared row array): a 100,000-row sheet without building 800,000 cells.
    const row = (cell: string) => Array.from({ length: 8 }, () => cell);
    const shared = (cell: string) => Array.from({ length: 100_000 }, () => row(cell));
    const sheet: SheetContents = { values: shared('v'), formulas: shared(''), formats: shared('') };
    const list = Array.from({ length: 160 }, (_, i) => ({ row: 2 + i * 600, column: i % 2 === 0 ? 1 : 8, value: 'x' }));
    const blocks = blocksForEdits(list, sheet);
    expect(blocks).toHaveLength(MAX_WRITE_BLOCKS);
  });
});
