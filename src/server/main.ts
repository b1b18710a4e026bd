/**
 * The add-on's entry points, and nothing else. Every export becomes a top-level
 * function in dist/Code.js (see scripts/build.mjs): menu items, triggers and the
 * sidebar's google.script.run calls reach the code only through these names.
 */
import { buildAddonMenu } from './addonMenu';
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
