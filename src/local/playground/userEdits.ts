import type { UserEditResult } from '../services/spreadsheet/localSpreadsheetApp';
import type { PlaygroundSession } from './playgroundSession';

export interface GridEdit {
  sheetName: string;
  row: number;
  column: number;
  text: string;
}

/**
 * The one place where a person's edit in the grid reaches the sheet: typed text, parsed as
 * Sheets parses it, refused or warned about by validation and protection. Simple and
 * installable onEdit triggers are to fire here, after an accepted userEdit, once the add-on has them.
 */
export function applyUserEdit(session: PlaygroundSession, edit: GridEdit): UserEditResult {
  const { host } = session;
  return host.spreadsheetApp.userEdit(session.spreadsheet().id, edit.sheetName, edit.row, edit.column, edit.text);
}
