/**
 * What set-up asks while no default country is set: the country phone numbers written without a
 * country code belong to ("8 701 729 1870" is only a number once Clientele knows it is Kazakh),
 * with a suggestion from the sheet's phones and the spreadsheet's locale, and the language.
 *
 * Cleaning reads a phone as a number of its row's Country first and of the default only after,
 * so the suggestion counts only the phones their row's country does not already make valid:
 * in the demo, the many Chinese numbers sit in rows that say China, and the Kazakh ones typed
 * "8 701 729 1870" in rows with no country are what the default is for.
 */
import { suggestDefaultCountry } from './cleaning/defaultCountry';
import { countryName, recogniseCountry } from './cleaning/countries';
import { COUNTRIES } from './cleaning/countryNames';
import { isPhoneRegion, phoneCountry } from './cleaning/phone';
import type { CellValue } from './customerRecord';
import type { RecognisedColumns } from './headerRoles';
import type { Language } from './i18n/languages';

/**
 * The suggestion reads the phones of the first rows only: it is a hint the user confirms, and
 * reading a number six ways with libphonenumber's full metadata for every one of 100,000 rows
 * would slow down every opening of the sidebar until the question is answered.
 */
export const SUGGESTION_SAMPLE_ROWS = 500;

export interface CountryChoice {
  /** ISO 3166-1 alpha-2, as the settings store it. */
  code: string;
  /** The country's name in the interface language. */
  name: string;
}

interface CustomerRows {
  values: readonly (readonly CellValue[])[];
  columns: RecognisedColumns;
}

export interface SetUpQuestion {
  /** Preselected in the question; null when neither the phones nor the locale say. */
  suggestedCountry: string | null;
  /** The countries Clientele names in every language that have a numbering plan. */
  countries: CountryChoice[];
}

/** `table` is the customer sheet's values (header first) and columns; null when there is none yet. */
export function setUpQuestion(table: CustomerRows | null, locale: string, language: Language): SetUpQuestion {
  const countries = COUNTRIES.filter((entry) => isPhoneRegion(entry.code)).map((entry) => ({ code: entry.code, name: countryName(entry.code, 'language', language) }));
  const suggested = suggestDefaultCountry(table ? phonesNeedingDefault(table) : [], locale);
  // A locale's country outside the list (en_NG) cannot be preselected; the user chooses.
  return { suggestedCountry: countries.some((choice) => choice.code === suggested) ? suggested : null, countries };
}

function phonesNeedingDefault({ values, columns }: CustomerRows): (string | number)[] {
  const { phone, country } = columns.roles;
  if (phone === undefined) return [];
  const phones: (string | number)[] = [];
  for (const row of values.slice(1, 1 + SUGGESTION_SAMPLE_ROWS)) {
    const cell = row[phone];
    if (typeof cell !== 'string' && typeof cell !== 'number') continue;
    const rowCountry = country === undefined ? null : recogniseCountry(String(row[country] ?? ''));
    // Only a number of the row's own country counts as read by it: a bare "90352504593" that reads
    // as Turkish once a + is put before it would be read under the default first.
    if (rowCountry === null || phoneCountry(cell, rowCountry) !== rowCountry) phones.push(cell);
  }
  return phones;
}
