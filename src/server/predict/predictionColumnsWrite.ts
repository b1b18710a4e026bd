/**
 * Update predictions (menu and insights panel): each customer's probability active, expected
 * purchases, expected average spend, expected value and value at risk written on the customer
 * sheet (core/predict/predictionColumns.ts). One read of the sheet, the models fitted in core,
 * one setValues per run of adjacent prediction columns (one when Clientele laid them out), the
 * header notes in the same run, one line in the Audit log with counts only. The fitted models are
 * kept in the document's properties for the customer card (storedModel.ts).
 *
 * Not in Undo last action: the columns are derived from the purchase columns and worked out again
 * by the next update; they never cover a column of the user's. Added columns are protected with a
 * warning, as the other system columns; the protection setting applies to them too.
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import { PREDICTION_COLUMNS, PREDICTION_FORMATS, planPredictionColumns, predictionColumnNotes, type PredictionColumnsPlan } from '../../core/predict/predictionColumns';
import { missingColumnsText, predictionProblemText } from '../../core/predict/problemText';
import type { PredictionSummary } from '../../core/predict/sheetPredictions';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { applyProtectionSetting } from '../audit/auditProtection';
import { findCustomerTable } from '../customerSheet';
import { withDocumentLock } from '../documentLock';
import { customerSheetPredictions } from './predictions';
import { saveFittedModel } from './storedModel';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks the prediction columns' protections; starts like set-up's mark, so the protection setting finds them. */
const PROTECTION_MARK = 'Clientele predictions';

export type PredictionColumnsResult =
  | { written: true; message: string; sheet: string; predicted: number; blank: number; added: number }
  | { written: false; message: string };

/** Why there is nothing to write: columns missing, or too few repeat customers to fit. */
function notFitted(context: ActionContext, summary: PredictionSummary): string | null {
  const { text } = context;
  if (summary.missing.length > 0) return missingColumnsText(text, context.language, summary.missing);
  if (summary.fitted) return null;
  return summary.problems.map((problem) => predictionProblemText(text, problem)).join(' ');
}

/**
 * The prediction columns protected with a warning: the added ones, or all of them when none
 * has Clientele's protection (set-up replaces Clientele's protections with its own).
 */
function protectPredictionColumns(context: ActionContext, sheet: Sheet, plan: PredictionColumnsPlan): void {
  const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  const protectedBefore = protections.some((protection) => protection.getDescription().startsWith(PROTECTION_MARK));
  const columns = protectedBefore ? plan.added.map(({ column }) => column) : PREDICTION_COLUMNS.map((field) => plan.columns[field]);
  if (columns.length === 0) return;
  const description = `${PROTECTION_MARK}: ${context.text.protectionSystemColumns}`;
  const maxRows = sheet.getMaxRows();
  for (const column of columns) sheet.getRange(1, column + 1, maxRows, 1).protect().setDescription(description).setWarningOnly(true);
  if (context.settings.protection === 'owner') applyProtectionSetting(context.spreadsheet, 'owner');
}

/** Added columns: bold headers and each figure's number format, once. */
function formatAddedColumns(sheet: Sheet, plan: PredictionColumnsPlan): void {
  const first = plan.added[0];
  if (!first) return;
  sheet.getRange(1, first.column + 1, 1, plan.added.length).setFontWeight('bold');
  const maxRows = sheet.getMaxRows();
  if (maxRows < 2) return;
  for (const { column, field } of plan.added) sheet.getRange(2, column + 1, maxRows - 1, 1).setNumberFormat(PREDICTION_FORMATS[field].numberFormat);
}

export function updatePredictionColumns(context: ActionContext, today: Date): PredictionColumnsResult {
  const { spreadsheet, text } = context;
  const notWritten = (reason: string): PredictionColumnsResult => ({ written: false, message: formatMessage(text.predictColumnsNotWritten, { reason }) });
  return withDocumentLock(30_000, () => {
    const table = findCustomerTable(spreadsheet, context.settings);
    if (!table || table.values.length === 0) return { written: false, message: text.summaryNoSheet };
    const { summary, byIndex, model } = customerSheetPredictions(context, table, today);
    const reason = notFitted(context, summary);
    if (reason !== null || !model) return notWritten(reason ?? '');
    const plan = planPredictionColumns({ values: table.values, byIndex, text });
    if ('notOurs' in plan) return notWritten(formatMessage(text.predictColumnsNotOurs, plan.notOurs));

    const { sheet } = table;
    const needed = Math.max(...Object.values(plan.columns)) + 1;
    if (needed > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
    const notes = predictionColumnNotes(text, summary);
    for (const block of plan.blocks) {
      sheet.getRange(1, block.column + 1, block.values.length, block.fields.length).setValues(block.values);
      sheet.getRange(1, block.column + 1, 1, block.fields.length).setNotes([block.fields.map((field) => notes[field])]);
    }
    formatAddedColumns(sheet, plan);
    protectPredictionColumns(context, sheet, plan);
    saveFittedModel(model.bgnbd.parameters, model.spends);
    appendAudit(spreadsheet, [{
      action: 'predict',
      customerIds: [],
      fields: [...PREDICTION_COLUMNS],
      cells: plan.cells,
      detail: formatMessage(text.auditDetailPredicted, { count: plan.predicted, blank: plan.blank, added: plan.added.length }),
    }]);
    const message = formatMessage(text.predictColumnsWritten, { sheet: sheet.getName(), count: plan.predicted, columns: PREDICTION_COLUMNS.length, blank: plan.blank });
    return { written: true, message, sheet: sheet.getName(), predicted: plan.predicted, blank: plan.blank, added: plan.added.length };
  });
}
