/**
 * Granular consent (https://developers.google.com/apps-script/concepts/scopes#handle-granular):
 * a user may grant Clientele some of the manifest's scopes and not others. Every entry point
 * that does work asks, before it starts, whether the scopes it needs were granted
 * (ScriptApp.getAuthorizationInfo(FULL, scopes): two calls, no scope of its own), and stops
 * with a message naming the missing permission and how to give it, in the user's language.
 * Menu items and sidebar calls throw it (Sheets shows a menu item's error; the sidebar shows
 * a failed call in its status line). Triggers run with no one watching: they stop without
 * failing and leave the message where the owner sees it, on the sidebar's home panel.
 */
import { formatMessage } from '../core/i18n/formatMessage';
import { messagesFor, type Messages } from '../core/i18n/messages';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';
import type * as EntryPoints from './main';

const AUTH = 'https://www.googleapis.com/auth/';

/** The manifest's scopes (appsscript.json), by what they let Clientele do. */
export const PERMISSION_SCOPES = {
  sheets: `${AUTH}spreadsheets.currentonly`,
  ui: `${AUTH}script.container.ui`,
  forms: `${AUTH}forms`,
  driveFile: `${AUTH}drive.file`,
  triggers: `${AUTH}script.scriptapp`,
  mail: `${AUTH}script.send_mail`,
  email: `${AUTH}userinfo.email`,
} as const;

export type Permission = keyof typeof PERMISSION_SCOPES;

const PERMISSION_NAMES: Record<Permission, keyof Messages> = {
  sheets: 'consentSheets',
  ui: 'consentUi',
  forms: 'consentForms',
  driveFile: 'consentDriveFile',
  triggers: 'consentTriggers',
  mail: 'consentMail',
  email: 'consentEmail',
};

/**
 * What each entry point needs before it starts, read from the calls it makes (the host's scope
 * table, src/local/scopeTable.ts, gives each call's scopes). The audit log's "who" uses the email
 * when granted and writes "unknown" otherwise, so the email is needed only where Clientele names
 * the owner as the protected columns' editor (`ownerProtection`). Every entry point is listed:
 * a new one does not compile until it is.
 */
const ACTION_PERMISSIONS = {
  // onOpen may run in AuthMode.NONE and only builds the menu; onInstall is onOpen.
  onOpen: [],
  onInstall: [],
  showSidebar: ['ui'],
  showCleaningPanel: ['ui'],
  showDataQuality: ['ui'],
  showDuplicatesPanel: ['ui'],
  showNpsReport: ['ui'],
  showFormPanel: ['ui'],
  showImportPanel: ['ui'],
  showBackupsPanel: ['ui'],
  showPrivacyPanel: ['ui'],
  // Set-up installs the edit-stamping trigger.
  setUpCustomerSheet: ['sheets', 'triggers'],
  ownerProtection: ['email'],
  getSidebarState: ['sheets'],
  saveSettings: ['sheets'],
  getCleaningPanel: ['sheets'],
  applyCleaning: ['sheets'],
  undoLastAction: ['sheets'],
  getDataQuality: ['sheets'],
  writeDataQuality: ['sheets'],
  mergeDuplicates: ['sheets'],
  getDuplicates: ['sheets'],
  rejectDuplicates: ['sheets'],
  saveMergeRules: ['sheets'],
  getNpsReport: ['sheets'],
  getFormPanel: ['sheets', 'forms', 'triggers'],
  createForm: ['sheets', 'forms', 'triggers'],
  createOrderForm: ['sheets', 'forms', 'triggers'],
  linkForm: ['sheets', 'forms', 'triggers'],
  saveFormMapping: ['sheets'],
  disconnectForm: ['sheets', 'triggers'],
  getQuarantinePanel: ['sheets'],
  rerunQuarantined: ['sheets'],
  discardQuarantined: ['sheets'],
  previewContactImport: ['sheets'],
  importContactRows: ['sheets'],
  previewPurchaseImport: ['sheets'],
  importPurchaseRows: ['sheets'],
  getImportSheetNames: ['sheets'],
  onFormSubmit: ['sheets'],
  getInsights: ['sheets'],
  getSegmentColumns: ['sheets'],
  getTodayDigest: ['sheets'],
  saveKeepInTouchSettings: ['sheets'],
  getOutreach: ['sheets'],
  // Emails go with MailApp; the email channel's preview asks for its quota, so needs this too.
  sendListEmails: ['sheets', 'mail'],
  logChatOpened: ['sheets'],
  // The alerts go to the user's own address unless another is given; the scheduler remembers its owner.
  saveOwnerAlerts: ['sheets', 'triggers', 'email'],
  // The form-submit path mails the owner when a detractor answers, only if this was granted.
  detractorAlert: ['mail'],
  saveInsightSettings: ['sheets'],
  getPurchasePredictions: ['sheets'],
  updatePredictions: ['sheets'],
  updateDashboard: ['sheets'],
  updateFollowUpList: ['sheets'],
  backUpNow: ['sheets', 'driveFile'],
  getBackupsPanel: ['sheets'],
  // The scheduler remembers its owner (Session.getEffectiveUser) to tell its own trigger from another user's.
  scheduleBackups: ['sheets', 'triggers', 'email'],
  // A scheduled run may leave a trigger to go on, and mails its owner when it fails.
  runScheduler: ['sheets', 'driveFile', 'triggers', 'mail', 'email'],
  runScheduledBackup: ['sheets', 'driveFile', 'triggers', 'mail', 'email'],
  verifyBackup: ['sheets', 'driveFile'],
  getRestorePreview: ['sheets', 'driveFile'],
  // Replacing backs the current data up first.
  restoreBackup: ['sheets', 'driveFile'],
  onCustomerEdit: ['sheets'],
  getAuditPanel: ['sheets', 'triggers'],
  setAuditedEditing: ['sheets', 'triggers'],
  getPrivacyPanel: ['sheets'],
  findCustomerForPrivacy: ['sheets'],
  logPrivacyRequest: ['sheets'],
  exportCustomerData: ['sheets'],
  getErasurePreview: ['sheets'],
  eraseCustomer: ['sheets'],
  // Purchases: setting them up installs the edit trigger that keeps the totals.
  showCustomerCard: ['ui'],
  showTodayPanel: ['ui'],
  setUpPurchases: ['sheets', 'triggers'],
  // A recalculation left half done goes on in the scheduler, which remembers its owner.
  recalculateTotals: ['sheets', 'triggers', 'email'],
  savePurchaseSettings: ['sheets', 'triggers', 'email'],
  getPurchasesPanel: ['sheets'],
  makeCustomerFromPurchaseRow: ['sheets'],
  getCustomerCard: ['sheets'],
  getCustomerCardPurchases: ['sheets'],
  addPurchase: ['sheets'],
  addInteraction: ['sheets'],
  setNextContact: ['sheets'],
  getTodayPanel: ['sheets'],
  markFollowUpDone: ['sheets'],
  getPurchaseHistory: ['sheets'],
  showQuarantinePanel: ['ui'],
  showPurchasesPanel: ['ui'],
  showKeepInTouchPanel: ['ui'],
  showAuditPanel: ['ui'],
  // The sidebar's poll reads one document property, which needs no scope (so its check makes no call).
  getDocumentVersion: [],
} as const satisfies Record<keyof typeof EntryPoints | 'ownerProtection' | 'detractorAlert', readonly Permission[]>;

export type ScopedAction = keyof typeof ACTION_PERMISSIONS;

/** The scopes of these actions, as the manifest names them. */
export function scopesFor(...actions: ScopedAction[]): string[] {
  const permissions = new Set<Permission>(actions.flatMap((action) => ACTION_PERMISSIONS[action]));
  return [...permissions].map((permission) => PERMISSION_SCOPES[permission]);
}

interface Missing {
  permissions: Permission[];
  url: string;
}

function missingFor(actions: ScopedAction[]): Missing | null {
  const scopes = scopesFor(...actions);
  if (scopes.length === 0) return null;
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, scopes);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  const granted = new Set(info.getAuthorizedScopes() ?? []);
  const permissions = (Object.keys(PERMISSION_SCOPES) as Permission[]).filter((p) => scopes.includes(PERMISSION_SCOPES[p]) && !granted.has(PERMISSION_SCOPES[p]));
  return { permissions, url: info.getAuthorizationUrl() };
}

function permissionList(text: Messages, permissions: Permission[]): string {
  return permissions.map((permission) => text[PERMISSION_NAMES[permission]]).join(text.consentListSeparator);
}

function messages(): Messages {
  return messagesFor(userLanguage(DocumentStore.open().loadSettings().settings));
}

/** Whether every scope these actions need was granted: for work a trigger does only when it may. */
export function permissionsGranted(...actions: ScopedAction[]): boolean {
  return missingFor(actions) === null;
}

/** Menu items and sidebar calls: throws the message when a scope these actions need was not granted. */
export function requirePermissions(...actions: ScopedAction[]): void {
  const missing = missingFor(actions);
  if (!missing) return;
  const text = messages();
  // No named permission: the whole authorisation is out of date (a new version asks for more).
  const needed = missing.permissions.length === 0 ? text.consentReauthorise : formatMessage(text.consentNeeded, { permissions: permissionList(text, missing.permissions) });
  throw new Error(`${needed} ${formatMessage(text.consentHowTo, { url: missing.url })}`);
}

/** A trigger's job, as the owner reads it in the notice. */
export type TriggerJob = 'consentJobBackup' | 'consentJobCapture' | 'consentJobEditStamp';

/** What a trigger returns when it did not run for want of a permission. */
export interface PermissionMissing {
  kind: 'permission-missing';
  message: string;
  /** Where the owner grants the missing permission. */
  url: string;
}

const NOTICE_PROPERTY = 'clientele.permissionNotice';

interface StoredNotice {
  actions: ScopedAction[];
  job: TriggerJob;
}

/**
 * Triggers: null when the trigger may run; else it must stop. The notice is kept in the
 * document's properties (no scope needed) for the sidebar, and the message returned.
 */
export function triggerPermissionProblem(job: TriggerJob, ...actions: ScopedAction[]): PermissionMissing | null {
  const missing = missingFor(actions);
  if (!missing) return null;
  PropertiesService.getDocumentProperties().setProperty(NOTICE_PROPERTY, JSON.stringify({ actions, job } satisfies StoredNotice));
  return { kind: 'permission-missing', message: noticeText(messages(), job, missing), url: missing.url };
}

function noticeText(text: Messages, job: TriggerJob, missing: Missing): string {
  const stopped = missing.permissions.length === 0
    ? formatMessage(text.consentJobReauthorise, { job: text[job] })
    : formatMessage(text.consentJobStopped, { job: text[job], permissions: permissionList(text, missing.permissions) });
  return `${stopped} ${formatMessage(text.consentHowTo, { url: missing.url })}`;
}

/** The sidebar: the last trigger's notice while its permission is still missing; cleared once it was given. */
export function permissionNotice(text: Messages): string | null {
  const properties = PropertiesService.getDocumentProperties();
  const stored = properties.getProperty(NOTICE_PROPERTY);
  if (stored === null) return null;
  let notice: StoredNotice;
  try {
    notice = JSON.parse(stored) as StoredNotice;
  } catch {
    properties.deleteProperty(NOTICE_PROPERTY);
    return null;
  }
  const missing = missingFor(notice.actions.filter((action) => action in ACTION_PERMISSIONS));
  if (!missing) {
    properties.deleteProperty(NOTICE_PROPERTY);
    return null;
  }
  return noticeText(text, notice.job, missing);
}
