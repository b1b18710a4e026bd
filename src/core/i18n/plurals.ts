import type { Language } from './languages';

/**
 * CLDR cardinal plural rules for the interface languages, bundled rather than taken from
 * `Intl.PluralRules`, which Apps Script does not document (lint keeps Intl out of src/core).
 * Source: Unicode CLDR, supplemental/plurals.xml, as charted at
 * https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html
 *
 *   en  one: i = 1 and v = 0
 *   ru  one: v = 0 and i % 10 = 1 and i % 100 != 11
 *       few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14
 *       many: v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14)
 *   kk  one: n = 1
 *   mn  one: n = 1
 *   fa  one: i = 0 or n = 1
 *   zh  (other only)
 *
 * n is the absolute value, i its integer digits, v the number of visible fraction digits.
 */
export const PLURAL_CATEGORIES = ['one', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** The categories each language distinguishes, in CLDR's order. */
export const LANGUAGE_PLURAL_CATEGORIES: Record<Language, readonly PluralCategory[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  kk: ['one', 'other'],
  mn: ['one', 'other'],
  fa: ['one', 'other'],
  zh: ['other'],
};

interface Operands {
  n: number;
  i: number;
  v: number;
}

function operandsOf(value: number): Operands {
  const n = Math.abs(value);
  const fraction = String(n).split('.')[1] ?? '';
  return { n, i: Math.floor(n), v: fraction.length };
}

const RULES: Record<Language, (operands: Operands) => PluralCategory> = {
  en: ({ i, v }) => (i === 1 && v === 0 ? 'one' : 'other'),
  ru: ({ i, v }) => {
    if (v !== 0) return 'other';
    const last = i % 10;
    const lastTwo = i % 100;
    if (last === 1 && lastTwo !== 11) return 'one';
    if (last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14)) return 'few';
    return 'many';
  },
  kk: ({ n }) => (n === 1 ? 'one' : 'other'),
  mn: ({ n }) => (n === 1 ? 'one' : 'other'),
  fa: ({ n, i }) => (i === 0 || n === 1 ? 'one' : 'other'),
  zh: () => 'other',
};

/** The plural category of a count in a language: `pluralCategory('ru', 22)` is `few`. */
export function pluralCategory(language: Language, count: number): PluralCategory {
  return Number.isFinite(count) ? RULES[language](operandsOf(count)) : 'other';
}
