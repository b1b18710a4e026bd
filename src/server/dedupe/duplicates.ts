/**
 * Find duplicates: reads the customer table once and asks core's matcher for groups of rows
 * that are probably the same customer, leaving out pairs the user said are not. Rows are
 * sheet rows (header = row 1). Rejections live in a hidden sheet of the document.
 *
 * A big sheet is matched in steps, one per call: each step goes on from the checkpoint the
 * last one saved (matchingCheckpointSheet.ts) and saves its own; the caller calls again until
 * the answer is complete. Each step costs the same few service calls, whatever the sheet's size.
 */
import { displayCell } from '../../core/cleaning/cleaningPreview';
import type { CellValue } from '../../core/customerRecord';
import { findDuplicates, pairKey, rowIdentity, type PairScore } from '../../core/dedupe/findDuplicates';
import type { ActionContext } from '../actionContext';
import { findCustomerTable } from '../customerSheet';
import { readMatchingCheckpoint, writeMatchingCheckpoint } from './matchingCheckpointSheet';
import { appendRows, recordSheet } from '../recordSheets';

/**
 * How long a step compares, once the sheet is read: far inside Apps Script's 6 minutes per
 * execution, and short enough for the sidebar to show progress often.
 */
export const MATCHING_STEP_MS = 25 * 1000;
const REJECTIONS_SHEET = 'Clientele rejections';

export interface DuplicatePair {
  rowA: number;
  rowB: number;
  probability: number;
}

export interface DuplicateGroup {
  rows: number[];
  probability: number;
  members: { row: number; values: string[] }[];
  /** 0-based columns whose values differ within the group. */
  differing: number[];
}

export interface DuplicateGroups {
  sheet: string;
  /** How a merge fills each recognised column: field, its header, and the rule. */
  rules: { field: string; header: string; rule: 'recent' | 'oldest' | 'longest' }[];
  headers: string[];
  /** Data rows of the table (the header not counted). */
  dataRows: number;
  groups: DuplicateGroup[];
  review: DuplicatePair[];
  pairsCompared: number;
  /** False while matching goes on: call again for the next step. The groups are those found so far. */
  complete: boolean;
  /** The share of matching done, 0..1. */
  progress: number;
}

const toPair = (pair: PairScore): DuplicatePair => ({ rowA: pair.a + 2, rowB: pair.b + 2, probability: pair.probability });

function readRejections(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<string> {
  const sheet = spreadsheet.getSheetByName(REJECTIONS_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return new Set();
  return new Set(sheet.getRange(2, 1, sheet.getLastRow() - 1, 1).getValues().map((row) => String(row[0])));
}

/** One step of matching, `stepMs` long (at most MATCHING_STEP_MS), going on from the saved checkpoint. */
export function duplicateGroups(context: ActionContext, stepMs = MATCHING_STEP_MS): DuplicateGroups | null {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table || table.values.length < 2) return null;
  const timeZone = context.spreadsheet.getSpreadsheetTimeZone();
  const saved = readMatchingCheckpoint(context.spreadsheet);
  const result = findDuplicates(
    table.values,
    table.columns,
    {
      defaultCountry: context.settings.defaultCountry,
      timeZone,
      locale: context.spreadsheet.getSpreadsheetLocale(),
      budget: { now: () => Date.now(), milliseconds: Math.min(Math.max(stepMs, 0), MATCHING_STEP_MS) },
      resumeFrom: saved.checkpoint,
    },
    readRejections(context.spreadsheet),
  );
  writeMatchingCheckpoint(context.spreadsheet, saved, result.checkpoint);
  const shown = (row: readonly CellValue[]) => row.map((value) => displayCell(value, timeZone));
  const rules = (Object.entries(table.columns.roles) as [keyof NonNullable<typeof context.settings.mergeRules>, number][])
    .filter(([field]) => field !== 'id' && field !== 'otherContacts')
    .sort(([, a], [, b]) => a - b)
    .map(([field, index]) => ({ field, header: String(table.values[0]?.[index] ?? ''), rule: context.settings.mergeRules?.[field] ?? ('recent' as const) }));
  return {
    sheet: table.sheet.getName(),
    rules,
    headers: shown(table.values[0] ?? []),
    dataRows: table.values.length - 1,
    groups: result.clusters.map((cluster) => {
      const members = cluster.rows.map((row) => ({ row: row + 2, values: shown(table.values[row + 1] ?? []) }));
      const width = members[0]?.values.length ?? 0;
      const differing = Array.from({ length: width }, (_, c) => c).filter(
        (c) => new Set(members.map((m) => (m.values[c] ?? '').trim().toLowerCase()).filter((v) => v !== '')).size > 1,
      );
      return { rows: members.map((m) => m.row), probability: cluster.probability, members, differing };
    }),
    review: result.review.map(toPair),
    pairsCompared: result.pairsCompared,
    complete: result.complete,
    progress: result.progress,
  };
}

/** "Not the same customer": every pair in the group is remembered and never proposed again. */
export function rejectGroup(context: ActionContext, rows: readonly number[]): number {
  const table = findCustomerTable(context.spreadsheet, context.settings);
  if (!table) return 0;
  const identities = rows.map((row) => rowIdentity(table.values[row - 1] ?? [], table.columns));
  const keys: string[] = [];
  for (let i = 0; i < identities.length; i += 1) for (let j = i + 1; j < identities.length; j += 1) keys.push(pairKey(identities[i]!, identities[j]!));
  if (keys.length === 0) return 0;
  const sheet = recordSheet(context.spreadsheet, REJECTIONS_SHEET, ['Pair', 'Rejected at'], { hidden: true });
  const now = new Date();
  appendRows(sheet, keys.map((key) => [key, now]), 2);
  return keys.length;
}
