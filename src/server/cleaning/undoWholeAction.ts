/**
 * Undo of Clientele's last action as the user started it: a cleaning too large for one execution
 * was applied in steps, each logged on its own, and Undo takes back every step of that run, the
 * last first (each proved cell by cell, as undoAction.ts does). Steps are undone while the
 * execution has time for another; what is left waits for the next Undo, and the message says so.
 */
import type { Messages } from '../../core/i18n/messages';
import { stepBudget } from '../../core/stepBudget';
import { undoLastAction, type UndoneAction } from './undoAction';

/** As cleaning's: 4 of Apps Script's 6 minutes, leaving room for the slowest step seen so far. */
const UNDO_BUDGET_MS = 4 * 60 * 1000;

export interface UndoneWholeAction extends UndoneAction {
  /** Steps of the run still in the undo log: the next Undo goes on with them. */
  stepsLeft: boolean;
}

export function undoWholeAction(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, text: Messages, only: string | undefined, started: number): UndoneWholeAction | null {
  const budget = stepBudget(UNDO_BUDGET_MS - (Date.now() - started), () => Date.now());
  let whole: UndoneWholeAction | null = null;
  for (;;) {
    const undone = undoLastAction(spreadsheet, text, whole ? whole.action : only);
    if (!undone) return whole;
    budget.unitDone();
    whole = whole ? together(whole, undone) : { ...undone, stepsLeft: false };
    if (!undone.continued) return { ...whole, stepsLeft: false };
    if (!budget.roomForAnother()) return { ...whole, stepsLeft: true };
  }
}

function together(earlier: UndoneWholeAction, next: UndoneAction): UndoneWholeAction {
  return {
    action: earlier.action,
    continued: next.continued,
    cells: earlier.cells + next.cells,
    changedSince: [...earlier.changedSince, ...next.changedSince],
    missingRows: [...earlier.missingRows, ...next.missingRows],
    alreadyThere: [...earlier.alreadyThere, ...next.alreadyThere],
    notPutBack: [...earlier.notPutBack, ...next.notPutBack],
    historyKept: { rows: earlier.historyKept.rows + next.historyKept.rows, ids: [...new Set([...earlier.historyKept.ids, ...next.historyKept.ids])] },
    stepsLeft: false,
  };
}
