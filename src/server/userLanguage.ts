import { languageFromLocale, type Language } from '../core/i18n/languages';
import type { Settings } from '../core/settings';

/** The interface language: the user's choice in the settings, else their Google locale. */
export function userLanguage(settings: Settings = {}): Language {
  if (settings.language) return settings.language;
  try {
    return languageFromLocale(Session.getActiveUserLocale());
  } catch {
    // The locale is not available in every authorisation mode; English is a safe default.
    return 'en';
  }
}
