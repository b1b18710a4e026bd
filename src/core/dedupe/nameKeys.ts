/**
 * Keys that let the same name meet across spellings and scripts: a Latin "match form"
 * (Cyrillic, Kazakh and Mongolian letters by one simple table, diacritics dropped, a few
 * spelling variants folded: zh/j, kh/h, y/i, doubled letters), Persian text with Arabic
 * letter forms folded, Chinese names without spaces; OpenRefine-style fingerprints (sorted
 * unique tokens, so first and last name in either order meet) and a phonetic skeleton.
 */
import { toPersianLetters } from '../cleaning/persianLetters';
import { cleanWhitespace } from '../cleaning/text';
import { chineseNamePinyin } from './pinyin';

/** Which texts can be compared at all: a Latin form can be made from Latin and Cyrillic, not from Persian or Chinese. */
export type Script = 'latin' | 'arabic' | 'cjk';

export interface NameForm {
  script: Script;
  /** Match-form tokens (Chinese: one token, the name without spaces). */
  tokens: string[];
  /** Sorted unique tokens, space separated: equal for the same name in any order. */
  fingerprint: string;
  /** The tokens in their order, joined by spaces and without spaces; the numbers in them. */
  text: string;
  joined: string;
  sortedJoined: string;
  numbers: string;
  /** Latin and Persian-script names: sorted consonant skeletons, the only key on which the two scripts can meet. */
  skeleton: string;
  /** A Chinese name's pinyin (see pinyin.ts), on which it meets its Latin spellings. */
  latin?: NameForm;
  /** The numbers of the blocking keys of this name, made once for all the rows holding it (see blocking.ts). */
  blockKeys?: number[];
}

/** Persian letters as Latin consonant classes; vowels and letters that are often vowels (ا و ی ع) are dropped. */
const PERSIAN_CONSONANTS: Record<string, string> = {
  'ب': 'b', 'پ': 'p', 'ت': 't', 'ط': 't', 'ث': 's', 'س': 's', 'ص': 's', 'ش': 's', 'ج': 'j', 'ژ': 'j', 'چ': 'c',
  'ح': 'h', 'خ': 'h', 'ه': 'h', 'د': 'd', 'ذ': 'z', 'ز': 'z', 'ض': 'z', 'ظ': 'z', 'ر': 'r', 'غ': 'g', 'ق': 'g',
  'گ': 'g', 'ف': 'f', 'ک': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
};

function latinSkeleton(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/gh|q/g, 'g')
    .replace(/sh/g, 's')
    .replace(/ch/g, 'c')
    .replace(/zh/g, 'j')
    .replace(/th/g, 't')
    .replace(/ph/g, 'f')
    .replace(/[^a-z]|[aeiouyvw]/g, '');
}

function persianSkeleton(word: string): string {
  let out = '';
  for (const ch of word) out += PERSIAN_CONSONANTS[ch] ?? '';
  return out;
}

function skeletonOf(words: readonly string[], toSkeleton: (word: string) => string): string {
  return words
    .map((word) => toSkeleton(word).replace(/(.)\1+/g, '$1').replace(/(.)h$/, '$1'))
    .filter(Boolean)
    .sort()
    .join(' ');
}

function formOf(script: Script, tokens: string[], skeleton = ''): NameForm {
  const text = tokens.join(' ');
  return {
    script,
    tokens,
    fingerprint: fingerprintOf(tokens),
    text,
    joined: tokens.join(''),
    sortedJoined: [...tokens].sort().join(''),
    numbers: (text.match(/\d+/g) ?? []).join(' '),
    skeleton,
  };
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Kazakh
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
  // Ukrainian and Belarusian letters met in Russian-speaking lists
  є: 'e', ї: 'i', ў: 'u', ґ: 'g',
};

const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_VARIANTS: Record<string, string> = { 'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ۀ': 'ه', 'ؤ': 'و', 'ئ': 'ی' };
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Apostrophes and hyphens join a name's parts (O'Connor, Бат-Эрдэнэ); other punctuation separates words. */
const JOINING = /['’‘`ʼ\-‐–]/g;
const SEPARATING = /[^\p{L}\p{N}\s]/gu;

/**
 * Words of a business name that say what kind of company it is, not which: "Acme Trading LLC"
 * is "Acme Trading, Inc." entered again (Cyrillic forms as transliterated: ООО, ТОО, ИП).
 */
const LEGAL_WORDS = new Set(['llc', 'inc', 'incorporated', 'ltd', 'limited', 'co', 'corp', 'corporation', 'company', 'the', 'and', 'plc', 'gmbh', 'ooo', 'too', 'zao', 'oao', 'pao']);

/** Whitespace other than single inner spaces, control and zero-width characters: what `plainText` must clean. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_PLAIN = /[^\S ]|[\u0000-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]| {2}|^ | $/;

/** The text with whitespace cleaned and zero-width characters gone; most cells need nothing, and are returned as they are. */
export function plainText(text: string): string {
  return NOT_PLAIN.test(text) ? cleanWhitespace(text).replace(ZERO_WIDTH, '') : text;
}

export function detectScript(text: string): Script {
  if (CJK.test(text)) return 'cjk';
  if (ARABIC_SCRIPT.test(text)) return 'arabic';
  return 'latin';
}

function transliterate(lower: string): string {
  let out = '';
  for (const ch of lower) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/** Spelling variants that transliteration systems and typists disagree on. */
function foldSpelling(word: string): string {
  return word
    .replace(/shch/g, 'sh')
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    // е/ё after a vowel or at the start: Yelena/Elena, Fyodor/Fedor, Yevgeniy/Evgeny
    .replace(/i([eo])/g, 'e');
}

/** Lower case, Latin (from Cyrillic), no diacritics, words separated by single spaces. */
export function latinWords(text: string): string {
  // Dotted initials are one word: L.L.C. is llc.
  const lower = plainText(text).toLowerCase().replace(/(?<=(?:^|[\s.])\p{L})\.(?=\p{L}\.)/gu, '');
  const latin = transliterate(lower).normalize('NFD').replace(/\p{M}/gu, '');
  return latin.replace(JOINING, '').replace(SEPARATING, ' ').replace(/\s+/g, ' ').trim();
}

function arabicWords(text: string): string {
  const folded = toPersianLetters(plainText(text)).replace(ARABIC_MARKS, '').replace(/\u200C/g, '');
  let out = '';
  for (const ch of folded) out += ARABIC_VARIANTS[ch] ?? ch;
  return out.replace(SEPARATING, ' ').replace(/\s+/g, ' ').trim();
}

function fingerprintOf(tokens: readonly string[]): string {
  return [...new Set(tokens)].sort().join(' ');
}

/** A name's words as its form compares them, and what the form is built from (nameTokens and nameForm share it). */
function nameWords(text: string, script: Script): { tokens: string[]; skeleton: () => string } {
  if (script === 'cjk') {
    const joined = plainText(text).replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();
    return { tokens: joined === '' ? [] : [joined], skeleton: () => '' };
  }
  if (script === 'arabic') {
    const tokens = arabicWords(text).split(' ').filter(Boolean);
    return { tokens, skeleton: () => skeletonOf(tokens, persianSkeleton) };
  }
  const all = latinWords(text).split(' ').filter(Boolean);
  const named = all.filter((word) => !LEGAL_WORDS.has(word));
  const words = named.length > 0 ? named : all;
  return { tokens: words.map(foldSpelling), skeleton: () => skeletonOf(words, latinSkeleton) };
}

/**
 * The tokens of a name's comparable form (nameForm(text)?.tokens, or none) without the rest of
 * the form: for a search that compares every customer's name with a query's words.
 */
export function nameTokens(text: string): string[] {
  return nameWords(text, detectScript(text)).tokens;
}

/** The comparable form of a name (or any short text): null when nothing is left. */
export function nameForm(text: string): NameForm | null {
  const script = detectScript(text);
  const { tokens, skeleton } = nameWords(text, script);
  if (tokens.length === 0) return null;
  const form = formOf(script, tokens, skeleton());
  if (script === 'cjk') {
    const pinyin = chineseNamePinyin(text);
    const latin = pinyin === null ? null : nameForm(pinyin);
    if (latin) form.latin = latin;
  }
  return form;
}

/** A name form built from several parts (first and last name columns). */
export function joinNameForms(parts: readonly (NameForm | null)[]): NameForm | null {
  const present = parts.filter((part): part is NameForm => part !== null);
  if (present.length === 0) return null;
  const script = present[0]!.script;
  if (present.some((part) => part.script !== script)) return present[0]!;
  const tokens = script === 'cjk' ? [present.map((part) => part.joined).join('')] : present.flatMap((part) => part.tokens);
  const skeleton = present.flatMap((part) => part.skeleton.split(' ')).filter(Boolean).sort().join(' ');
  return formOf(script, tokens, skeleton);
}

const CONSONANT_CLASS: Record<string, string> = {
  b: 'p', p: 'p', f: 'f', v: 'f', d: 't', t: 't', g: 'k', k: 'k', c: 'k', s: 's', z: 's', j: 's',
  l: 'l', r: 'r', m: 'm', n: 'n', h: '',
};

/** A coarse sound key of a match-form token: its first letter, then its consonant classes without repeats. */
export function phoneticKey(token: string): string {
  if (!/^[a-z]/.test(token)) return token;
  let out = token[0]!;
  let last = CONSONANT_CLASS[token[0]!] ?? '';
  for (const ch of token.slice(1)) {
    const cls = CONSONANT_CLASS[ch];
    if (cls === undefined) {
      last = '';
      continue;
    }
    if (cls !== '' && cls !== last) out += cls;
    if (cls !== '') last = cls;
  }
  return out;
}
