/**
 * The prediction columns of the customer sheet (Update predictions): probability active,
 * expected purchases, expected average spend, expected value (CLV) and value at risk, one per
 * customer row. A column is Clientele's when its header is one of these in any of the six
 * languages; a missing one is added after the last used column, in the user's language. The
 * plan covers only those columns: one block per run of adjacent prediction columns (one block
 * when Clientele laid them out), header row included, so nothing beside them is ever written.
 *
 * The values are derived: Update predictions works them out again each time, there is nothing to
 * undo. A column with one of these headers that holds text Clientele could not have written is
 * someone's own: the plan refuses rather than overwrite it. A cell is a finite number or empty,
 * never NaN.
 */
import { columnLetter } from '../columnLetters';
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import { normaliseHeader } from '../headerRoles';
import { formatMessage } from '../i18n/formatMessage';
import { LANGUAGES } from '../i18n/languages';
import { messagesFor, type MessageKey, type Messages } from '../i18n/messages';
import type { CustomerPrediction } from './customerPredictions';

export const PREDICTION_COLUMNS = ['probabilityActive', 'expectedPurchases', 'expectedAverageSpend', 'lifetimeValue', 'valueAtRisk'] as const;
export type PredictionColumn = (typeof PREDICTION_COLUMNS)[number];

const HEADER_KEYS: Record<PredictionColumn, MessageKey> = {
  probabilityActive: 'predictColumnActive',
  expectedPurchases: 'predictColumnPurchases',
  expectedAverageSpend: 'predictColumnSpend',
  lifetimeValue: 'predictColumnValue',
  valueAtRisk: 'predictColumnAtRisk',
};

/** Decimals kept and the number format a new column gets: a share as a percentage, counts and money with two decimals. */
export const PREDICTION_FORMATS: Record<PredictionColumn, { digits: number; numberFormat: string }> = {
  probabilityActive: { digits: 4, numberFormat: '0.0%' },
  expectedPurchases: { digits: 2, numberFormat: '0.00' },
  expectedAverageSpend: { digits: 2, numberFormat: '#,##0.00' },
  lifetimeValue: { digits: 2, numberFormat: '#,##0.00' },
  valueAtRisk: { digits: 2, numberFormat: '#,##0.00' },
};

export function predictionColumnHeader(column: PredictionColumn, text: Messages): string {
  return text[HEADER_KEYS[column]];
}

const COLUMN_OF_HEADER = new Map<string, PredictionColumn>();
for (const language of LANGUAGES) {
  for (const column of PREDICTION_COLUMNS) COLUMN_OF_HEADER.set(normaliseHeader(predictionColumnHeader(column, messagesFor(language))), column);
}

/** Which prediction column a header is, in any language; null for every other header. */
export function predictionColumnOf(header: CellValue | undefined): PredictionColumn | null {
  return typeof header === 'string' ? (COLUMN_OF_HEADER.get(normaliseHeader(header)) ?? null) : null;
}

/** The prediction columns a header row has (0-based), the leftmost of each. */
export function findPredictionColumns(headers: readonly CellValue[]): Partial<Record<PredictionColumn, number>> {
  const found: Partial<Record<PredictionColumn, number>> = {};
  headers.forEach((header, index) => {
    const column = predictionColumnOf(header);
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

/** A number as it goes in a cell: rounded, or empty when there is none (or it is not finite). */
export function predictionCell(value: number | null, digits: number): number | '' {
  if (value === null || !Number.isFinite(value)) return '';
  const scale = 10 ** digits;
  const rounded = Math.round(value * scale) / scale;
  // A value too big to scale is kept as it is; + 0 turns a rounded −0 into 0, which a cell would show as "-0".
  return (Number.isFinite(rounded) ? rounded : value) + 0;
}

function cellsOf(prediction: CustomerPrediction | undefined): Record<PredictionColumn, number | ''> {
  const cell = (column: PredictionColumn, value: number | null | undefined) => predictionCell(value ?? null, PREDICTION_FORMATS[column].digits);
  return {
    probabilityActive: cell('probabilityActive', prediction?.probabilityActive),
    expectedPurchases: cell('expectedPurchases', prediction?.expectedPurchases),
    expectedAverageSpend: cell('expectedAverageSpend', prediction?.expectedAverageSpend),
    lifetimeValue: cell('lifetimeValue', prediction?.lifetimeValue),
    valueAtRisk: cell('valueAtRisk', prediction?.valueAtRisk),
  };
}

/** A block to write: rows 1 to the last row of the table, from `column` (0-based) rightwards. */
export interface PredictionBlock {
  column: number;
  /** The header row first (existing headers as they are), then one row per table row. */
  values: CellValue[][];
  fields: PredictionColumn[];
}

export interface PredictionColumnsPlan {
  blocks: PredictionBlock[];
  /** The columns added after the last used one (0-based), left to right. */
  added: { column: number; field: PredictionColumn }[];
  /** Each prediction column's index after the plan (0-based). */
  columns: Record<PredictionColumn, number>;
  /** Rows given a prediction, and data rows left empty (no usable history). */
  predicted: number;
  blank: number;
  cells: number;
}

export interface NotOurColumn {
  notOurs: { column: string; header: string; row: number };
}

export interface PredictionColumnsInput {
  /** The customer sheet's values as read (0 is the header row). */
  values: readonly (readonly CellValue[])[];
  /** Each predicted row's prediction by its index in the values. */
  byIndex: ReadonlyMap<number, CustomerPrediction>;
  /** The user's texts: the headers of added columns. */
  text: Messages;
}

/** Values a prediction column of Clientele's may hold: what it wrote (numbers) or nothing. */
const isOurs = (value: CellValue | undefined) => value === undefined || value === '' || typeof value === 'number';

function adjacentRuns(indexes: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === index - 1) last.push(index);
    else runs.push([index]);
  }
  return runs;
}

export function planPredictionColumns({ values, byIndex, text }: PredictionColumnsInput): PredictionColumnsPlan | NotOurColumn {
  const headers = values[0] ?? [];
  const found = findPredictionColumns(headers);
  for (const column of PREDICTION_COLUMNS) {
    const index = found[column];
    if (index === undefined) continue;
    const row = values.findIndex((cells, i) => i > 0 && !isOurs(cells[index]));
    if (row > 0) return { notOurs: { column: columnLetter(index), header: String(headers[index]), row: row + 1 } };
  }
  const width = values.reduce((widest, row) => Math.max(widest, row.length), headers.length);
  const added = PREDICTION_COLUMNS.filter((column) => found[column] === undefined).map((field, i) => ({ column: width + i, field }));
  const columns = { ...found } as Record<PredictionColumn, number>;
  for (const { column, field } of added) columns[field] = column;
  const fieldAt = new Map(PREDICTION_COLUMNS.map((field) => [columns[field], field]));
  const headerAt = (index: number) => (index < width ? (headers[index] ?? '') : predictionColumnHeader(fieldAt.get(index) as PredictionColumn, text));

  let predicted = 0;
  let blank = 0;
  const rowCells = values.map((row, index) => {
    if (index === 0) return null;
    const prediction = byIndex.get(index);
    if (prediction) predicted += 1;
    else if (!isBlankRow(row)) blank += 1;
    return cellsOf(prediction);
  });
  const blocks = adjacentRuns([...fieldAt.keys()]).map((run): PredictionBlock => {
    const fields = run.map((index) => fieldAt.get(index) as PredictionColumn);
    const block: CellValue[][] = rowCells.map((cells) => (cells ? fields.map((field) => cells[field]) : run.map(headerAt)));
    return { column: run[0] as number, values: block, fields };
  });
  return { blocks, added, columns, predicted, blank, cells: Math.max(values.length - 1, 0) * PREDICTION_COLUMNS.length };
}

/** Each header's note: what the figure means, in one line, with the horizons it was worked out for. */
export function predictionColumnNotes(text: Messages, horizon: { horizonDays: number; months: number; discountRatePercent: number }): Record<PredictionColumn, string> {
  return {
    probabilityActive: text.predictAliveLine,
    expectedPurchases: formatMessage(text.predictPurchasesLine, { days: horizon.horizonDays }),
    expectedAverageSpend: text.predictSpendLine,
    lifetimeValue: formatMessage(text.predictValueLine, { months: horizon.months, rate: horizon.discountRatePercent }),
    valueAtRisk: text.predictAtRiskLine,
  };
}
