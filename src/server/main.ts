/**
 * The add-on's entry points, and nothing else. Every export becomes a top-level
 * function in dist/Code.js (see scripts/build.mjs): menu items, triggers and the
 * sidebar's google.script.run calls reach the code only through these names.
 */
import { formatMessage } from '../core/i18n/formatMessage';
import type { DataQualityReport } from '../core/cleaning/dataQuality';
import { actionContext } from './actionContext';
import { buildAddonMenu } from './addonMenu';
import { applyCleaning as applyCleaningPlan, cleaningPanel, type AcceptedSuggestion, type CleaningPanel } from './cleaning';
import { appendDataQuality, dataQualityReport } from './dataQualitySheet';
import { duplicateGroups, rejectGroup, type DuplicateGroups } from './duplicates';
import { mergeGroups, saveMergeRulesSetting, type MergeResult } from './merging';
import { npsReport, type NpsReport, type NpsRequest } from './npsReport';
import { undoLastAction as undoAction } from './undoAction';
import { describeSetUp, setUpCustomerSheet as setUpSheet } from './customerSheet';
import { openSidebar } from './sidebar';
import { sidebarState, type SidebarState } from './sidebarState';
import { DocumentStore } from './settingsStore';
import { updateSettings, type SettingsForm } from './settingsUpdate';
import { userLanguage } from './userLanguage';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: Open Clientele. */
export function showSidebar(): void {
  openSidebar();
}

/** Menu and sidebar: Set up customer sheet. Returns the message it also shows as a toast. */
export function setUpCustomerSheet(): string {
  const store = DocumentStore.open();
  const language = userLanguage(store.loadSettings().settings);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const message = describeSetUp(setUpSheet(spreadsheet, store, language), language);
  spreadsheet.toast(message, 'Clientele');
  return message;
}

/** Sidebar: everything it shows. */
export function getSidebarState(): SidebarState {
  return sidebarState();
}

/** Sidebar: save the settings form, then show the sidebar again in the (maybe new) language. */
export function saveSettings(form: SettingsForm): SidebarState {
  updateSettings(form);
  return sidebarState();
}

/** Menu: Clean customer data… opens the sidebar on the cleaning panel. */
export function showCleaningPanel(): void {
  openSidebar('clean');
}

/** Menu: Data quality report opens the sidebar on the data quality panel. */
export function showDataQuality(): void {
  openSidebar('quality');
}

/** Sidebar: the cleaning preview (nothing is written) and what can be undone. */
export function getCleaningPanel(): CleaningPanel {
  const { spreadsheet, settings, language } = actionContext();
  return cleaningPanel(spreadsheet, settings, language);
}

/** Sidebar: apply every fix, and the suggestions the user ticked, in one write. Returns the message shown. */
export function applyCleaning(accepted: AcceptedSuggestion[]): string {
  const { spreadsheet, settings, language, text } = actionContext();
  const result = applyCleaningPlan(spreadsheet, settings, language, accepted ?? []);
  const message = result.complete
    ? formatMessage(text.cleanApplied, { count: result.changed })
    : formatMessage(text.cleanAppliedPartly, { count: result.changed, row: result.lastRowDone });
  spreadsheet.toast(message, 'Clientele');
  return message;
}

/** Sidebar: undo Clientele's last action on the sheet (a cleaning, a merge), also after the sidebar was closed. */
export function undoLastAction(only?: 'clean' | 'merge'): string {
  const { spreadsheet, text } = actionContext();
  const undone = undoAction(spreadsheet, only ?? undefined);
  const message = undone === null ? text.cleanNothingToUndo : formatMessage(text.cleanUndone, { count: undone.cells });
  spreadsheet.toast(message, 'Clientele');
  return message;
}

/** Sidebar: the data quality audit of the customer sheet, or null when there is none. */
export function getDataQuality(): DataQualityReport | null {
  return dataQualityReport(actionContext())?.report ?? null;
}

/** Sidebar: add the audit to the Data quality sheet. Returns the message shown. */
export function writeDataQuality(): string {
  const context = actionContext();
  const audit = dataQualityReport(context);
  if (!audit) return context.text.summaryNoSheet;
  const sheet = appendDataQuality(context, audit.sheet, audit.report);
  return formatMessage(context.text.qualityWritten, { sheet });
}

/** Sidebar and CLI: merge groups of sheet rows (header = row 1) into one customer each. */
export function mergeDuplicates(groups: number[][]): MergeResult {
  const context = actionContext();
  return mergeGroups(context, groups ?? []);
}

/** Menu: Find duplicates… opens the sidebar on the review panel. */
export function showDuplicatesPanel(): void {
  openSidebar('duplicates');
}

/**
 * Sidebar and CLI: groups of rows that are probably the same customer, most certain first.
 * One step of matching, going on from the last: call again while the answer is not complete.
 * `stepMilliseconds` shortens the step (tests use it to match in many steps); it never lengthens it.
 */
export function getDuplicates(stepMilliseconds?: number): DuplicateGroups | null {
  const context = actionContext();
  return typeof stepMilliseconds === 'number' && Number.isFinite(stepMilliseconds) ? duplicateGroups(context, stepMilliseconds) : duplicateGroups(context);
}

/** Sidebar: "not the same customer": the group is never proposed again. Returns how many pairs were remembered. */
export function rejectDuplicates(rows: number[]): number {
  return rejectGroup(actionContext(), rows ?? []);
}

/** Sidebar: how a merge fills each field; the user sees and changes the rules in the duplicates panel. */
export function saveMergeRules(rules: Record<string, string>): void {
  saveMergeRulesSetting(actionContext(), rules);
}

/** Sidebar and CLI: the Net Promoter Score of the customer sheet. */
export function getNpsReport(request: NpsRequest): NpsReport | { error: 'noSheet' | 'noScoreColumn' | 'noGroupColumn' } {
  return npsReport(actionContext(), request ?? {});
}

/** Menu: NPS report opens the sidebar on the NPS panel. */
export function showNpsReport(): void {
  openSidebar('nps');
}
