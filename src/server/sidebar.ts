import { messagesFor } from '../core/i18n/messages';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

/** The built sidebar page: dist/Sidebar.html, one self-contained file. */
const SIDEBAR_FILE = 'Sidebar';

export function openSidebar(): void {
  const title = messagesFor(userLanguage(DocumentStore.open().loadSettings().settings)).sidebarTitle;
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(page);
}
