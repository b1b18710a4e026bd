import type { CustomerField } from '../core/customerFields';
import { summarizeCustomerTable, type CustomerSheetSummary } from '../core/customerSheetSummary';
import { DEFAULT_HEADERS } from '../core/headerRoles';
import { LANGUAGE_NAMES, LANGUAGES, textDirection, type Language } from '../core/i18n/languages';
import { formatMessage } from '../core/i18n/formatMessage';
import { messagesFor, type Messages } from '../core/i18n/messages';
import type { DigitStyle } from '../core/i18n/numberFormat';
import { setUpQuestion, type SetUpQuestion } from '../core/setUpQuestion';

import { findCustomerTable } from './customerSheet';
import { permissionNotice } from './requiredScopes';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

/** Everything the sidebar shows, as plain JSON (google.script.run carries no Dates or functions). */
export interface SidebarState {
  language: Language;
  direction: 'ltr' | 'rtl';
  messages: Messages;
  fieldLabels: Record<CustomerField, string>;
  languages: { code: Language; name: string }[];
  settings: { language: Language | null; defaultCountry: string | null; phoneFormat: 'E164' | 'INTERNATIONAL'; countryStyle: 'code' | 'english' | 'language'; digits: DigitStyle };
  /** A readable message when the stored settings were damaged, else null. */
  settingsProblem: string | null;
  summary: CustomerSheetSummary | null;
  /** A trigger that did not run for want of a permission, in the user's language, while it is still missing. */
  permissionNotice: string | null;
  /** What set-up asks while no default country is set; null once one is. */
  setUpQuestion: SetUpQuestion | null;
}

export function sidebarState(): SidebarState {
  const { settings, problem } = DocumentStore.open().loadSettings();
  const language = userLanguage(settings);
  const messages = messagesFor(language);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const table = findCustomerTable(spreadsheet, settings);
  return {
    language,
    direction: textDirection(language),
    messages,
    fieldLabels: DEFAULT_HEADERS[language],
    languages: LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] })),
    settings: {
      language: settings.language ?? null,
      defaultCountry: settings.defaultCountry ?? null,
      phoneFormat: settings.phoneFormat ?? 'E164',
      countryStyle: settings.countryStyle ?? 'code',
      digits: settings.digits ?? 'native',
    },
    settingsProblem: problem === null ? null : formatMessage(messages.settingsCorrupt, { detail: problem }),
    summary: table && table.values.length > 0 ? summarizeCustomerTable(table.sheet.getName(), table.values, table.columns) : null,
    permissionNotice: permissionNotice(messages),
    setUpQuestion: settings.defaultCountry ? null : setUpQuestion(table, spreadsheet.getSpreadsheetLocale(), language),
  };
}
