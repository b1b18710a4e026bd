import type { Language } from '../core/i18n/languages';
import { messagesFor, type Messages } from '../core/i18n/messages';
import type { Settings } from '../core/settings';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

/** What every action starts from: the open spreadsheet, its stored settings and the user's language. */
export interface ActionContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  store: DocumentStore;
  settings: Settings;
  language: Language;
  text: Messages;
}

export function actionContext(): ActionContext {
  const store = DocumentStore.open();
  const { settings } = store.loadSettings();
  const language = userLanguage(settings);
  return { spreadsheet: SpreadsheetApp.getActiveSpreadsheet(), store, settings, language, text: messagesFor(language) };
}
