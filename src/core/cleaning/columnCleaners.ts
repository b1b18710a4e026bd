/**
 * Which cleaners run on which column, in order. Every text cell is first cleaned as text;
 * digits become ASCII only in phone, number, date and email columns (never in names or
 * notes); Persian letter forms are fixed wherever Persian text can stand.
 */
import type { CustomerField } from '../customerFields';
import { cleanAmount } from './amounts';
import type { CellValue, CleaningContext, CleanResult } from './cleanResult';
import { cleanCountry } from './countries';
import { cleanDate } from './dates';
import { cleanDigits } from './digits';
import { cleanEmail } from './email';
import { cleanNameCase } from './nameCase';
import { cleanPersianLetters } from './persianLetters';
import { cleanPhone } from './phone';
import { cleanText } from './text';

export type Cleaner = (value: CellValue, ctx: CleaningContext) => CleanResult;

const NAME: Cleaner[] = [cleanText, cleanPersianLetters, cleanNameCase];
const FREE_TEXT: Cleaner[] = [cleanText, cleanPersianLetters];
const DATE: Cleaner[] = [cleanText, cleanDigits, cleanDate];
const NUMBER: Cleaner[] = [cleanText, cleanDigits, cleanAmount];

const FIELD_CLEANERS: Record<CustomerField, Cleaner[]> = {
  id: [cleanText],
  name: NAME,
  firstName: NAME,
  lastName: NAME,
  email: [cleanText, cleanDigits, cleanEmail],
  phone: [cleanText, cleanDigits, cleanPhone],
  company: FREE_TEXT,
  address: FREE_TEXT,
  city: FREE_TEXT,
  postcode: [cleanText, cleanDigits],
  country: [cleanText, cleanPersianLetters, cleanCountry],
  birthDate: DATE,
  source: FREE_TEXT,
  consent: [cleanText],
  created: DATE,
  updated: DATE,
  lastPurchase: DATE,
  totalSpent: NUMBER,
  nps: NUMBER,
  notes: FREE_TEXT,
  otherContacts: FREE_TEXT,
};

/** Columns with no recognised role: cleaned as text only, nothing more is assumed about them. */
export const EXTRA_COLUMN_CLEANERS: readonly Cleaner[] = FREE_TEXT;

export function cleanersFor(field: CustomerField): readonly Cleaner[] {
  return FIELD_CLEANERS[field];
}

/**
 * Runs the cleaners in turn. If one finds a problem, the cell keeps its original value
 * (not a half-cleaned one) and the problem is reported; a suggestion travels with the result.
 */
export function runCleaners(value: CellValue, cleaners: readonly Cleaner[], ctx: CleaningContext): CleanResult {
  let current = value;
  const fixes: CleanResult['fixes'] = [];
  let suggestion: string | undefined;
  for (const cleaner of cleaners) {
    const result = cleaner(current, ctx);
    if (result.problem) return { value, fixes: [], problem: result.problem, ...(result.suggestion ? { suggestion: result.suggestion } : {}) };
    if (result.suggestion) suggestion = result.suggestion;
    for (const fix of result.fixes) if (!fixes.includes(fix)) fixes.push(fix);
    current = result.value;
  }
  return suggestion ? { value: current, fixes, suggestion } : { value: current, fixes };
}
