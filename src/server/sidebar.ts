import { messagesFor } from '../core/i18n/messages';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

/** The built sidebar page: dist/Sidebar.html, one self-contained file. */
const SIDEBAR_FILE = 'Sidebar';

/** The panels the sidebar can open on; the page reads its `data-panel` attribute. */
export type SidebarPanel = 'home' | 'clean' | 'quality' | 'duplicates' | 'nps' | 'backups' | 'form' | 'import' | 'quarantine' | 'privacy' | 'card' | 'today' | 'purchases' | 'keepInTouch' | 'audit' | 'setUpQuestion';

export function openSidebar(panel: SidebarPanel = 'home'): void {
  const title = messagesFor(userLanguage(DocumentStore.open().loadSettings().settings)).sidebarTitle;
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(title);
  if (panel !== 'home') page.setContent(page.getContent().replace('data-panel="home"', `data-panel="${panel}"`));
  SpreadsheetApp.getUi().showSidebar(page);
}
