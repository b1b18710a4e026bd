/**
 * What the cleaning panel shows before anything is written: the fixes grouped by column and
 * kind with counts and before → after samples, the values that cannot be fixed (by row and
 * column, with the reason), and the suggestions the user may accept. Plain JSON: cell values
 * are shown as text (google.script.run carries no Dates).
 */
import { columnLetter } from '../columnLetters';
import type { CellValue, FixKind, ProblemKind } from './cleanResult';
import type { CleaningPlan } from './cleaningPlan';
import { isoDay, zonedCalendar } from '../zonedDate';

export interface FixGroup {
  column: string;
  header: string;
  kind: FixKind;
  count: number;
  samples: { row: number; before: string; after: string }[];
}

/** A cell as the panel names it: sheet row, column letter, header, and its value as shown. */
export interface CellLine {
  row: number;
  column: string;
  header: string;
  value: string;
}

export interface IssueLine extends CellLine {
  problem: ProblemKind;
}

export interface SuggestionLine extends CellLine {
  suggestion: string;
}

export interface CleaningPreview {
  changedCells: number;
  groups: FixGroup[];
  issues: IssueLine[];
  issueCount: number;
  suggestions: SuggestionLine[];
  complete: boolean;
}

const SAMPLES_PER_GROUP = 3;
const LINES_SHOWN = 200;

/** A cell as the sheet shows it; a date cell as yyyy-mm-dd in the spreadsheet's time zone. */
export function displayCell(value: CellValue, timeZone: string): string {
  if (!(value instanceof Date)) return String(value);
  return isoDay(zonedCalendar(timeZone).dateAt(value.getTime()));
}

export function previewCleaning(plan: CleaningPlan, headers: readonly CellValue[], timeZone: string): CleaningPreview {
  const header = (column: number) => String(headers[column - 1] ?? '');
  const line = (cell: { row: number; column: number; value: CellValue }): CellLine => ({
    row: cell.row,
    column: columnLetter(cell.column - 1),
    header: header(cell.column),
    value: displayCell(cell.value, timeZone),
  });
  const groups = new Map<string, FixGroup>();
  for (const change of plan.changes) {
    for (const kind of change.fixes) {
      const key = `${change.column}:${kind}`;
      let group = groups.get(key);
      if (!group) {
        group = { column: columnLetter(change.column - 1), header: header(change.column), kind, count: 0, samples: [] };
        groups.set(key, group);
      }
      group.count += 1;
      if (group.samples.length < SAMPLES_PER_GROUP) {
        group.samples.push({ row: change.row, before: displayCell(change.before, timeZone), after: displayCell(change.after, timeZone) });
      }
    }
  }
  return {
    changedCells: plan.changes.length,
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    issues: plan.issues.slice(0, LINES_SHOWN).map((issue) => ({ ...line(issue), problem: issue.problem })),
    issueCount: plan.issues.length,
    suggestions: plan.suggestions.slice(0, LINES_SHOWN).map((s) => ({ ...line(s), suggestion: s.suggestion })),
    complete: plan.complete,
  };
}
