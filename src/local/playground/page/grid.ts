import { columnLetter } from '../../../core/columnLetters';
import { valueDirection } from '../../../core/i18n/valueDirection';
import type { GridView } from '../playgroundView';
import { h } from './dom';
import { drawCharts } from './chartLayer';

/** Empty rows drawn under the data, to type new customers into. */
const EXTRA_ROWS = 20;
const ROW_NUMBER_WIDTH = 46;
/** Fixed heights (see playground.css) let frozen rows stick at known offsets. */
const HEADER_HEIGHT = 22;
const ROW_HEIGHT = 22;

export type CommitEdit = (row: number, column: number, text: string) => void;
export type CommitPaste = (row: number, column: number, rows: string[][]) => void;

/** Clipboard text as Sheets copies a range: rows on lines, cells separated by tabs. */
export function pastedRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

interface Cell {
  row: number;
  column: number;
}

/**
 * The sheet as an editable table: column letters, row numbers, frozen rows kept in view.
 * Click selects, double-click / Enter / F2 / typing edits, Enter and Tab commit and move,
 * Escape cancels, Delete clears. Each committed edit goes to `commit` as typed text; a paste
 * on a selected cell goes to `paste` as one block, as Sheets makes one edit of it.
 */
export class SheetGrid {
  private grid: GridView | null = null;
  private selected: Cell | null = null;
  private editing: { cell: Cell; input: HTMLInputElement; original: string } | null = null;
  private waiting: GridView | null = null;
  /** Embedded charts float over the table, as in Sheets. */
  private readonly chartLayer = h('div', { class: 'chart-layer', 'data-testid': 'chart-layer' });
  /** A cell's note, shown while the pointer is over the cell, as Sheets does. */
  private readonly notePopup = h('div', { class: 'note-popup', 'data-testid': 'cell-note', role: 'tooltip', hidden: '' });

  constructor(
    private readonly table: HTMLTableElement,
    private readonly commit: CommitEdit,
    private readonly paste: CommitPaste = () => {},
    /** The selection moved: the add-on reads it as the active range (the customer card's Show selected). */
    private readonly selectionMoved: (row: number, column: number) => void = () => {},
  ) {
    table.addEventListener('mousedown', (event) => this.onMouseDown(event));
    table.addEventListener('dblclick', (event) => {
      const cell = this.cellAt(event.target);
      if (cell) this.startEditing(cell);
    });
    table.addEventListener('keydown', (event) => this.onKeyDown(event));
    table.addEventListener('paste', (event) => {
      if (this.editing || !this.selected) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text === '') return;
      event.preventDefault();
      this.paste(this.selected.row, this.selected.column, pastedRows(text));
    });
    table.addEventListener('mouseover', (event) => this.showNote(event.target));
    table.addEventListener('mouseleave', () => this.notePopup.setAttribute('hidden', ''));
    table.after(this.chartLayer, this.notePopup);
  }

  private showNote(target: EventTarget | null): void {
    const td = target instanceof Element ? target.closest('td') : null;
    const note = td?.dataset.note;
    if (!td || !note || this.editing) {
      this.notePopup.setAttribute('hidden', '');
      return;
    }
    const box = td.getBoundingClientRect();
    this.notePopup.textContent = note;
    this.notePopup.style.left = `${box.right + 2}px`;
    this.notePopup.style.top = `${box.top}px`;
    this.notePopup.removeAttribute('hidden');
  }

  /** Draws a sheet; while a cell is being edited, the new one waits until the edit ends. */
  show(grid: GridView): void {
    if (this.editing) {
      this.waiting = grid;
      return;
    }
    const sameSheet = this.grid?.sheetName === grid.sheetName;
    this.grid = grid;
    if (!sameSheet) this.selected = null;
    this.draw();
  }

  private rowCount(grid: GridView): number {
    return Math.min(grid.maxRows, grid.values.length + EXTRA_ROWS);
  }

  private draw(): void {
    const grid = this.grid;
    if (!grid) return;
    const columns = grid.columnWidths.length;
    const colgroup = h('colgroup', {}, h('col', { style: `width:${ROW_NUMBER_WIDTH}px` }));
    for (const width of grid.columnWidths) colgroup.append(h('col', { style: `width:${width}px` }));
    const letters = h('tr', {}, h('th', { class: 'corner' }));
    for (let c = 0; c < columns; c++) letters.append(h('th', { class: 'column-letter', scope: 'col' }, columnLetter(c)));
    // A redraw (after the sidebar's call, say) must not take the keyboard from the cell a person selected.
    const hadFocus = this.table.contains(document.activeElement);
    const body = document.createElement('tbody');
    const rows = this.rowCount(grid);
    for (let r = 0; r < rows; r++) body.append(this.rowElement(grid, r, columns));
    this.table.replaceChildren(colgroup, h('thead', {}, letters), body);
    this.table.style.width = `${ROW_NUMBER_WIDTH + grid.columnWidths.reduce((a, b) => a + b, 0)}px`;
    drawCharts(this.chartLayer, grid, ROW_NUMBER_WIDTH, HEADER_HEIGHT, ROW_HEIGHT);
    if (this.selected) this.select(this.selected, false);
    if (hadFocus && this.selected) this.td(this.selected)?.focus({ preventScroll: true });
  }

  private rowElement(grid: GridView, r: number, columns: number): HTMLTableRowElement {
    const line = grid.values[r];
    const numeric = grid.numericColumns[r];
    const frozen = r < grid.frozenRows;
    const tr = document.createElement('tr');
    const number = h('th', { class: 'row-number', scope: 'row' }, String(r + 1));
    tr.append(number);
    if (frozen) {
      tr.className = r === grid.frozenRows - 1 ? 'frozen frozen-last' : 'frozen';
      tr.style.setProperty('--frozen-top', `${HEADER_HEIGHT + r * ROW_HEIGHT}px`);
    }
    for (let c = 0; c < columns; c++) {
      const td = document.createElement('td');
      td.dataset.a1 = `${columnLetter(c)}${r + 1}`;
      td.dataset.row = String(r + 1);
      td.dataset.column = String(c + 1);
      const text = line?.[c] ?? '';
      const note = grid.notes[`${r},${c}`];
      // A phone, a signed number or a date reads left to right even on a right-to-left sheet.
      td.dir = text === '' ? 'auto' : valueDirection(text);
      if (text !== '') td.textContent = text;
      // A cell's note shows on hover instead of the tooltip that gives a cut-off text in full.
      if (note) {
        td.classList.add('has-note');
        td.dataset.note = note;
      } else if (text !== '') {
        td.title = text;
      }
      if (numeric?.includes(c)) td.classList.add('number');
      const style = grid.styles[`${r},${c}`];
      if (style) {
        if (style.bold) td.style.fontWeight = 'bold';
        if (style.background) td.style.background = style.background;
        if (style.color) td.style.color = style.color;
        if (style.align) td.style.textAlign = style.align;
      }
      tr.append(td);
    }
    return tr;
  }

  private cellAt(target: EventTarget | null): Cell | null {
    const td = target instanceof Element ? target.closest('td') : null;
    if (!td || !td.dataset.row) return null;
    return { row: Number(td.dataset.row), column: Number(td.dataset.column) };
  }

  private td(cell: Cell): HTMLTableCellElement | null {
    return this.table.querySelector(`td[data-row="${cell.row}"][data-column="${cell.column}"]`);
  }

  private select(cell: Cell, focus = true): void {
    this.table.querySelector('td.selected')?.classList.remove('selected');
    const td = this.td(cell);
    if (!td) return;
    if (this.selected?.row !== cell.row || this.selected?.column !== cell.column) this.selectionMoved(cell.row, cell.column);
    this.selected = cell;
    td.classList.add('selected');
    td.tabIndex = 0;
    if (focus) {
      td.focus({ preventScroll: true });
      td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  private move(rows: number, columns: number): void {
    if (!this.selected || !this.grid) return;
    const row = Math.max(1, Math.min(this.rowCount(this.grid), this.selected.row + rows));
    const column = Math.max(1, Math.min(this.grid.columnWidths.length, this.selected.column + columns));
    this.select({ row, column });
  }

  private onMouseDown(event: MouseEvent): void {
    const cell = this.cellAt(event.target);
    if (!cell || this.editing?.input === event.target) return;
    if (this.editing) this.finishEditing(true);
    this.select(cell);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (this.editing) {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        this.finishEditing(true);
        if (event.key === 'Enter') this.move(event.shiftKey ? -1 : 1, 0);
        else this.move(0, event.shiftKey ? -1 : 1);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.finishEditing(false);
      }
      return;
    }
    if (!this.selected) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, event.shiftKey ? -1 : 1] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.move(...move);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.startEditing(this.selected);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (this.td(this.selected)?.textContent) this.commit(this.selected.row, this.selected.column, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.startEditing(this.selected, event.key);
    }
  }

  /** Edits in place; the input starts with what the cell shows, or with the key that was typed. */
  private startEditing(cell: Cell, typed?: string): void {
    const td = this.td(cell);
    if (!td) return;
    this.select(cell, false);
    const original = td.textContent ?? '';
    const input = h('input', { class: 'cell-input', dir: 'auto', 'data-testid': 'cell-editor', 'aria-label': td.dataset.a1 ?? '' });
    input.value = typed ?? original;
    input.addEventListener('blur', () => this.finishEditing(true));
    td.replaceChildren(input);
    this.editing = { cell, input, original };
    input.focus();
    if (typed === undefined) input.select();
  }

  private finishEditing(keep: boolean): void {
    const editing = this.editing;
    if (!editing) return;
    this.editing = null;
    const text = editing.input.value;
    const td = this.td(editing.cell);
    if (td) td.textContent = keep ? text : editing.original;
    if (keep && text !== editing.original) this.commit(editing.cell.row, editing.cell.column, text);
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) this.show(waiting);
    else this.select(editing.cell);
  }
}
