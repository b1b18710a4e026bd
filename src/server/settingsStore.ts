import { parseStoredSettings, serializeSettings, SETTINGS_PROPERTY, type LoadedSettings, type Settings } from '../core/settings';

const LAST_CUSTOMER_NUMBER_PROPERTY = 'clientele.lastCustomerNumber';

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function loadSettings(): LoadedSettings {
  return parseStoredSettings(documentProperties().getProperty(SETTINGS_PROPERTY));
}

export function storeSettings(settings: Settings): void {
  documentProperties().setProperty(SETTINGS_PROPERTY, serializeSettings(settings));
}

/** The highest customer ID number ever issued in this spreadsheet (0 before the first). */
export function loadLastCustomerNumber(): number {
  const stored = Number(documentProperties().getProperty(LAST_CUSTOMER_NUMBER_PROPERTY));
  return Number.isInteger(stored) && stored > 0 ? stored : 0;
}

export function storeLastCustomerNumber(value: number): void {
  documentProperties().setProperty(LAST_CUSTOMER_NUMBER_PROPERTY, String(value));
}
