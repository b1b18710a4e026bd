/**
 * Addresses as dedupe compares them, in the six languages: ordinals and their words become
 * numbers (3rd, third: 3; 2-я, вторая: 2; سوم: 3; гуравдугаар: 3), street-type words and house
 * markers go (st/street, ave/avenue, ул./улица, пр./проспект, خیابان/خ, 路/街, д., پلاک, 号),
 * directions are folded (E./East: e), house numbers are read as numbers (012 = 12), and a
 * trailing description ("between park ave. s and broadway", "near the station", "(corner of …)")
 * is cut off. What is left is compared as a name is (see comparisons.ts).
 */
import { toAsciiDigits } from '../cleaning/digits';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  первая: 1, вторая: 2, третья: 3, четвёртая: 4, четвертая: 4, пятая: 5, шестая: 6, седьмая: 7, восьмая: 8, девятая: 9, десятая: 10,
  первый: 1, второй: 2, третий: 3, четвёртый: 4, четвертый: 4, пятый: 5,
  бірінші: 1, екінші: 2, үшінші: 3, төртінші: 4, бесінші: 5,
  нэгдүгээр: 1, хоёрдугаар: 2, гуравдугаар: 3, дөрөвдүгээр: 4, тавдугаар: 5, зургаадугаар: 6, долдугаар: 7, наймдугаар: 8, есдүгээр: 9, аравдугаар: 10,
  اول: 1, دوم: 2, سوم: 3, چهارم: 4, پنجم: 5, ششم: 6, هفتم: 7, هشتم: 8, نهم: 9, دهم: 10,
};

/**
 * Street-type words, each to one canonical form: "3rd St" and "3rd Avenue" stay two streets,
 * "ave", "av." and "avenue" one.
 */
const STREET_TYPES: Record<string, string> = {};
for (const [canonical, ...forms] of [
  ['st', 'street', 'str'], ['ave', 'av', 'avenue'], ['rd', 'road'], ['blvd', 'boulevard'], ['dr', 'drive'], ['pl', 'place'], ['ln', 'lane'],
  ['ct', 'court'], ['hwy', 'highway'], ['pkwy', 'parkway'], ['sq', 'square'], ['ter', 'terrace'],
  ['ул', 'улица', 'көшесі', 'к-сі', 'гудамж', 'гудамжны'], ['пр', 'пр-т', 'просп', 'проспект', 'даңғылы', 'даң'], ['пер', 'переулок'],
  ['б-р', 'бульвар'], ['ш', 'шоссе'], ['мкр', 'микрорайон', 'хороолол', 'хороо'],
  ['خ', 'خیابان'], ['بل', 'بلوار'], ['ک', 'کوچه'], ['م', 'میدان'],
]) for (const form of [canonical!, ...forms]) STREET_TYPES[form] = canonical!;
/** Words that mark a house, flat or floor number: the number says which, the word nothing. */
const HOUSE_WORDS = new Set([
  'no', 'number', 'apt', 'apartment', 'suite', 'ste', 'unit', 'fl', 'floor', 'д', 'дом', 'кв', 'квартира', 'корп', 'к', 'стр', 'үй', 'пәтер',
  'байр', 'тоот', 'پلاک', 'پ', 'واحد', 'طبقه',
]);
const DIRECTIONS: Record<string, string> = { e: 'e', east: 'e', w: 'w', west: 'w', n: 'n', north: 'n', s: 's', south: 's', ne: 'ne', nw: 'nw', se: 'se', sw: 'sw' };
/** Chinese street-type and house-marker characters. */
const CJK_HOUSE = /[号號室楼樓栋棟单元]/g;
const CJK_STREET = /[路街道]/g;
/** Where a trailing description starts: it says where the place is, not what its address is. */
const DESCRIPTION = /(\s|,|^)(between|btw|near|corner of|at the corner|opposite|across from|off the|next to|между|около|рядом с|напротив|возле|жанында|ойролцоо|بین|نبش|روبروی|جنب|نزدیک|附近|对面|旁边)(\s|$).*$|\s*\(.*$/u;
/** An ordinal written with digits: 3rd, 2-я, 3-р, 5-й. */
const ORDINAL_DIGITS = /(\d+)\s*(?:st|nd|rd|th|-?я|-?й|-?ая|-?ий|-?ый|-?ой|-?р|-?ші|-?шы)(?=[\s,.;]|$)/giu;

/** The comparable text of an address: lower case, words and numbers separated by single spaces. */
export function normaliseAddress(text: string): string {
  let out = toAsciiDigits(text).toLowerCase().normalize('NFC');
  out = out.replace(DESCRIPTION, '');
  out = out.replace(ORDINAL_DIGITS, '$1');
  out = out.replace(CJK_HOUSE, ' ').replace(CJK_STREET, ' 路 ').replace(/(\d)(?=\p{L})|(\p{L})(?=\d)/gu, '$1$2 ');
  const words = out.split(/[^\p{L}\p{N}\-‌]+/u).filter(Boolean);
  const kept: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/^-+|-+$/g, '');
    if (word === '') continue;
    if (/^\d+$/.test(word)) kept.push(String(Number(word)));
    else if (ORDINAL_WORDS[word] !== undefined) kept.push(String(ORDINAL_WORDS[word]));
    else if (DIRECTIONS[word]) kept.push(DIRECTIONS[word]!);
    else if (STREET_TYPES[word]) kept.push(STREET_TYPES[word]!);
    else if (!HOUSE_WORDS.has(word)) kept.push(word);
  }
  return kept.join(' ');
}
