/**
 * The one map of Clientele's features: the add-on menu (src/server/addonMenu.ts) and the
 * sidebar's home panel (src/sidebar/homePanel.ts) are both built from it, so each feature is
 * reachable from both, in this order and under this name.
 * `menu` is the entry point the menu item calls. A feature with a `panel` opens the sidebar on
 * it (from the menu) or goes to it (from the home panel); one without runs `menu` from both.
 * `needsSheet`: the home panel offers it once there is a customer sheet (the menu always lists
 * everything: it cannot know, as it may run before the add-on is authorised in the document).
 * `group` starts a new block of the menu (a separator), read in order.
 */
import type { MessageKey } from './i18n/messages';

export interface Feature {
  id: string;
  label: MessageKey;
  menu: string;
  panel?: string;
  needsSheet: boolean;
  group: 'sheet' | 'data' | 'customers' | 'insights' | 'safety';
}

export const FEATURE_MAP = [
  { id: 'setUp', label: 'menuSetUpSheet', menu: 'setUpCustomerSheet', needsSheet: false, group: 'sheet' },
  { id: 'clean', label: 'menuClean', menu: 'showCleaningPanel', panel: 'clean', needsSheet: true, group: 'data' },
  { id: 'quality', label: 'menuDataQuality', menu: 'showDataQuality', panel: 'quality', needsSheet: true, group: 'data' },
  { id: 'duplicates', label: 'menuDuplicates', menu: 'showDuplicatesPanel', panel: 'duplicates', needsSheet: true, group: 'data' },
  { id: 'import', label: 'menuImportContacts', menu: 'showImportPanel', panel: 'import', needsSheet: false, group: 'data' },
  { id: 'quarantine', label: 'featureQuarantine', menu: 'showQuarantinePanel', panel: 'quarantine', needsSheet: false, group: 'data' },
  { id: 'form', label: 'formMenuConnect', menu: 'showFormPanel', panel: 'form', needsSheet: false, group: 'data' },
  { id: 'card', label: 'purchasesMenu', menu: 'showCustomerCard', panel: 'card', needsSheet: true, group: 'customers' },
  { id: 'purchases', label: 'featurePurchases', menu: 'showPurchasesPanel', panel: 'purchases', needsSheet: true, group: 'customers' },
  { id: 'today', label: 'todayMenu', menu: 'showTodayPanel', panel: 'today', needsSheet: true, group: 'customers' },
  { id: 'keepInTouch', label: 'featureKeepInTouch', menu: 'showKeepInTouchPanel', panel: 'keepInTouch', needsSheet: true, group: 'customers' },
  { id: 'nps', label: 'menuNps', menu: 'showNpsReport', panel: 'nps', needsSheet: true, group: 'insights' },
  { id: 'dashboard', label: 'dashboardMenu', menu: 'updateDashboard', needsSheet: true, group: 'insights' },
  { id: 'followUp', label: 'followUpMenu', menu: 'updateFollowUpList', needsSheet: true, group: 'insights' },
  { id: 'predictions', label: 'predictColumnsMenu', menu: 'updatePredictions', needsSheet: true, group: 'insights' },
  { id: 'backupNow', label: 'backupMenuNow', menu: 'backUpNow', needsSheet: false, group: 'safety' },
  { id: 'backups', label: 'backupMenuSchedule', menu: 'showBackupsPanel', panel: 'backups', needsSheet: false, group: 'safety' },
  { id: 'audit', label: 'featureAudit', menu: 'showAuditPanel', panel: 'audit', needsSheet: false, group: 'safety' },
  { id: 'privacy', label: 'privacyMenu', menu: 'showPrivacyPanel', panel: 'privacy', needsSheet: false, group: 'safety' },
] as const satisfies readonly Feature[];

/** The features whose menu item runs the work itself (no panel): the home panel runs them the same way. */
export type DirectFeature = Exclude<(typeof FEATURE_MAP)[number], { panel: string }>['menu'];
