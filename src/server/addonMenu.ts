import { messagesFor } from '../core/i18n/messages';
import { userLanguage } from './userLanguage';

/**
 * The Clientele add-on menu. It may run in AuthMode.NONE (before the user has authorised
 * the add-on in this document), so it reads nothing but the user's locale.
 * Only actions that work are listed.
 */
export function buildAddonMenu(): void {
  const text = messagesFor(userLanguage());
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(text.menuOpenSidebar, 'showSidebar')
    .addItem(text.menuSetUpSheet, 'setUpCustomerSheet')
    .addSeparator()
    .addItem(text.menuClean, 'showCleaningPanel')
    .addItem(text.menuDataQuality, 'showDataQuality')
    .addItem(text.menuDuplicates, 'showDuplicatesPanel')
    .addItem(text.menuNps, 'showNpsReport')
    .addItem(text.formMenuConnect, 'showFormPanel')
    .addItem(text.menuImportContacts, 'showImportPanel')
    .addItem(text.dashboardMenu, 'updateDashboard')
    .addItem(text.predictColumnsMenu, 'updatePredictions')
    .addItem(text.followUpMenu, 'updateFollowUpList')
    .addItem(text.purchasesMenu, 'showCustomerCard')
    .addItem(text.todayMenu, 'showTodayPanel')
    .addItem(text.backupMenuNow, 'backUpNow')
    .addItem(text.backupMenuSchedule, 'showBackupsPanel')
    .addItem(text.privacyMenu, 'showPrivacyPanel')
    .addToUi();
}
