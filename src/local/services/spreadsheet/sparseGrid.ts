/**
 * One layer of a sheet's cells (values, formulas, notes, formats...), stored as
 * rows of arrays so that a 100,000-row sheet costs one array per written row and
 * nothing per empty cell. Coordinates are 0-based here; the Apps Script surface
 * converts from 1-based.
 */
export class SparseGrid<T> {
  rows: (Array<T | undefined> | undefined)[] = [];

  get(row: number, column: number): T | undefined {
    return this.rows[row]?.[column];
  }

  set(row: number, column: number, value: T | undefined): void {
    let cells = this.rows[row];
    if (cells === undefined) {
      if (value === undefined) return;
      cells = [];
      this.rows[row] = cells;
    }
    cells[column] = value;
  }

  /**
   * Reads a block, mapping every cell (empty ones included) through `read`. Each array is made at
   * its final length: grown by push, a row of one cell reserves seventeen, which at a million
   * rows read is most of what the garbage collector has to do.
   */
  readBlock<U>(row: number, column: number, numRows: number, numColumns: number, read: (value: T | undefined) => U): U[][] {
    const out = new Array<U[]>(numRows);
    for (let r = 0; r < numRows; r++) {
      const cells = this.rows[row + r];
      const line = new Array<U>(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = read(cells === undefined ? undefined : cells[column + c]);
      out[r] = line;
    }
    return out;
  }

  /** Writes a block computed cell by cell; `write` receives block-relative indexes. */
  writeBlock(row: number, column: number, numRows: number, numColumns: number, write: (r: number, c: number) => T | undefined): void {
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numColumns; c++) this.set(row + r, column + c, write(r, c));
    }
  }

  clearBlock(row: number, column: number, numRows: number, numColumns: number): void {
    const lastRow = Math.min(row + numRows, this.rows.length);
    for (let r = row; r < lastRow; r++) {
      const cells = this.rows[r];
      if (cells === undefined) continue;
      const lastColumn = Math.min(column + numColumns, cells.length);
      for (let c = column; c < lastColumn; c++) cells[c] = undefined;
    }
  }

  insertRows(at: number, count: number): void {
    if (at >= this.rows.length) return;
    // concat, not splice(...spread): a spread of 100,000 arguments overflows the stack.
    this.rows = this.rows.slice(0, at).concat(new Array<undefined>(count), this.rows.slice(at));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertColumns(at: number, count: number): void {
    this.rows = this.rows.map((cells) =>
      cells !== undefined && at < cells.length ? cells.slice(0, at).concat(new Array<undefined>(count), cells.slice(at)) : cells,
    );
  }

  deleteColumns(at: number, count: number): void {
    for (const cells of this.rows) {
      if (cells !== undefined) cells.splice(at, count);
    }
  }

  /** 1-based index of the last row holding a cell, 0 when there is none. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      const cells = this.rows[r];
      if (cells !== undefined && cells.some((v) => v !== undefined)) return r + 1;
    }
    return 0;
  }

  /** 1-based index of the last column holding a cell, 0 when there is none. */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (cells === undefined) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        if (cells[c] !== undefined) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }
}
