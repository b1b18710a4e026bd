/**
 * What every cleaner returns for one cell. A cleaner never loses a value: when it cannot
 * clean, `value` is the input exactly as it was and `problem` says why; when it is unsure
 * (a likely typo), it leaves the value and offers a `suggestion` the user may accept.
 */
import type { Language } from '../i18n/languages';

export type CellValue = string | number | boolean | Date;

/** The kinds of fix, as the preview groups them ("by column and kind"). */
export type FixKind =
  | 'whitespace' // trim, collapse runs, NBSP, zero-width, BOM, control characters
  | 'unicode' // NFC normalisation
  | 'digits' // Persian, Arabic-Indic, full-width digits to ASCII
  | 'persianLetters' // Arabic ي ك to Persian ی ک in Persian text
  | 'emailCase' // lower-cased email
  | 'phoneFormat' // phone written as E.164 / international
  | 'countryName' // country spelled one canonical way
  | 'nameCase' // ALL CAPS / all lower names repaired
  | 'date' // a date typed as text became a date cell
  | 'amount'; // an amount typed as text became a number

/** Why a value could not be cleaned; it stays as it was and is listed for the user. */
export type ProblemKind =
  | 'invalidEmail'
  | 'invalidPhone'
  | 'unknownCountry'
  | 'invalidDate'
  | 'ambiguousDate'
  | 'invalidAmount';

export interface CleanResult {
  /** The cleaned value; the input unchanged when nothing applied or when there is a problem. */
  value: CellValue;
  /** What was done, in order; empty when the value is unchanged. */
  fixes: FixKind[];
  problem?: ProblemKind;
  /** A likely correction the user may accept (never applied automatically), e.g. gmial.com -> gmail.com. */
  suggestion?: string;
}

export interface CleaningContext {
  /** ISO 3166-1 alpha-2 of the row's own country (from its Country column), if known. */
  rowCountry?: string;
  /** The sheet's default country (settings). */
  defaultCountry?: string;
  /** The spreadsheet's locale, e.g. en_US (mm/dd/yyyy) or ru_RU (dd.mm.yyyy). */
  locale: string;
  /** The spreadsheet's time zone: a date cell is midnight there. */
  timeZone: string;
  /** The user's interface language (for countries written "in the user's language"). */
  language: Language;
  phoneFormat: 'E164' | 'INTERNATIONAL';
  countryStyle: 'code' | 'english' | 'language';
}

export const unchanged = (value: CellValue): CleanResult => ({ value, fixes: [] });
