/**
 * Comparison levels per field: how alike two rows' values are, from exact through strong and
 * weak fuzzy to else (different); null when either is blank or the two cannot be compared
 * (a Persian name and its Latin spelling: no table can say whether they agree).
 */
import type { FieldKind, FieldSpec, FieldValue } from './fieldValues';
import { editDistance } from '../cleaning/email';
import { jaroWinkler, withinOneEdit } from './jaroWinkler';
import type { NameForm } from './nameKeys';

export const NULL = 0;
export const ELSE = 1;
export const WEAK = 2;
export const STRONG = 3;
export const EXACT = 4;
export type Level = typeof NULL | typeof ELSE | typeof WEAK | typeof STRONG | typeof EXACT;
export const LEVEL_COUNT = 5;
export const LEVEL_NAMES = ['null', 'else', 'weak', 'strong', 'exact'] as const;
export type LevelName = (typeof LEVEL_NAMES)[number];

const STRONG_NAME = 0.92;
const WEAK_NAME = 0.84;
/** Edits a mistyped name word is within of the word meant (a swap of neighbours counts as one). */
const MAX_TYPO_EDITS = 2;

/**
 * Two full names of one family: as many words each (two or more), one pair of words the same
 * (the family name, -ов and -ова alike) and another only alike ("Аружан Каримова" and "Бауыржан
 * Каримов": aruzhan and bauyrzhan share most letters), so two people, whatever their shared phone
 * says. A typo keeps a word within two edits of itself ("Given" and "Gievn", which transliterate to
 * givenha and gevnha and so are only alike): such a pair counts as the same word.
 */
export function familyNames(x: NameForm, y: NameForm): boolean {
  if (x.script !== y.script || x.script === 'cjk' || x.tokens.length < 2 || x.tokens.length !== y.tokens.length) return false;
  const used = new Uint8Array(y.tokens.length);
  let same = 0;
  let other = 0;
  for (const token of x.tokens) {
    let best = 0;
    let bestAt = -1;
    y.tokens.forEach((candidate, j) => {
      const score = used[j] ? -1 : token === candidate ? 1 : jaroWinkler(token, candidate);
      if (score > best) [best, bestAt] = [score, j];
    });
    if (bestAt >= 0) used[bestAt] = 1;
    const longEnough = token.length > 2 && bestAt >= 0 && y.tokens[bestAt]!.length > 2;
    const typo = bestAt >= 0 && editDistance(token, y.tokens[bestAt]!) <= MAX_TYPO_EDITS;
    if (best >= STRONG_NAME || typo) same++;
    else if (longEnough) other++;
  }
  return same > 0 && other > 0;
}

/** How well the tokens of the shorter name find distinct partners in the longer: initials count as agreeing. */
function compareNameTokens(x: NameForm, y: NameForm): Level {
  if (x.joined === y.joined || x.sortedJoined === y.sortedJoined) return STRONG;
  const a = x.tokens;
  const b = y.tokens;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const used = new Uint8Array(long.length);
  let worst = 1;
  let fullWords = 0;
  for (const token of short) {
    let best = 0;
    let bestAt = -1;
    for (let j = 0; j < long.length; j++) {
      if (used[j]) continue;
      const other = long[j]!;
      // An initial may be two Latin letters: Ц. is "ts", Ш. is "sh".
      const initial = (token.length <= 2 && other.length > 2 && other.startsWith(token)) || (other.length <= 2 && token.length > 2 && token.startsWith(other));
      const score = token === other ? 1 : initial ? 0.95 : jaroWinkler(token, other);
      if (score > best) {
        best = score;
        bestAt = j;
      }
    }
    if (bestAt >= 0) used[bestAt] = 1;
    worst = Math.min(worst, best);
    if (best >= STRONG_NAME && token.length > 2 && long[bestAt]!.length > 2) fullWords++;
  }
  if (worst >= STRONG_NAME && fullWords > 0) return short.length === long.length || short.length >= 2 ? STRONG : WEAK;
  if (worst >= WEAK_NAME) return WEAK;
  return ELSE;
}

const NAME_KINDS: ReadonlySet<FieldKind> = new Set(['personName', 'givenName', 'familyName']);

/**
 * What a comparison looks at, at most: the first words of a text and the first characters of each.
 * Jaro-Winkler costs the product of two lengths and the token match the product of two word
 * counts, so two 40,000-character names typed into a form would otherwise take minutes and
 * gigabytes; no real name or address needs more to be told apart.
 */
const MAX_COMPARED_WORDS = 12;
const MAX_WORD_CHARACTERS = 40;
const MAX_COMPARED_CHARACTERS = 200;

function bounded(form: NameForm): NameForm {
  if (form.tokens.length <= MAX_COMPARED_WORDS && form.text.length <= MAX_COMPARED_CHARACTERS) return form;
  const tokens = form.tokens.slice(0, MAX_COMPARED_WORDS).map((token) => token.slice(0, MAX_WORD_CHARACTERS));
  const cut = (text: string) => text.slice(0, MAX_COMPARED_CHARACTERS);
  return { ...form, tokens, text: cut(tokens.join(' ')), joined: cut(tokens.join('')), sortedJoined: cut([...tokens].sort().join('')), skeleton: cut(form.skeleton) };
}

function compareForms(kind: FieldKind, full: NameForm, fullOther: NameForm): Level {
  // The whole texts are equal or not (a cheap test); the fuzzy levels look at bounded parts of them.
  const a = full.fingerprint === fullOther.fingerprint ? full : bounded(full);
  const b = full.fingerprint === fullOther.fingerprint ? fullOther : bounded(fullOther);
  if (a.script !== b.script) {
    // A Chinese name and a Latin one meet on the pinyin: at most strong, as one syllable has many characters (王, 汪: wang).
    const pinyin = a.latin ?? b.latin;
    const other = a.latin ? b : a;
    if (pinyin && other.script === 'latin') return NAME_KINDS.has(kind) ? (Math.min(compareForms(kind, pinyin, other), STRONG) as Level) : NULL;
    // A Persian name and a Latin one can only be matched on their consonants (never found to disagree):
    // weak evidence for a person's name, strong for a city's (Tehran, تهران).
    const persianAndLatin = a.script !== 'cjk' && b.script !== 'cjk';
    if (!persianAndLatin || a.skeleton === '' || a.skeleton !== b.skeleton) return NULL;
    return NAME_KINDS.has(kind) ? WEAK : kind === 'city' ? STRONG : NULL;
  }
  if (a.fingerprint === b.fingerprint) return EXACT;
  if (NAME_KINDS.has(kind)) {
    return a.script === 'cjk' ? ELSE : compareNameTokens(a, b);
  }
  if (kind === 'address') return compareAddresses(a, b);
  const textA = a.text;
  const textB = b.text;
  if (/^[\d ]+$/.test(textA) && /^[\d ]+$/.test(textB)) return withinOneEdit(textA, textB) ? WEAK : ELSE;
  // Other numbers make another place, however alike the rest.
  if (a.numbers !== b.numbers && !withinOneEdit(textA, textB)) return ELSE;
  const similarity = Math.max(jaroWinkler(textA, textB), jaroWinkler(a.joined, b.joined));
  if (kind === 'city') return similarity >= 0.9 ? STRONG : ELSE;
  if (similarity >= 0.94 || withinOneEdit(textA, textB)) return STRONG;
  return similarity >= 0.84 ? WEAK : ELSE;
}

/** The words of an address form without its numbers, sorted: the street. */
function streetWords(form: NameForm): string[] {
  return form.tokens.filter((token) => !/^\d+$/.test(token)).sort();
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.length > 0 && small.every((word) => large.includes(word));
}

function streetsAlike(a: NameForm, b: NameForm): boolean {
  const x = streetWords(a);
  const y = streetWords(b);
  if (x.length === 0 || y.length === 0) return x.length === y.length;
  return isSubset(x, y) || isSubset(y, x) || jaroWinkler(x.join(' '), y.join(' ')) >= 0.9;
}

/**
 * Addresses (normalised by addressForms): the house and flat numbers must agree, as numbers,
 * or one address may lack the last of them (a flat left out); the street may be written with
 * fewer words (its type left out) or with a typo.
 */
function compareAddresses(a: NameForm, b: NameForm): Level {
  const [fewer, more] = a.numbers.length <= b.numbers.length ? [a.numbers, b.numbers] : [b.numbers, a.numbers];
  const sameNumbers = fewer === more;
  if (!sameNumbers && !(fewer !== '' && more.startsWith(`${fewer} `))) return ELSE;
  if (!streetsAlike(a, b)) {
    const similarity = jaroWinkler(streetWords(a).join(' '), streetWords(b).join(' '));
    return similarity >= 0.84 && sameNumbers ? WEAK : ELSE;
  }
  return sameNumbers ? STRONG : WEAK;
}

/** Two addresses of one street with other house numbers: another building, whatever else is shared (two campuses of one school). */
export function sameStreetOtherHouse(a: FieldValue, b: FieldValue): boolean {
  if (!a.form || !b.form || a.form.script !== b.form.script) return false;
  const x = a.form.numbers.split(' ')[0] ?? '';
  const y = b.form.numbers.split(' ')[0] ?? '';
  return x !== '' && y !== '' && x !== y && streetsAlike(a.form, b.form);
}

function comparePhones(a: FieldValue, b: FieldValue): Level {
  let level: Level = ELSE;
  const [numbersA, numbersB, tailsA, tailsB] = [a.numbers!, b.numbers!, a.tails!, b.tails!];
  for (let i = 0; i < numbersA.length; i++) {
    const x = numbersA[i]!;
    for (let j = 0; j < numbersB.length; j++) {
      const y = numbersB[j]!;
      if (x === y) return EXACT;
      if (tailsA[i] !== '' && tailsA[i] === tailsB[j]) level = STRONG;
      else if (level < WEAK && x.length === y.length && withinOneEdit(x, y)) level = WEAK;
    }
  }
  return level;
}

function compareEmails(a: FieldValue, b: FieldValue): Level {
  if (a.key === b.key) return EXACT;
  if (a.user === b.user) return withinOneEdit(a.domain!, b.domain!) || a.domainName === b.domainName ? STRONG : WEAK;
  // One typo in the user name; not user names that differ only in their numbers (ivan.petrov12, ivan.petrov85: two people).
  if (a.userLetters === b.userLetters) return ELSE;
  return a.domain === b.domain && withinOneEdit(a.user!, b.user!) ? WEAK : ELSE;
}

/**
 * Birth dates (YYYYMMDD) by their parts: another year is another person (a typo in the year is
 * rarer than two people born on one day and month); in the same year, day and month transposed
 * is the same date written the other way round, one digit off a typo of the day or the month,
 * anything else in the same year weak.
 */
export function compareDays(a: string, b: string): Level {
  if (a === b) return EXACT;
  if (a.length !== 8 || b.length !== 8) return ELSE;
  if (a.slice(0, 4) !== b.slice(0, 4)) return ELSE;
  const [monthA, dayA, monthB, dayB] = [a.slice(4, 6), a.slice(6, 8), b.slice(4, 6), b.slice(6, 8)];
  if (monthA === dayB && dayA === monthB) return STRONG;
  return (monthA === monthB || dayA === dayB) && withinOneEdit(a.slice(4), b.slice(4)) ? STRONG : WEAK;
}

/** The level of two values of one field (both present). */
export function compareValues(kind: FieldKind, a: FieldValue, b: FieldValue): Level {
  switch (kind) {
    case 'email':
      return compareEmails(a, b);
    case 'phone':
      return comparePhones(a, b);
    case 'date':
      return compareDays(a.key, b.key);
    case 'postcode':
      return a.key === b.key ? EXACT : withinOneEdit(a.key, b.key) ? STRONG : ELSE;
    case 'country':
      return a.key === b.key ? EXACT : ELSE;
    default:
      return a.form && b.form ? compareForms(kind, a.form, b.form) : a.key === b.key ? EXACT : ELSE;
  }
}

/** Compares rows read by one FieldReader field by field; first and last names written in each other's columns count as agreeing. */
export class RowComparer {
  private readonly given: number;
  private readonly family: number;

  constructor(private readonly specs: readonly FieldSpec[]) {
    this.given = specs.findIndex((spec) => spec.kind === 'givenName');
    this.family = specs.findIndex((spec) => spec.kind === 'familyName');
  }

  compare(a: readonly (FieldValue | null)[], b: readonly (FieldValue | null)[], out: Uint8Array, offset = 0): void {
    for (let f = 0; f < this.specs.length; f++) {
      const x = a[f];
      const y = b[f];
      // Equal keys are an exact match in every field (the reader numbers each field's keys).
      out[offset + f] = !x || !y ? NULL : x.id === y.id ? EXACT : compareValues(this.specs[f]!.kind, x, y);
    }
    if (this.given >= 0 && this.family >= 0) this.trySwappedNames(a, b, out, offset);
  }

  private trySwappedNames(a: readonly (FieldValue | null)[], b: readonly (FieldValue | null)[], out: Uint8Array, offset: number): void {
    const g = offset + this.given;
    const f = offset + this.family;
    if (Math.min(out[g]!, out[f]!) >= STRONG) return;
    const aGiven = a[this.given];
    const aFamily = a[this.family];
    const bGiven = b[this.given];
    const bFamily = b[this.family];
    if (!aGiven || !aFamily || !bGiven || !bFamily) return;
    const first = compareValues('givenName', aGiven, bFamily);
    const second = compareValues('familyName', aFamily, bGiven);
    if (Math.min(first, second) > Math.min(out[g]!, out[f]!)) {
      out[g] = first;
      out[f] = second;
    }
  }
}
