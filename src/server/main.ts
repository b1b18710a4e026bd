/**
 * The add-on's entry points, and nothing else. Every export becomes a top-level
 * function in dist/Code.js (see scripts/build.mjs): menu items, triggers and the
 * sidebar's google.script.run calls reach the code only through these names.
 */
// Loaded first: core's time zone calendars fall back on Utilities where Intl cannot tell a zone.
import './zoneOffsets';
import { formatMessage } from '../core/i18n/formatMessage';
import { messagesFor } from '../core/i18n/messages';
import type { DataQualityReport } from '../core/cleaning/dataQuality';
import { actionContext } from './actionContext';
import { buildAddonMenu } from './addonMenu';
import { applyCleaning as applyCleaningPlan, cleaningPanel, type AcceptedSuggestion, type CleaningPanel, type CleaningStep } from './cleaning/cleaning';
import { appendDataQuality, dataQualityReport } from './cleaning/dataQualitySheet';
import { duplicateGroups, rejectGroup, type DuplicateGroups } from './dedupe/duplicates';
import { MERGED_SHEET, mergeGroups, saveMergeRulesSetting, type MergeResult } from './dedupe/merging';
import { npsReport, type NpsReport, type NpsRequest } from './nps/npsReport';
import { undoWholeAction } from './cleaning/undoWholeAction';
import { undoSummary, type UndoOutcome } from '../core/undoSummary';
import { describeSetUp, setUpCustomerSheet as setUpSheet } from './customerSheet';
import { openSidebar } from './sidebar';
import { documentVersion } from './documentVersion';
import { sidebarState, type SidebarState } from './sidebarState';
import { DocumentStore } from './settingsStore';
import { SheetsByName } from './sheetsByName';
import { updateSettings, type SettingsForm } from './settingsUpdate';
import { userLanguage } from './userLanguage';
import { permissionsGranted, requirePermissions, triggerPermissionProblem, type PermissionMissing } from './requiredScopes';
import { createConnectedForm, disconnectForm as disconnectConnectedForm, formPanel, linkExistingForm, saveQuestionMapping, type FormPanel } from './capture/formConnection';
import { handleFormSubmit } from './capture/formSubmit';
import type { CaptureOutcome } from '../core/capture/captureInput';
import { discardQuarantine, quarantinePanel, rerunQuarantine, type DiscardResult, type QuarantinePanel, type RerunResult } from './capture/quarantine';
import { importContacts, importSheetNames, previewImport, type ImportPreview, type ImportResult, type ImportSource } from './capture/importContacts';
import { insightsPanel, saveInsightSettings as saveInsightSettingsOf, segmentColumns, todayFrom, type InsightsPanel, type SegmentColumns } from './nps/insights';
import { updateDashboardSheet } from './nps/dashboardSheet';
import { purchasePredictions, type PurchasePredictionError, type PurchasePredictionReport, type PurchasePredictionRequest } from './predict/predictions';
import { updatePredictionColumns, type PredictionColumnsResult } from './predict/predictionColumnsWrite';
import { updateFollowUpSheet, type FollowUpResult } from './nps/followUpSheet';
import { saveOwnerAlerts as saveOwnerAlertsOf, type OwnerAlertsForm } from './keepInTouch/ownerAlertsSetting';
import type { TriggerInstall } from './documentTriggers';
import type { OwnerAlerts } from '../core/keepInTouch/ownerAlerts';
import { logChatOpened as logChatOpenedOf, outreachPreview, sendListEmails as sendListEmailsOf, type OutreachPreview, type OutreachRequest } from './keepInTouch/listMessages';
import { saveKeepInTouchSettings as saveKeepInTouchSettingsOf, todayDigestReport, type KeepInTouchSettingsForm, type TodayDigestReport } from './keepInTouch/todayDigest';
import type { RecallProblem } from '../core/keepInTouch/recalls';
import { backUpNow as backUpStep, backupsPanel, previewRestore, progressMessage, restore, saveSchedule, verify, type BackupsPanel, type RestorePreview } from './backups/backups';
import { replaceOldTrigger, runScheduler as runDueJobs, type SchedulerRun } from './scheduler/scheduler';
import type { BackupSchedule } from './backups/backupSchedule';
import type { BackupProgress } from './backups/backupRun';
import type { RestoreProgress } from './backups/restoreRun';
import { stampEdit, type EditEvent, type EditStampResult } from './audit/editStamping';
import { ensureEditTrigger } from './audit/editStampingTrigger';
import { withRefusal } from './documentTriggers';
import { applyProtectionSetting } from './audit/auditProtection';
import { auditPanel, setAuditedEditing as switchAuditedEditing, type AuditPanel } from './audit/auditPanel';
import { findPrivacyCustomer, logPrivacyRequest as logRequestOf, privacyPanel, type FoundCustomer, type PrivacyPanel, type RequestForm } from './privacy/privacy';
import { exportPersonData, type PersonDataExport } from './privacy/exportPersonData';
import { erasePerson, previewErasure, type ErasurePreview } from './privacy/erasePerson';
import { recalculateTotalsStep, recalculationLimits, type RecalculationProgress } from './purchases/recalculateTotals';
import { customerCard, customerCardLater, type CardAnswer, type CardLaterAnswer } from './card/customerCardPanel';
import { purchaseHistory, type PurchaseHistory } from './purchases/purchaseHistory';
import { addInteraction as addInteractionTo, addPurchase as addPurchaseTo, setNextContact as setNextContactOf, type InteractionForm, type PurchaseForm } from './card/cardActions';
import { markFollowUpDone as markDone, todayPanel, type TodayPanel } from './card/todayPanel';
import { createOrderForm as createOrderFormOf, type OrderOutcome } from './purchases/orderForm';
import { importPurchaseRows as importPurchaseChunk, previewPurchaseImport as previewPurchaseFile, type PurchaseImportPreview, type PurchaseImportRefusal, type PurchaseImportResult } from './purchases/purchaseImport';
import { makeCustomerFromPurchase, purchasesPanel, saveCurrencySettings, setUpHistorySheets, type CurrencyForm, type PurchasesPanel } from './purchases/purchasesPanel';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu: Open Clientele. */
export function showSidebar(): void {
  requirePermissions('showSidebar');
  openSidebar();
}

/** Menu and sidebar: Set up customer sheet. Returns the message it also shows as a toast. */
export function setUpCustomerSheet(): string {
  const store = DocumentStore.open();
  const { settings } = store.loadSettings();
  requirePermissions('setUpCustomerSheet', ...(settings.protection === 'owner' ? (['ownerProtection'] as const) : []));
  const language = userLanguage(settings);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Set-up stands without audited editing: a test deployment of the add-on refuses its trigger.
  const message = withRefusal(messagesFor(language), describeSetUp(setUpSheet(spreadsheet, store, language), language), ensureEditTrigger(spreadsheet), 'deployAuditedEditingRefused');
  // Set-up protects its system columns with a warning; the owner-only setting tightens them again.
  if (store.loadSettings().settings.protection === 'owner') applyProtectionSetting(spreadsheet, 'owner');
  spreadsheet.toast(message, 'Clientele');
  // While no default country is set, the menu's set-up goes on to ask for it in the sidebar (a menu
  // item has no form of its own); the sidebar's Set up button asks before it calls this.
  if (!settings.defaultCountry && permissionsGranted('showSidebar')) openSidebar('setUpQuestion');
  return message;
}

/** Sidebar: everything it shows. */
export function getSidebarState(): SidebarState {
  requirePermissions('getSidebarState');
  return sidebarState();
}

/** Sidebar: save the settings form, then show the sidebar again in the (maybe new) language. */
export function saveSettings(form: SettingsForm): SidebarState {
  requirePermissions('saveSettings');
  updateSettings(form);
  return sidebarState();
}

/** Menu: Clean customer data… opens the sidebar on the cleaning panel. */
export function showCleaningPanel(): void {
  requirePermissions('showCleaningPanel');
  openSidebar('clean');
}

/** Menu: Data quality report opens the sidebar on the data quality panel. */
export function showDataQuality(): void {
  requirePermissions('showDataQuality');
  openSidebar('quality');
}

/** Sidebar: the cleaning preview (nothing is written) and what can be undone. */
export function getCleaningPanel(): CleaningPanel {
  const started = Date.now();
  requirePermissions('getCleaningPanel');
  const { spreadsheet, settings, language } = actionContext();
  return cleaningPanel(spreadsheet, settings, language, started);
}

/**
 * Sidebar and CLI: apply every fix, and the suggestions the user ticked, in one write, from
 * sheet row `fromRow` on (2 when not given). A big sheet is cleaned in runs that fit Apps
 * Script's time: each says where the next goes on (`nextRow`) and the message shown.
 */
export function applyCleaning(accepted: AcceptedSuggestion[], fromRow?: number): CleaningStep {
  const started = Date.now();
  requirePermissions('applyCleaning');
  const { spreadsheet, settings, language, text } = actionContext();
  const result = applyCleaningPlan(spreadsheet, settings, language, accepted ?? [], { started, fromRow: Math.max(2, Math.floor(Number(fromRow) || 2)) });
  const message = result.complete
    ? formatMessage(text.cleanApplied, { count: result.changed })
    : formatMessage(text.cleanAppliedPartly, { count: result.changed, row: result.lastRowDone });
  spreadsheet.toast(message, 'Clientele');
  return { message, ...result };
}

/** The Merged tab as the spreadsheet names it (in whichever language it was made), when the undo message names it. */
function mergedSheetName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, undone: UndoOutcome): string | undefined {
  if (undone.alreadyThere.length === 0 && undone.notPutBack.length === 0) return undefined;
  return SheetsByName.of(spreadsheet).managed(MERGED_SHEET)?.getName();
}

/** Sidebar: undo Clientele's last action on the sheet (a cleaning, a merge), also after the sidebar was closed. */
export function undoLastAction(only?: 'clean' | 'merge'): string {
  requirePermissions('undoLastAction');
  const started = Date.now();
  const { spreadsheet, text } = actionContext();
  const undone = undoWholeAction(spreadsheet, text, only ?? undefined, started);
  const message = undone === null
    ? text.cleanNothingToUndo
    : [undoSummary({ ...undone, mergedSheet: mergedSheetName(spreadsheet, undone) }, text), ...(undone.stepsLeft ? [formatMessage(text.undoStepsLeft, { button: text.cleanUndo })] : [])].join(' ');
  spreadsheet.toast(message, 'Clientele');
  return message;
}

/** Sidebar: the data quality audit of the customer sheet, or null when there is none. */
export function getDataQuality(): DataQualityReport | null {
  requirePermissions('getDataQuality');
  return dataQualityReport(actionContext())?.report ?? null;
}

/** Sidebar: add the audit to the Data quality sheet. Returns the message shown. */
export function writeDataQuality(): string {
  requirePermissions('writeDataQuality');
  const context = actionContext();
  const audit = dataQualityReport(context);
  if (!audit) return context.text.summaryNoSheet;
  const sheet = appendDataQuality(context, audit.sheet, audit.report);
  return formatMessage(context.text.qualityWritten, { sheet });
}

/**
 * Sidebar and CLI: merge groups of sheet rows (header = row 1) into one customer each.
 * `reviewed`: the reviewer's Merge on one group, a label the next matching learns from.
 */
export function mergeDuplicates(groups: number[][], reviewed?: boolean): MergeResult {
  requirePermissions('mergeDuplicates');
  const context = actionContext();
  return mergeGroups(context, groups ?? [], reviewed === true);
}

/** Menu: Find duplicates… opens the sidebar on the review panel. */
export function showDuplicatesPanel(): void {
  requirePermissions('showDuplicatesPanel');
  openSidebar('duplicates');
}

/**
 * Sidebar and CLI: groups of rows that are probably the same customer, most certain first.
 * One step of matching, going on from the last: call again while the answer is not complete.
 * `stepMilliseconds` shortens the step (tests use it to match in many steps); it never lengthens it.
 */
export function getDuplicates(stepMilliseconds?: number): DuplicateGroups | null {
  requirePermissions('getDuplicates');
  const context = actionContext();
  return typeof stepMilliseconds === 'number' && Number.isFinite(stepMilliseconds) ? duplicateGroups(context, stepMilliseconds) : duplicateGroups(context);
}

/** Sidebar: "not the same customer": the group is never proposed again. Returns how many pairs were remembered. */
export function rejectDuplicates(rows: number[]): number {
  requirePermissions('rejectDuplicates');
  return rejectGroup(actionContext(), rows ?? []);
}

/** Sidebar: how a merge fills each field; the user sees and changes the rules in the duplicates panel. */
export function saveMergeRules(rules: Record<string, string>): void {
  requirePermissions('saveMergeRules');
  saveMergeRulesSetting(actionContext(), rules);
}

/** Sidebar and CLI: the Net Promoter Score of the customer sheet. */
export function getNpsReport(request: NpsRequest): NpsReport | { error: 'noSheet' | 'noScoreColumn' | 'noGroupColumn' } {
  requirePermissions('getNpsReport');
  return npsReport(actionContext(), request ?? {});
}

/** Menu: NPS report opens the sidebar on the NPS panel. */
export function showNpsReport(): void {
  requirePermissions('showNpsReport');
  openSidebar('nps');
}

/** Menu: Connect a Google Form… opens the sidebar on the form panel. */
export function showFormPanel(): void {
  requirePermissions('showFormPanel');
  openSidebar('form');
}

/** Sidebar: the connected form, its question -> field mapping and whether the trigger is installed. */
export function getFormPanel(): FormPanel {
  requirePermissions('getFormPanel');
  return formPanel(actionContext());
}

/** Sidebar: create Clientele's form in the user's language, linked to this spreadsheet; installs the one trigger. */
export function createForm(): string {
  requirePermissions('createForm');
  return createConnectedForm(actionContext());
}

/** Sidebar: link a form the user already has, by its edit or share link; installs the one trigger. */
export function linkForm(url: string): { ok: boolean; message: string } {
  requirePermissions('linkForm');
  return linkExistingForm(actionContext(), url);
}

/** Sidebar: save the question -> field mapping the user chose. */
export function saveFormMapping(mapping: Record<string, string>): string {
  requirePermissions('saveFormMapping');
  return saveQuestionMapping(actionContext(), mapping ?? {});
}

/** Sidebar: stop capturing the connected form (its trigger is removed). */
export function disconnectForm(): string {
  requirePermissions('disconnectForm');
  return disconnectConnectedForm(actionContext());
}

/** Sidebar and CLI: how many submissions wait in the Quarantine sheet, and the first of them (`limit`, default the panel's) with their reasons. */
export function getQuarantinePanel(limit?: number): QuarantinePanel {
  requirePermissions('getQuarantinePanel');
  return quarantinePanel(actionContext(), typeof limit === 'number' && limit > 0 ? limit : undefined);
}

/** Sidebar: re-run the waiting quarantine rows (all, or the sheet rows given) as the user corrected them. */
export function rerunQuarantined(rows?: number[]): RerunResult {
  requirePermissions('rerunQuarantined');
  return rerunQuarantine(actionContext(), rows ?? undefined);
}

/** CLI: settle the waiting quarantine rows given (sheet rows) without capturing them; kept in the sheet, audited. */
export function discardQuarantined(rows: number[]): DiscardResult {
  requirePermissions('discardQuarantined');
  return discardQuarantine(actionContext(), Array.isArray(rows) ? rows.filter((row) => Number.isInteger(row)) : []);
}

/** Menu: Import contacts or purchases… opens the sidebar on the import panel. */
export function showImportPanel(): void {
  requirePermissions('showImportPanel');
  openSidebar('import');
}

/** Sidebar and CLI: what importing these rows would do; nothing is written. */
export function previewContactImport(source: ImportSource): ImportPreview {
  requirePermissions('previewContactImport');
  return previewImport(actionContext(), source);
}

/** Sidebar and CLI: import rows from `fromRow` (a chunk per call); call again from `nextRow` until it is null. */
export function importContactRows(source: ImportSource, fromRow?: number): ImportResult {
  requirePermissions('importContactRows');
  return importContacts(actionContext(), source, fromRow ?? 2);
}

/** Sidebar: what importing these purchase rows (a file's, or a sheet's) would do; nothing is written. */
export function previewPurchaseImport(source: ImportSource): PurchaseImportPreview | PurchaseImportRefusal {
  requirePermissions('previewPurchaseImport');
  return previewPurchaseFile(actionContext(), source);
}

/** Sidebar: import purchase rows from `fromRow` (a chunk per call) onto the Purchases sheet; call again from `nextRow` until it is null. */
export function importPurchaseRows(source: ImportSource, fromRow?: number): PurchaseImportResult | PurchaseImportRefusal {
  requirePermissions('importPurchaseRows');
  return importPurchaseChunk(actionContext(), source, fromRow ?? 2);
}

/**
 * Installable trigger (installed by Connect a Google Form…): a form response arrived on this
 * spreadsheet's responses sheet. Blank and re-delivered events leave one result.
 */
export function onFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit): CaptureOutcome | OrderOutcome | null {
  return handleFormSubmit(event);
}

/** Sidebar: the sheets an import can read (not the customer sheet, not Clientele's own). */
export function getImportSheetNames(): string[] {
  requirePermissions('getImportSheetNames');
  return importSheetNames(actionContext());
}

/** Sidebar: activity and RFM segments, customers, revenue and NPS per channel, and the win-back list. `today` (YYYY-MM-DD) only for tests. */
export function getInsights(today?: string): InsightsPanel | { error: 'noSheet' } {
  requirePermissions('getInsights');
  const context = actionContext();
  return insightsPanel(context, todayFrom(today, context.text));
}

/** CLI: each customer's segment, R, F, M, RFM segment and channel, row by row. */
export function getSegmentColumns(today?: string): SegmentColumns | { error: 'noSheet' } {
  requirePermissions('getSegmentColumns');
  const context = actionContext();
  return segmentColumns(context, todayFrom(today, context.text));
}

/** Sidebar and CLI: today's birthdays, festivals, recalls, follow-ups, detractors, win-back and tier changes, consented customers only. `today` (YYYY-MM-DD) only for tests and the CLI. */
export function getTodayDigest(today?: string): TodayDigestReport | { error: 'noSheet' } {
  requirePermissions('getTodayDigest');
  const context = actionContext();
  return todayDigestReport(context, todayFrom(today, context.text));
}

/** Sidebar and CLI: the shop's name that signs messages, the recall services ("check-up: 180 days" a line) and the loyalty rule (or the sidebar's loyalty form); returns the lines it could not read. */
export function saveKeepInTouchSettings(form: KeepInTouchSettingsForm): RecallProblem[] {
  requirePermissions('saveKeepInTouchSettings');
  return saveKeepInTouchSettingsOf(actionContext(), form ?? {});
}

/** Sidebar: the messages a list's customers would get on a channel (chat links ready to open), and who may not be contacted. `today` only for tests. */
export function getOutreach(request: OutreachRequest, today?: string): OutreachPreview {
  requirePermissions('getOutreach', ...(request?.channel === 'email' ? (['sendListEmails'] as const) : []), ...(request?.list === 'detailsCheck' ? (['linkForm'] as const) : []));
  const context = actionContext();
  return outreachPreview(context, request, todayFrom(today, context.text));
}

/** Sidebar: email the list's customers (the ticked ones when given) within today's quota, each logged in the audit log. */
export function sendListEmails(request: OutreachRequest, today?: string): { sent: number; message: string; preview: OutreachPreview } {
  requirePermissions('sendListEmails', ...(request?.list === 'detailsCheck' ? (['linkForm'] as const) : []));
  const context = actionContext();
  return sendListEmailsOf(context, request, todayFrom(today, context.text));
}

/** Sidebar: staff opened a customer's chat link; the audit log records it. */
export function logChatOpened(request: OutreachRequest, today?: string): boolean {
  requirePermissions('logChatOpened', ...(request?.list === 'detailsCheck' ? (['linkForm'] as const) : []));
  const context = actionContext();
  return logChatOpenedOf(context, request, todayFrom(today, context.text));
}

/** Sidebar: the daily digest at an hour of the spreadsheet's time zone (null: none) and the detractor alert, to the user or a chosen address. */
export function saveOwnerAlerts(form: OwnerAlertsForm): { alerts: OwnerAlerts | null; scheduler: TriggerInstall } {
  requirePermissions('saveOwnerAlerts');
  return saveOwnerAlertsOf(actionContext(), form);
}

/** CLI: probability active, expected purchases and spend, and lifetime value of every customer, from a sheet of purchases. */
export function getPurchasePredictions(request: PurchasePredictionRequest): PurchasePredictionReport | PurchasePredictionError {
  requirePermissions('getPurchasePredictions');
  return purchasePredictions(actionContext(), request);
}

/** Menu and insights panel: each customer's predictions written in the customer sheet's prediction columns. Shows its message as a toast. `now` (ISO) only for tests. */
export function updatePredictions(now?: string): PredictionColumnsResult {
  const context = actionContext();
  requirePermissions('updatePredictions', ...(context.settings.protection === 'owner' ? (['ownerProtection'] as const) : []));
  const result = updatePredictionColumns(context, todayFrom(typeof now === 'string' ? now : null, context.text));
  context.spreadsheet.toast(result.message, 'Clientele');
  return result;
}

/** Sidebar: which NPS answers count, the days that make a customer at risk or lapsed, and the prediction horizons and discount rate. */
export function saveInsightSettings(form: { npsResponses?: 'all' | 'latest'; segmentAtRiskDays?: number; segmentLapsedDays?: number; predictionHorizonDays?: number; lifetimeValueMonths?: number; discountRatePercent?: number }): void {
  requirePermissions('saveInsightSettings');
  saveInsightSettingsOf(actionContext(), form ?? {});
}

/** Menu and sidebar: rewrite the Dashboard sheet (tables and native charts). Returns the message it also shows as a toast. `now` (ISO) only for tests. */
export function updateDashboard(now?: string): string {
  requirePermissions('updateDashboard');
  const context = actionContext();
  const result = updateDashboardSheet(context, todayFrom(typeof now === 'string' ? now : null, context.text));
  const message = result ? formatMessage(context.text.dashboardWritten, { count: result.answers }) : context.text.summaryNoSheet;
  context.spreadsheet.toast(message, 'Clientele');
  return message;
}

/** Menu and sidebar: add new recent detractors to the Follow-up sheet, keeping every status the team set. `now` (ISO) only for tests. */
export function updateFollowUpList(now?: string): FollowUpResult | { error: 'noSheet' } {
  requirePermissions('updateFollowUpList');
  const context = actionContext();
  const result = updateFollowUpSheet(context, todayFrom(typeof now === 'string' ? now : null, context.text));
  if (!result) return { error: 'noSheet' };
  context.spreadsheet.toast(formatMessage(context.text.followUpAdded, { count: result.added, sheet: result.sheet }), 'Clientele');
  return result;
}
/** Menu and sidebar: back up now, or go on with the backup in progress (the sidebar calls again until done). */
export function backUpNow(): { progress: BackupProgress; message: string } {
  requirePermissions('backUpNow');
  const context = actionContext();
  const progress = backUpStep(context);
  const message = progressMessage(context, progress);
  context.spreadsheet.toast(message, 'Clientele');
  return { progress, message };
}

/** Menu: Schedule backups… opens the sidebar on the Backups panel. */
export function showBackupsPanel(): void {
  requirePermissions('showBackupsPanel');
  openSidebar('backups');
}

/** Sidebar: the backups, the schedule and the last failure. */
export function getBackupsPanel(): BackupsPanel {
  requirePermissions('getBackupsPanel');
  return backupsPanel(actionContext());
}

/** Sidebar: daily or weekly at an hour, or none (null); the document's scheduler is installed for it, or removed when nothing needs it. */
export function scheduleBackups(schedule: BackupSchedule | null): string {
  requirePermissions('scheduleBackups');
  return saveSchedule(actionContext(), schedule ?? null);
}

/**
 * The document's one hourly time-driven trigger: runs whatever is due (the next step of a long
 * restore, the scheduled backup at its hour, the next step of a long backup, the totals, the
 * owner's digest). It needs the backup's permissions (a restore needs the same, and they include
 * the digest's mail); it stops with the notice when one is missing.
 */
export function runScheduler(event?: GoogleAppsScript.Events.TimeDriven): SchedulerRun | PermissionMissing {
  return triggerPermissionProblem('consentJobBackup', 'runScheduler') ?? runDueJobs(event);
}

/**
 * Kept for the triggers earlier versions made (a daily or weekly one at the backup hour, a
 * one-off resuming a large backup): when one fires it deletes itself, runs what is due, and the
 * document gets its scheduler instead. Only a firing trigger can tell which document it is of.
 */
export function runScheduledBackup(event?: GoogleAppsScript.Events.TimeDriven): SchedulerRun | PermissionMissing {
  return triggerPermissionProblem('consentJobBackup', 'runScheduledBackup') ?? replaceOldTrigger(event);
}

/** Sidebar: read the backup back and check every part against its checksum. */
export function verifyBackup(id: string): string {
  requirePermissions('verifyBackup');
  return verify(actionContext(), id);
}

/** Sidebar: what restoring would change, sheet by sheet (nothing is written); one step, from the sheet `from` on (the sidebar calls again from `next`). */
export function getRestorePreview(id: string, from?: number): RestorePreview | { error: string } {
  requirePermissions('getRestorePreview');
  return previewRestore(actionContext(), id, typeof from === 'number' && Number.isInteger(from) && from > 0 ? from : 0);
}

/** Sidebar: one step of a restore into new tabs, or replacing the current data after backing it up (the sidebar calls again until done). */
export function restoreBackup(id: string, mode: 'newTabs' | 'replace'): RestoreProgress {
  requirePermissions('restoreBackup');
  const context = actionContext();
  const progress = restore(context, id, mode === 'replace' ? 'replace' : 'newTabs');
  context.spreadsheet.toast(progress.message, 'Clientele');
  return progress;
}

/**
 * Installable edit trigger (made by Set up customer sheet or the Audited editing switch):
 * stamps Updated, Created and new IDs, notes doubtful emails and phones, logs the edit.
 */
export function onCustomerEdit(event: EditEvent): EditStampResult | PermissionMissing {
  return triggerPermissionProblem('consentJobEditStamp', 'onCustomerEdit') ?? stampEdit(event);
}

/** Sidebar: audited editing on or off, the protection setting and whether the audit log is intact. */
export function getAuditPanel(): AuditPanel {
  requirePermissions('getAuditPanel');
  return auditPanel(actionContext());
}

/** Sidebar: the Audited editing switch and the protection setting. */
export function setAuditedEditing(on: boolean, protection?: 'warning' | 'owner'): AuditPanel {
  requirePermissions('setAuditedEditing', ...(protection === 'owner' ? (['ownerProtection'] as const) : []));
  return switchAuditedEditing(actionContext(), on, protection);
}

/** Menu: Privacy… opens the sidebar on the Privacy panel. */
export function showPrivacyPanel(): void {
  requirePermissions('showPrivacyPanel');
  openSidebar('privacy');
}

/** Sidebar: consent coverage and the open data-subject requests with their due dates. `today` (YYYY-MM-DD) only for tests. */
export function getPrivacyPanel(today?: string): PrivacyPanel {
  requirePermissions('getPrivacyPanel');
  return privacyPanel(actionContext(), today);
}

/** Sidebar: the customer a customer ID, email or phone names, and how many rows each sheet holds about them. */
export function findCustomerForPrivacy(query: string): FoundCustomer | { error: string } {
  requirePermissions('findCustomerForPrivacy');
  return findPrivacyCustomer(actionContext(), String(query ?? ''));
}

/** Sidebar: log a data-subject request that arrived by email, phone or letter (open until answered). */
export function logPrivacyRequest(form: RequestForm, today?: string): { message: string } | { error: string } {
  requirePermissions('logPrivacyRequest');
  return logRequestOf(actionContext(), form, today);
}

/** Sidebar: everything held about one customer as JSON and CSV (GDPR art. 15 and 20); the sidebar offers the downloads. */
export function exportCustomerData(query: string, today?: string): PersonDataExport | { error: string } {
  requirePermissions('exportCustomerData');
  return exportPersonData(actionContext(), String(query ?? ''), today);
}

/** Sidebar: what erasing this customer would remove, sheet by sheet, and how long older backups keep their data. */
export function getErasurePreview(query: string): ErasurePreview | { error: string } {
  requirePermissions('getErasurePreview');
  return previewErasure(actionContext(), String(query ?? ''));
}

/** Sidebar: erase a customer everywhere (GDPR art. 17) and suppress their contacts. */
export function eraseCustomer(query: string, today?: string): { message: string; rows: number } | { error: string } {
  requirePermissions('eraseCustomer');
  return erasePerson(actionContext(), String(query ?? ''), today);
}

/** Sidebar: make the Purchases and Interactions sheets and the totals columns (each only when missing). Returns the message shown. */
export function setUpPurchases(): string {
  requirePermissions('setUpPurchases');
  return setUpHistorySheets(actionContext());
}

/** Menu and sidebar: Recalculate totals, one step; call again while `done` is false. `stepMilliseconds` only shortens a step (tests). */
export function recalculateTotals(stepMilliseconds?: number): RecalculationProgress {
  requirePermissions('recalculateTotals');
  return recalculateTotalsStep(actionContext(), recalculationLimits(stepMilliseconds), true);
}

/** Sidebar: the shop's currency and the rate table; the totals are recalculated with them. */
export function savePurchaseSettings(form: CurrencyForm): string {
  requirePermissions('savePurchaseSettings');
  return saveCurrencySettings(actionContext(), form);
}

/** Menu: Purchases and customer card… opens the sidebar on the card. */
export function showCustomerCard(): void {
  requirePermissions('showCustomerCard');
  openSidebar('card');
}

/**
 * Sidebar and CLI: the card of the customer on the selected row (no query), or of the one a name,
 * phone, email or ID names; its purchases, loyalty points and RFM rank are placeholders until
 * getCustomerCardPurchases fills them in.
 */
export function getCustomerCard(query?: string): CardAnswer {
  requirePermissions('getCustomerCard');
  return customerCard(actionContext(), typeof query === 'string' ? query : null);
}

/** Sidebar and CLI, the card's second call: the sections that need the Purchases sheet and every customer's ranking columns. */
export function getCustomerCardPurchases(customerId: string, row?: number): CardLaterAnswer {
  requirePermissions('getCustomerCardPurchases');
  return customerCardLater(actionContext(), customerId, row);
}

/** Sidebar (card): add a purchase to this customer; it is counted in their totals at once. */
export function addPurchase(customerId: string, form: PurchaseForm): string {
  requirePermissions('addPurchase');
  return addPurchaseTo(actionContext(), String(customerId ?? ''), form);
}

/** Sidebar (card): add an interaction (a call, a visit, a message…) with an optional next contact date. */
export function addInteraction(customerId: string, form: InteractionForm): string {
  requirePermissions('addInteraction');
  return addInteractionTo(actionContext(), String(customerId ?? ''), form);
}

/** Sidebar (card): set the next contact date. */
export function setNextContact(customerId: string, date: string): string {
  requirePermissions('setNextContact');
  return setNextContactOf(actionContext(), String(customerId ?? ''), String(date ?? ''));
}

/** Menu: Today's follow-ups opens the sidebar on the Today panel. */
export function showTodayPanel(): void {
  requirePermissions('showTodayPanel');
  openSidebar('today');
}

/** Sidebar: follow-ups overdue, due today and this week. `today` (YYYY-MM-DD) only for tests. */
export function getTodayPanel(today?: string): TodayPanel {
  requirePermissions('getTodayPanel');
  const context = actionContext();
  return todayPanel(context, todayFrom(today, context.text));
}

/** Sidebar (Today): mark a follow-up done; the row, customer and due date must still match. */
export function markFollowUpDone(row: number, customerId: string, dueTime: number): string {
  requirePermissions('markFollowUpDone');
  return markDone(actionContext(), Number(row), String(customerId ?? ''), Number(dueTime));
}

/** Sidebar: the Purchases panel (how many purchases, which have no customer, the currency settings). */
export function getPurchasesPanel(): PurchasesPanel {
  requirePermissions('getPurchasesPanel');
  return purchasesPanel(actionContext());
}

/** Sidebar (Purchases): create the Orders and visits form in the user's language, linked here; its answers become purchases (the one form-submit trigger). */
export function createOrderForm(): string {
  requirePermissions('createOrderForm');
  return createOrderFormOf(actionContext());
}

/** Sidebar (Purchases): make a new customer from a purchase row whose customer is unknown, and link the row. */
export function makeCustomerFromPurchaseRow(row: number): string {
  requirePermissions('makeCustomerFromPurchaseRow');
  return makeCustomerFromPurchase(actionContext(), Number(row));
}

/** CLI (`clientele history`): every purchase linked to a customer and each customer's totals, written nowhere. */
export function getPurchaseHistory(): PurchaseHistory | { error: 'noSheet' | 'noPurchases' } {
  requirePermissions('getPurchaseHistory');
  return purchaseHistory(actionContext());
}

/** Menu: Quarantine… opens the sidebar on the Quarantine panel. */
export function showQuarantinePanel(): void {
  requirePermissions('showQuarantinePanel');
  openSidebar('quarantine');
}

/** Menu: Purchases and currency… opens the sidebar on the Purchases panel. */
export function showPurchasesPanel(): void {
  requirePermissions('showPurchasesPanel');
  openSidebar('purchases');
}

/** Menu: Keep in touch… opens the sidebar on the Keep in touch panel. */
export function showKeepInTouchPanel(): void {
  requirePermissions('showKeepInTouchPanel');
  openSidebar('keepInTouch');
}

/** Menu: Audited editing… opens the sidebar on the Audited editing panel. */
export function showAuditPanel(): void {
  requirePermissions('showAuditPanel');
  openSidebar('audit');
}

/** Sidebar, every few seconds while it is visible: the token of the document's last write (one property read), to redraw when it moved. */
export function getDocumentVersion(): string {
  requirePermissions('getDocumentVersion');
  return documentVersion();
}
