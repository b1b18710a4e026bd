/**
 * Find duplicates: reads the customer table once and asks core's matcher for groups of rows
 * that are probably the same customer, leaving out pairs the user said are not. Rows are
 * sheet rows (header = row 1). Rejections live in a hidden sheet of the document.
 *
 * A big sheet is matched in steps, one per call: each step goes on from the checkpoint the
 * last one saved (matchingCheckpointSheet.ts) and saves its own; the caller calls again until
 * the answer is complete. Each step costs the same few service calls, whatever the sheet's size.
 *
 * A reviewer's Merge and Not the same are labels, one row per pair in a hidden labels sheet
 * (the answer, the fields compared, one digit per field's level): the next matching learns from
 * them (see findDuplicates' labels).
 */
import { displayCell } from '../../core/cleaning/cleaningPreview';
import type { CellValue } from '../../core/customerRecord';
import { type ReviewLabel, findDuplicates, labelPairs, pairKey, rowIdentity, type PairScore } from '../../core/dedupe/findDuplicates';
import type { LevelName } from '../../core/dedupe/comparisons';
import type { RecognisedColumns } from '../../core/headerRoles';
import type { ActionContext } from '../actionContext';
import { findCustomerTable } from '../customerSheet';
import { readMatchingCheckpoint, writeMatchingCheckpoint } from './matchingCheckpointSheet';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';
import { mergePreviews, type MergePreview } from './mergePreview';

/**
 * How long a step compares, once the sheet is read: far inside Apps Script's 6 minutes per
 * execution, and short enough for the sidebar to show progress often.
 */
export const MATCHING_STEP_MS = 25 * 1000;
const REJECTIONS_SHEET = 'Clientele rejections';
export const LABELS_SHEET = 'Clientele labels';
const LABELS_HEADERS = ['Answer', 'Fields', 'Levels', 'At'];
/** Uncertain pairs shown to check, most likely first: the sidebar stays light, and the next search shows the next ones. */
export const PAIRS_TO_CHECK = 20;

export interface DuplicatePair {
  rowA: number;
  rowB: number;
  probability: number;
}

/** Why a pair scored as it did: where the odds start, what each field added or took away (log2 odds), the sum. */
export interface Waterfall {
  rowA: number;
  rowB: number;
  start: number;
  fields: { header: string; level: LevelName; weight: number }[];
  /** What the reviewer's earlier answers on pairs like this one added. */
  labels: number;
  total: number;
}

export interface DuplicateGroup {
  rows: number[];
  probability: number;
  members: { row: number; values: string[] }[];
  /** 0-based columns whose values differ within the group. */
  differing: number[];
  /** Of the group's weakest link (for a pair to check, of the pair). */
  why: Waterfall;
  /** Two of its rows are a pair the rules hold back: only a reviewer merges it (see DuplicateCluster). */
  heldBack: boolean;
  /** The survivor as Merge would leave it, shown as the members are; null while matching goes on (the groups are not to act on yet). */
  preview: MergePreview | null;
}

export interface DuplicateGroups {
  sheet: string;
  /** How a merge fills each recognised column: field, its header, and the rule. */
  rules: { field: string; header: string; rule: 'recent' | 'oldest' | 'longest' }[];
  headers: string[];
  /** Data rows of the table (the header not counted). */
  dataRows: number;
  groups: DuplicateGroup[];
  /** The most likely of the uncertain pairs, as groups of two, for the reviewer to answer. */
  toCheck: DuplicateGroup[];
  review: DuplicatePair[];
  pairsCompared: number;
  /** False while matching goes on: call again for the next step. The groups are those found so far. */
  complete: boolean;
  /** The share of matching done, 0..1. */
  progress: number;
}

const toPair = (pair: PairScore): DuplicatePair => ({ rowA: pair.a + 2, rowB: pair.b + 2, probability: pair.probability });

function readLabels(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): ReviewLabel[] {
  const sheet = findRecordSheet(spreadsheet, LABELS_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet
    .getRange(2, 1, sheet.getLastRow() - 1, 3)
    .getValues()
    .map(([answer, fields, levels]) => ({ same: answer === 'same', fields: String(fields), levels: String(levels).replace(/^L/, '') }));
}

/** The reviewer's answer on groups (sheet rows), one label per pair of a group's first row with each other, appended in one write. */
export function appendReviewLabels(
  context: ActionContext,
  table: { values: readonly (readonly CellValue[])[]; columns: RecognisedColumns },
  groups: readonly (readonly number[])[],
  same: boolean,
): void {
  const options = { timeZone: context.spreadsheet.getSpreadsheetTimeZone(), locale: context.spreadsheet.getSpreadsheetLocale(), defaultCountry: context.settings.defaultCountry };
  const now = new Date();
  const rows = groups
    .filter((group) => group.length >= 2 && group.every((row) => row >= 2 && row <= table.values.length))
    .flatMap((group) => labelPairs(table.values, table.columns, options, group.map((row) => row - 2), same))
    // A letter first: digits alone would be read as a number, and its leading zeros lost.
    .map((label) => [label.same ? 'same' : 'different', label.fields, `L${label.levels}`, now]);
  if (rows.length === 0) return;
  appendRows(recordSheet(context.spreadsheet, LABELS_SHEET, LABELS_HEADERS, { hidden: true }), rows, LABELS_HEADERS.length);
}

function readRejections(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Set<string> {
  const sheet = findRecordSheet(spreadsheet, REJECTIONS_SHEET);
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
      labels: readLabels(context.spreadsheet),
    },
    readRejections(context.spreadsheet),
  );
  writeMatchingCheckpoint(context.spreadsheet, saved, result.checkpoint);
  const shown = (row: readonly CellValue[]) => row.map((value) => displayCell(value, timeZone));
  const rules = (Object.entries(table.columns.roles) as [keyof NonNullable<typeof context.settings.mergeRules>, number][])
    .filter(([field]) => field !== 'id' && field !== 'otherContacts')
    .sort(([, a], [, b]) => a - b)
    .map(([field, index]) => ({ field, header: String(table.values[0]?.[index] ?? ''), rule: context.settings.mergeRules?.[field] ?? ('recent' as const) }));
  const headers = shown(table.values[0] ?? []);
  const toCheck = result.complete ? result.review.slice(0, PAIRS_TO_CHECK) : [];
  const previews = result.complete
    ? mergePreviews(context, table, { groups: result.clusters.map((cluster) => cluster.rows.map((row) => row + 2)), toCheck: toCheck.map((pair) => [pair.a + 2, pair.b + 2]) }, shown)
    : { groups: [], toCheck: [] };
  const why = (pair: PairScore): Waterfall => ({
    rowA: pair.a + 2,
    rowB: pair.b + 2,
    start: result.priorWeight,
    fields: pair.fields.filter((field) => field.level !== 'null').map((field) => ({ header: headers[field.column] ?? '', level: field.level, weight: field.weight })),
    labels: pair.labels,
    total: result.priorWeight + pair.weight,
  });
  const group = (rows: readonly number[], probability: number, pair: PairScore, heldBack: boolean, preview: DuplicateGroup['preview']): DuplicateGroup => {
    const members = rows.map((row) => ({ row: row + 2, values: shown(table.values[row + 1] ?? []) }));
    const width = members[0]?.values.length ?? 0;
    const differing = Array.from({ length: width }, (_, c) => c).filter(
      (c) => new Set(members.map((m) => (m.values[c] ?? '').trim().toLowerCase()).filter((v) => v !== '')).size > 1,
    );
    return { rows: members.map((m) => m.row), probability, members, differing, why: why(pair), heldBack, preview };
  };
  return {
    sheet: table.sheet.getName(),
    rules,
    headers,
    dataRows: table.values.length - 1,
    groups: result.clusters.map((cluster, i) => group(cluster.rows, cluster.probability, cluster.pairs[0]!, cluster.heldBack, previews.groups[i] ?? null)),
    // A pair to check is only ever merged by the reviewer's Merge.
    toCheck: toCheck.map((pair, i) => group([pair.a, pair.b], pair.probability, pair, false, previews.toCheck[i] ?? null)),
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
  appendReviewLabels(context, table, [rows], false);
  return keys.length;
}
