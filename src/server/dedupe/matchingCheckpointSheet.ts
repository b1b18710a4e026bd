/**
 * Where duplicate matching keeps its checkpoint between executions: a hidden sheet of the
 * document, the JSON cut into cells of column A under a header (a document property holds 9 KB
 * at most; a checkpoint of a big sheet holds more). Read in one getValues, written in one
 * setValues, cleared when matching is complete. A checkpoint that cannot be read (edited,
 * half-written by two executions at once) reads as none, and matching starts over.
 */
import { type MatchingCheckpoint, checkpointCells, checkpointFromCells } from '../../core/dedupe/matchingCheckpoint';
import { valueToWrite } from '../../core/sheetWriting';
import { findRecordSheet, recordSheet } from '../recordSheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CHECKPOINT_SHEET = 'Clientele matching';

export interface SavedCheckpoint {
  checkpoint: MatchingCheckpoint | null;
  sheet: Sheet | null;
  /** Cells under the header holding text now: a shorter checkpoint must blank the rest. */
  cells: number;
}

export function readMatchingCheckpoint(spreadsheet: Spreadsheet): SavedCheckpoint {
  const sheet = findRecordSheet(spreadsheet, CHECKPOINT_SHEET);
  const last = sheet ? sheet.getLastRow() : 0;
  if (!sheet || last < 2) return { checkpoint: null, sheet, cells: 0 };
  const cells = sheet.getRange(2, 1, last - 1, 1).getValues().map((row) => String(row[0]));
  return { checkpoint: checkpointFromCells(cells), sheet, cells: cells.length };
}

/** Saves the checkpoint over the one read (null: matching is complete, nothing to keep). */
export function writeMatchingCheckpoint(spreadsheet: Spreadsheet, saved: SavedCheckpoint, checkpoint: MatchingCheckpoint | null): void {
  if (!checkpoint) {
    if (saved.sheet && saved.cells > 0) saved.sheet.getRange(2, 1, saved.cells, 1).clearContent();
    return;
  }
  const sheet = saved.sheet ?? recordSheet(spreadsheet, CHECKPOINT_SHEET, ['Checkpoint'], { hidden: true });
  const cells = checkpointCells(checkpoint);
  // One write: the new cells, then blanks over what is left of a longer checkpoint.
  const rows = Array.from({ length: Math.max(cells.length, saved.cells) }, (_, i) => [valueToWrite(cells[i] ?? '', '')]);
  const maxRows = sheet.getMaxRows();
  if (rows.length + 1 > maxRows) sheet.insertRowsAfter(maxRows, rows.length + 1 - maxRows);
  sheet.getRange(2, 1, rows.length, 1).setValues(rows);
}
