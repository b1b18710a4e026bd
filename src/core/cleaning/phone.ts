/**
 * Phone cleaning with libphonenumber-js and its full ("max") metadata: only a number that is
 * really valid for its country — not merely of a possible length — is rewritten; anything else
 * stays exactly as typed, with `invalidPhone`.
 *
 * Extensions are kept. libphonenumber's E.164 has no extension, so an E.164 number with one
 * is written `+77011234567 ext. 12`, using the library's own international extension prefix;
 * the international format is the library's own (`+7 701 123 4567 ext. 12`). Both read back
 * as the same number and extension, so cleaning twice changes nothing.
 */
import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import type { CellValue, CleanResult, CleaningContext } from './cleanResult';
import { unchanged } from './cleanResult';

/** Persian ۰-۹, Arabic-Indic ٠-٩ and full-width ０-９ digits to ASCII (phone text only). */
function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/**
 * Extension markers our users write, in their languages: доб(авочный), вн(утр.), ішкі (kk),
 * дотоод (mn), داخلی (fa), 转 / 轉 / 分机 / 分機 (zh). libphonenumber knows ext, x, # and доб;
 * the rest are rewritten to ` ext. ` before parsing.
 */
const EXTENSION = /[\s,;]*(?:доб(?:авочный)?|внутр(?:енний)?|вн|ішкі|дотоод|داخلی|转|轉|分机|分機|ext(?:ension)?|x|#)\.?\s*:?\s*(\d{1,7})\s*$/iu;

/**
 * Written forms of a number that are not the number itself: a `tel:`, `callto:` or `sms:` URI
 * (RFC 3966, as pasted from web pages and e-mail signatures, `%2B` for +, `;ext=` for the
 * extension, other parameters dropped), a wa.me link, and labels such as "Tel.", "тел.", "моб.",
 * "☎". What is left must still be one whole number, or the cell stays as typed.
 */
const URI_SCHEME = /^(?:tel|callto|sms):(?:\/\/)?/iu;
const WHATSAPP_LINK = /^(?:https?:\/\/)?(?:wa\.me|api\.whatsapp\.com\/send\?phone=)\/?\+?(\d{6,15})\/?$/iu;
const LABEL = /^(?:tel|phone|ph|mob|mobile|cell|тел|телефон|моб|сот|утас|تلفن|موبایل|电话|電話|手机|手機)\.?\s*[:：]?\s+|^[☎📞📱]\uFE0F?\s*/iu;

function unwrapWrittenForm(text: string): string {
  const whatsapp = WHATSAPP_LINK.exec(text);
  if (whatsapp) return `+${whatsapp[1]}`;
  if (URI_SCHEME.test(text)) {
    const [number = '', ...parameters] = text.replace(URI_SCHEME, '').split(';');
    const extension = parameters.map((parameter) => /^ext=(\d{1,7})$/iu.exec(parameter)?.[1]).find(Boolean);
    const decoded = number.replace(/%2B/giu, '+').replace(/%20/gu, ' ');
    return extension ? `${decoded} ext. ${extension}` : decoded;
  }
  return text.replace(LABEL, '');
}

function prepare(text: string): string {
  let prepared = unwrapWrittenForm(asciiDigits(text).trim()).trim();
  prepared = prepared.replace(EXTENSION, ' ext. $1');
  // 00 is the international prefix in every country we serve; without a country to tell
  // libphonenumber so, "0098 912…" would not parse.
  prepared = prepared.replace(/^00(?=[1-9])/, '+');
  return prepared;
}

/**
 * Is `code` (upper-case) a region the phone cleaner can read numbers for: an ISO 3166-1 alpha-2
 * code with a numbering plan in libphonenumber's metadata (KZ, RU, US…; also AC, TA and XK, which
 * have their own plans)? XX, ZZ or a retired code are not, so a default country must be one of these.
 */
export function isPhoneRegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code);
}

function countryCode(code: string | undefined): CountryCode | undefined {
  const upper = code?.trim().toUpperCase();
  return upper !== undefined && isSupportedCountry(upper) ? upper : undefined;
}

function parseValid(text: string, country: CountryCode | undefined): PhoneNumber | undefined {
  // extract: false — the whole cell must be the number: "+7 701 … (Асель)" must not lose Асель.
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: country, extract: false });
  return parsed?.isValid() ? parsed : undefined;
}

/**
 * The valid number a cell holds, trying the row's country, then the sheet's default, then —
 * for bare digits, as Sheets leaves a number whose leading + it swallowed — a leading +.
 */
function parseCell(value: string | number, countries: (string | undefined)[]): PhoneNumber | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || value <= 0) return undefined;
    text = String(value);
  } else {
    text = prepare(value);
  }
  if (text === '') return undefined;
  const tried = new Set<CountryCode | undefined>();
  for (const code of countries) {
    const country = countryCode(code);
    if (country === undefined || tried.has(country)) continue;
    tried.add(country);
    const parsed = parseValid(text, country);
    if (parsed) return parsed;
  }
  if (tried.size === 0 || text.startsWith('+')) {
    const parsed = parseValid(text, undefined);
    if (parsed) return parsed;
  }
  if (/^\d/.test(text)) return parseValid(`+${text}`, undefined);
  return undefined;
}

function format(phone: PhoneNumber, style: CleaningContext['phoneFormat']): string {
  if (style === 'INTERNATIONAL') return phone.format('INTERNATIONAL');
  return phone.ext ? `${phone.number} ext. ${phone.ext}` : phone.number;
}

/**
 * The number in E.164 (`+77011234567`, no extension) when `text` is one valid phone number,
 * else null. National numbers are read as numbers of `country` (ISO alpha-2) if given.
 * The dedupe matcher compares phones by this key.
 */
export function normalisePhone(text: string | number, country?: string): string | null {
  return parseCell(text, [country])?.number ?? null;
}

/** The country (ISO alpha-2) of the number in `text` when read as a number of `country`, or null when it is not one valid number. */
export function phoneCountry(text: string | number, country?: string): string | null {
  return parseCell(text, [country])?.country ?? null;
}

/**
 * Cleans one phone cell: a valid number is written in `ctx.phoneFormat` (`phoneFormat`); a
 * value already in that form is left alone; anything that is not a valid number — text,
 * two numbers in one cell, a number too short or of an unused range, a date — stays exactly
 * as it was with `invalidPhone`.
 */
export function cleanPhone(value: CellValue, ctx: CleaningContext): CleanResult {
  if (typeof value === 'string' && value.trim() === '') return unchanged(value);
  if (typeof value !== 'string' && typeof value !== 'number') return { value, fixes: [], problem: 'invalidPhone' };
  const phone = parseCell(value, [ctx.rowCountry, ctx.defaultCountry]);
  if (!phone) return { value, fixes: [], problem: 'invalidPhone' };
  const formatted = format(phone, ctx.phoneFormat);
  return formatted === value ? unchanged(value) : { value: formatted, fixes: ['phoneFormat'] };
}
