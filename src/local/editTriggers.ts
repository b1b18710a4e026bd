/**
 * A person's edit in the grid, as Google handles it: the cells change (protections and
 * validation checked by the SpreadsheetApp model), then the edit triggers fire.
 *
 * Google (developers.google.com/apps-script/guides/triggers/events, "Edit"): the event has
 * `authMode`, `range` (the edited cell or range), `source` (the spreadsheet), `user`, and
 * `value` / `oldValue` "only available if the edited range is a single cell" (`oldValue` absent
 * when the cell was empty, `value` absent when it was cleared); installable triggers add
 * `triggerUid` and run in AuthMode.FULL, as the user who created them, for edits by anyone.
 * A simple `onEdit` runs in AuthMode.LIMITED. Changes made by scripts fire no edit trigger, so
 * only this module (the grid, the tests' user) fires them.
 */
import { largest } from '../core/extent';
import type { LocalHost } from './localHost';
import { LocalUser } from './services/session';
import type { UserEditResult } from './services/spreadsheet/localSpreadsheetApp';

export interface EditTarget {
  sheetName: string;
  row: number;
  column: number;
}

function eventText(value: unknown): string {
  return value instanceof Date ? value.toString() : String(value);
}

/** Fires the simple onEdit (if the project has one) and every installable edit trigger of the spreadsheet. */
function fireEditTriggers(host: LocalHost, spreadsheetId: string, target: EditTarget, height: number, width: number, single: UserEditResult | null, editor: string): void {
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
  const sheet = spreadsheet.sheetNamed(target.sheetName)!;
  const event = (): Record<string, unknown> => {
    const e: Record<string, unknown> = {
      range: sheet.getRange(target.row, target.column, height, width),
      source: spreadsheet,
      user: new LocalUser(editor),
    };
    if (single) {
      if (single.value !== '' && single.value !== undefined) e.value = eventText(single.value);
      if (single.oldValue !== '' && single.oldValue !== undefined) e.oldValue = eventText(single.oldValue);
    }
    return e;
  };
  if (host.hasEntryPoint('onEdit')) host.runAs('LIMITED', 'onEdit', { authMode: 'LIMITED', ...event() });
  const triggers = host.scriptApp.listTriggers().filter((t) => t.eventType === 'ON_EDIT' && t.source === 'SPREADSHEETS' && t.sourceId === spreadsheetId);
  for (const trigger of triggers) host.fireTrigger(trigger.id, event());
}

/** A person types into one cell; the edit triggers fire when the edit is accepted. */
export function userEdit(host: LocalHost, spreadsheetId: string, target: EditTarget, typed: string, editor = host.ctx.user.email): UserEditResult {
  const result = host.spreadsheetApp.userEdit(spreadsheetId, target.sheetName, target.row, target.column, typed, editor);
  if (result.ok) fireEditTriggers(host, spreadsheetId, target, 1, 1, result, editor);
  return result;
}

/** A person pastes a block; one edit event for the whole pasted range, with no value or oldValue (unless the block is one cell). */
export function userPaste(host: LocalHost, spreadsheetId: string, target: EditTarget, block: readonly (readonly string[])[], editor = host.ctx.user.email): UserEditResult[] {
  const results = host.spreadsheetApp.userPaste(spreadsheetId, target.sheetName, target.row, target.column, block, editor);
  const width = largest(block.map((cells) => cells.length), 0);
  if (block.length > 0 && width > 0 && results.some((r) => r.ok)) {
    const single = block.length === 1 && width === 1 ? results[0]! : null;
    fireEditTriggers(host, spreadsheetId, target, block.length, width, single, editor);
  }
  return results;
}
