/**
 * Countries: recognise any spelling we know (ISO codes, names in our six languages, common
 * variants) and write one canonical form.
 */
import type { Language } from '../i18n/languages';
import type { CellValue, CleanResult, CleaningContext } from './cleanResult';
import { unchanged } from './cleanResult';
import { COUNTRIES } from './countryNames';
import type { CountryEntry } from './countryNames';

/**
 * Letters folded together before matching: Arabic forms to Persian (ي ى → ی, ك → ک, ة ۀ → ه),
 * and Kazakh/Mongolian letters to the Russian letters people type when their keyboard lacks
 * them (Қазақстан = Казакстан, Моңғолия = Монголия). ё and accents go with the marks.
 */
const FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه',
  'қ': 'к', 'ң': 'н', 'ғ': 'г', 'ү': 'у', 'ұ': 'у', 'ө': 'о', 'һ': 'х', 'і': 'и', 'ә': 'а',
};
const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** The matching key of a spelling: case, spaces, punctuation, marks and letter forms ignored. */
export function countryKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(FOLDED, (letter) => FOLD[letter] as string)
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Every key of every spelling, to its code. Built on first use, not at load. */
let index: Map<string, string> | undefined;

function countryIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const entry of COUNTRIES) {
    for (const spelling of spellings(entry)) index.set(countryKey(spelling), entry.code);
  }
  return index;
}

/** All the spellings of one country, canonical names first. */
export function spellings(entry: CountryEntry): string[] {
  return [entry.code, entry.alpha3, ...Object.values(entry.names), ...entry.variants];
}

const BY_CODE = new Map(COUNTRIES.map((entry) => [entry.code, entry]));

/**
 * The ISO 3166-1 alpha-2 code of a country written any way we know: `KZ`, `KAZ`, `Kazakhstan`,
 * `Казахстан`, `Қазақстан`, `РК`, `قزاقستان`, `哈萨克斯坦`… Null when the text is no country
 * we know (including inflected forms such as the genitive `Ирана`).
 */
export function recogniseCountry(text: string): string | null {
  const key = countryKey(text);
  if (key === '') return null;
  return countryIndex().get(key) ?? null;
}

/**
 * A country's canonical form: its ISO alpha-2 code, its English short name, or its name in
 * `language`, from our own table (the same on every runtime, and `recogniseCountry` reads
 * it back; Google does not document Apps Script's Intl.DisplayNames data). A code outside the
 * table, which recogniseCountry never returns, stays the code.
 */
export function countryName(code: string, style: 'code' | 'english' | 'language', language: Language): string {
  const upper = code.toUpperCase();
  if (style === 'code') return upper;
  const lang: Language = style === 'english' ? 'en' : language;
  return BY_CODE.get(upper)?.names[lang] ?? upper;
}

/**
 * Cleans one country cell to `ctx.countryStyle` (`countryName`); a value already in that form
 * is left alone; a value that is no country we know stays as it was with `unknownCountry`.
 */
export function cleanCountry(value: CellValue, ctx: CleaningContext): CleanResult {
  if (typeof value === 'string' && value.trim() === '') return unchanged(value);
  const code = typeof value === 'string' ? recogniseCountry(value) : null;
  if (code === null) return { value, fixes: [], problem: 'unknownCountry' };
  const canonical = countryName(code, ctx.countryStyle, ctx.language);
  return canonical === value ? unchanged(value) : { value: canonical, fixes: ['countryName'] };
}
