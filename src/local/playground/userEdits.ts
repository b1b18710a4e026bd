import type { UserEditResult } from '../services/spreadsheet/localSpreadsheetApp';
import { userEdit } from '../editTriggers';
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
