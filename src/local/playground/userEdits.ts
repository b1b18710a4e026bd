import type { UserEditResult } from '../services/spreadsheet/localSpreadsheetApp';
import { userEdit, userPaste } from '../editTriggers';
import type { PlaygroundSession } from './playgroundSession';

export interface GridEdit {
  sheetName: string;
  row: number;
  column: number;
  text: string;
}

/**
 * The one place where a person's edit in the grid reaches the sheet: typed text, parsed as
 * Sheets parses it, refused or warned about by validation and protection; once accepted, the
 * simple and installable edit triggers fire, as in Sheets.
 */
export function applyUserEdit(session: PlaygroundSession, edit: GridEdit): UserEditResult {
  const { host } = session;
  return userEdit(host, session.spreadsheet().id, { sheetName: edit.sheetName, row: edit.row, column: edit.column }, edit.text);
}

export interface GridPaste {
  sheetName: string;
  row: number;
  column: number;
  /** The clipboard's text as rows of cells (tab-separated, as Sheets copies). */
  rows: string[][];
}

/**
 * A paste into the grid: one edit of the whole block, refused whole when any cell is protected
 * against the user; the edit triggers fire once, with the pasted range (no value or oldValue).
 * Answers as one edit: the first refusal, or the warnings of the cells that had one.
 */
export function applyUserPaste(session: PlaygroundSession, paste: GridPaste): UserEditResult {
  const { host } = session;
  const results = userPaste(host, session.spreadsheet().id, { sheetName: paste.sheetName, row: paste.row, column: paste.column }, paste.rows);
  const refused = results.find((result) => !result.ok);
  if (refused) return refused;
  const warnings = [...new Set(results.flatMap((result) => (result.warning ? [result.warning] : [])))];
  const answer: UserEditResult = { ok: true, oldValue: '', value: '' };
  if (warnings.length > 0) answer.warning = warnings.join(' ');
  return answer;
}
