/** Reading a sheet's whole contents and writing a block of it back: the one read and one write of every action. */
import type { SheetContents, WriteBlock } from '../core/cellBlock';
import type { CellValue } from '../core/customerRecord';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Values, formulas and number formats of the data range: three reads, whatever the size. */
export function readContents(sheet: Sheet): SheetContents {
  const range = sheet.getDataRange();
  return { values: range.getValues() as CellValue[][], formulas: range.getFormulas(), formats: range.getNumberFormats() };
}

/** One setValues for each block, in the order given. */
export function writeBlocks(sheet: Sheet, blocks: readonly WriteBlock[]): void {
  for (const block of blocks) writeBlock(sheet, block);
}

/** One setValues for the block (nothing when there is no block). */
export function writeBlock(sheet: Sheet, block: WriteBlock | null): void {
  if (block) sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length).setValues(block.values);
}
