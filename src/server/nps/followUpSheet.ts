/**
 * Update follow-up list: detractors not yet on the Follow-up sheet are appended with the status
 * "to contact" and a dropdown of statuses; rows already there are never rewritten or deleted, so
 * what the team set stays. One read of each sheet and one write of the new rows, whatever their number.
 */
import { DEFAULT_FOLLOW_UP_DAYS, followUpHeaders, planFollowUp, statusLabels, type FollowUpPlan } from '../../core/dashboard/followUpList';
import type { CellValue } from '../../core/customerRecord';
import { LANGUAGES } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';
import type { ActionContext } from '../actionContext';
import { readAnswerRecords, sheetNamedInAnyLanguage } from './npsSources';
import { appendRows, recordSheet } from '../recordSheets';

export interface FollowUpResult {
  sheet: string;
  added: number;
  days: number;
  counts: FollowUpPlan['counts'];
  /** The first detractors still to contact, for the sidebar. */
  open: FollowUpPlan['open'];
}

const FOLLOW_UP_SHEET_NAMES = LANGUAGES.map((language) => messagesFor(language).followUpSheet);
const OPEN_SHOWN = 20;

export function updateFollowUpSheet(context: ActionContext, now: Date): FollowUpResult | null {
  const answers = readAnswerRecords(context);
  if (!answers) return null;
  const { spreadsheet, text, language } = context;
  const sheet =
    sheetNamedInAnyLanguage(spreadsheet, FOLLOW_UP_SHEET_NAMES) ??
    recordSheet(spreadsheet, text.followUpSheet, followUpHeaders(language));
  const existing = sheet.getDataRange().getValues() as CellValue[][];
  const days = context.settings.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
  const plan = planFollowUp({ answers: answers.answers, existing, now, days, text });
  if (plan.newRows.length > 0) {
    const first = appendRows(sheet, plan.newRows, plan.width);
    // Invalid entries only warn: a status typed in another of the six languages still counts.
    const dropdown = SpreadsheetApp.newDataValidation().requireValueInList(statusLabels(text), true).setAllowInvalid(true).build();
    sheet.getRange(first, plan.statusColumn + 1, plan.newRows.length, 1).setDataValidation(dropdown);
  }
  return { sheet: sheet.getName(), added: plan.newRows.length, days, counts: plan.counts, open: plan.open.slice(0, OPEN_SHOWN) };
}
