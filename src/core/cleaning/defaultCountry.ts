/**
 * The default country set-up suggests: the one under which most of the sheet's phone numbers
 * written without a country code read as numbers of that very country ("8 701 729 1870" is a
 * Kazakh number read as KZ or RU, "0912 345 6789" an Iranian one only as IR), else the country
 * of the spreadsheet's locale (ru_RU -> RU), else none. Numbers with a country code say nothing
 * about the default, so they are not counted.
 */
import { phoneCountry } from './phone';

/** The countries Clientele's languages are spoken in, and the United States for English. */
export const SUGGESTED_COUNTRIES = ['KZ', 'RU', 'MN', 'IR', 'CN', 'US'] as const;

export function localeCountry(locale: string): string | null {
  const region = /^[a-z]{2,3}[_-]([A-Z]{2})\b/.exec(locale)?.[1];
  return region ?? null;
}

export function suggestDefaultCountry(phones: readonly (string | number)[], locale: string): string | null {
  const national = phones.map((phone) => String(phone).trim()).filter((phone) => phone !== '' && !phone.startsWith('+') && !phone.startsWith('00'));
  let best: { country: string; count: number } | null = null;
  for (const country of SUGGESTED_COUNTRIES) {
    const count = national.filter((phone) => phoneCountry(phone, country) === country).length;
    if (count > 0 && (!best || count > best.count)) best = { country, count };
  }
  return best?.country ?? localeCountry(locale);
}
