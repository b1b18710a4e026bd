import * as z from 'zod/mini';
import { isPhoneRegion } from '../core/cleaning/phone';
import { LANGUAGES } from '../core/i18n/languages';
import { DIGIT_STYLES } from '../core/i18n/numberFormat';
import { messagesFor } from '../core/i18n/messages';
import type { Settings } from '../core/settings';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

/** What the sidebar's settings form sends. It comes from the browser, so it is checked here. */
export const SettingsFormSchema = z.object({
  language: z.nullable(z.enum(LANGUAGES)),
  defaultCountry: z.string(),
  phoneFormat: z.optional(z.enum(['E164', 'INTERNATIONAL'])),
  countryStyle: z.optional(z.enum(['code', 'english', 'language'])),
  digits: z.optional(z.enum(DIGIT_STYLES)),
});

export type SettingsForm = z.infer<typeof SettingsFormSchema>;

export function updateSettings(input: unknown): void {
  const store = DocumentStore.open();
  const { settings } = store.loadSettings();
  const form = SettingsFormSchema.parse(input);
  const country = form.defaultCountry.trim().toUpperCase();
  if (country !== '' && !isPhoneRegion(country)) {
    throw new Error(messagesFor(userLanguage(settings)).settingsInvalidCountry);
  }
  const next: Settings = { ...settings };
  if (form.language) next.language = form.language;
  else delete next.language;
  if (country) next.defaultCountry = country;
  else delete next.defaultCountry;
  if (form.phoneFormat) next.phoneFormat = form.phoneFormat;
  if (form.countryStyle) next.countryStyle = form.countryStyle;
  if (form.digits) next.digits = form.digits;
  store.saveSettings(next);
}
