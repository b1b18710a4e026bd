/**
 * Names typed in ALL CAPITALS or all lower case get the usual capitalisation: ИВАНОВ ИВАН ->
 * Иванов Иван, әлия -> Әлия, o'brien -> O'Brien, LUDWIG VAN BEETHOVEN -> Ludwig van
 * Beethoven. A value with both cases is the user's choice (McDonald, iPhone, DeVito) and is
 * never touched, nor are scripts without case (Persian, Chinese).
 *
 * The rules, per word (words are separated by spaces; hyphens and dots start a new part):
 * - each part starts with a capital: Jean-Luc, Анна-Мария, Бат-Эрдэнэ, J.R.R.;
 * - after an apostrophe, a capital only when one letter precedes it (O'Brien, D'Angelo);
 *   otherwise lower case (Ma'ruf); a word starting with d' that is not the first word keeps
 *   the lower-case particle (Charles d'Artagnan);
 * - Mc + 2 or more letters: McDonald; Mac + 3 or more letters: MacLeod, except common names
 *   that merely start with Mac (Mack, Macy, Machado, Mackenzie…);
 * - particles (van, der, von, de, da, di, du, la, le…) are lower case when they are neither the
 *   first nor the last word: a particle always comes before a surname, and a last word such
 *   as Le or Du is a surname itself (Tran Le, Li Du).
 */
import { type CellValue, type CleanResult, type CleaningContext, unchanged } from './cleanResult';

const PARTICLES = new Set([
  'van', 'der', 'den', 'von', 'zu', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'di', 'du', 'la', 'le', 'ter', 'ten',
]);
/** Names that start with Mac without being Mac + a name. */
const NOT_MAC = new Set([
  'mack', 'macy', 'mace', 'mach', 'machado', 'macias', 'macedo', 'macek', 'machin', 'mackey', 'mackie', 'macklin',
  'macon', 'macron', 'macey', 'mackenzie', 'mackinnon', 'macaulay', 'macario', 'macri', 'macha', 'machuca',
]);
const APOSTROPHES = "'\u2019\u02BC";
const LETTER_RUN = /[\p{L}\p{M}]+/gu;

/** Upper-cases the first letter when that is reversible (not ß -> SS, not ŉ -> ʼN). */
function capitalise(part: string): string {
  const [first = '', ...rest] = Array.from(part);
  const upper = first.toUpperCase();
  const reversible = Array.from(upper).length === 1 && upper.toLowerCase() === first;
  return reversible ? upper + rest.join('') : part;
}

function capitalisePart(part: string): string {
  if (part.length > 3 && part.startsWith('mc')) return 'Mc' + capitalise(part.slice(2));
  if (part.length > 5 && part.startsWith('mac') && !NOT_MAC.has(part)) return 'Mac' + capitalise(part.slice(3));
  return capitalise(part);
}

function caseWord(word: string, isFirst: boolean, isLast: boolean): string {
  if (!isFirst && !isLast && PARTICLES.has(word)) return word;
  return word.replace(LETTER_RUN, (run: string, offset: number) => {
    const before = word.charAt(offset - 1);
    const afterApostrophe = offset > 0 && APOSTROPHES.includes(before);
    if (afterApostrophe) {
      const prefix = word.slice(0, offset - 1);
      return Array.from(prefix).length === 1 ? capitalisePart(run) : run;
    }
    const isParticleD = offset === 0 && !isFirst && run === 'd' && APOSTROPHES.includes(word.charAt(1));
    return isParticleD ? run : capitalisePart(run);
  });
}

/** The name in title case with the rules above; `text` is expected in lower case. */
function titleCaseName(text: string): string {
  const words = text.split(/(\s+)/);
  const wordIndexes = words.map((_, index) => index).filter((index) => index % 2 === 0 && words[index] !== '');
  const first = wordIndexes[0];
  const last = wordIndexes[wordIndexes.length - 1];
  return words
    .map((word, index) => (index % 2 === 0 ? caseWord(word, index === first, index === last) : word))
    .join('');
}

export function cleanNameCase(value: CellValue, _ctx: CleaningContext): CleanResult {
  if (typeof value !== 'string') return unchanged(value);
  const lower = value.toLowerCase();
  const upper = value.toUpperCase();
  const hasCase = lower !== upper;
  if (!hasCase || (value !== lower && value !== upper)) return unchanged(value);
  const named = titleCaseName(lower);
  return named === value ? unchanged(value) : { value: named, fixes: ['nameCase'] };
}
