/**
 * Email cleaning: lower-case, strip a `<…>` or `mailto:` wrapper, validate, and suggest a
 * likely correction for a mistyped domain of a common mail service (never applied by itself).
 *
 * Internationalised addresses are accepted (RFC 6530/6531): a UTF-8 local part such as
 * `иван@почта.рф` or `علی@ایران.ایران` and IDN domains such as `例子.中国` are valid, because
 * our users do have them. A local part or domain label that mixes scripts (Latin with
 * Cyrillic, Arabic or Han letters) is not: that is almost always a look-alike letter typed on
 * the wrong keyboard layout (`ivаnov@mail.ru` with a Cyrillic `а`) and would never deliver.
 */
// The CommonJS build of validator's single function: the ES build is a few hundred bytes
// smaller but jest (which does not transform node_modules) cannot load it.
import isEmail from 'validator/lib/isEmail';
import type { CellValue, CleanResult, CleaningContext, FixKind } from './cleanResult';
import { unchanged } from './cleanResult';

const IS_EMAIL_OPTIONS = {
  allow_display_name: false,
  require_display_name: false,
  allow_utf8_local_part: true,
  require_tld: true,
  allow_ip_domain: false,
  // Gmail's own rules (6–30 characters…) would reject old and Workspace addresses.
  domain_specific_validation: false,
  ignore_max_length: false,
};

/** True when `text` is one valid email address (no display name, no surrounding text). */
export function isValidEmail(text: string): boolean {
  if (!isEmail(text, IS_EMAIL_OPTIONS)) return false;
  const at = text.lastIndexOf('@');
  const parts = [text.slice(0, at), ...text.slice(at + 1).split('.')];
  return parts.every((part) => !mixesScripts(part));
}

type Script = 'latin' | 'cyrillic' | 'arabic' | 'han' | 'other';

function scriptOf(char: string): Script | null {
  if (/[a-z]/i.test(char)) return 'latin';
  if (!/\p{L}/u.test(char)) return null;
  if (/\p{Script=Latin}/u.test(char)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(char)) return 'cyrillic';
  if (/\p{Script=Arabic}/u.test(char)) return 'arabic';
  if (/\p{Script=Han}/u.test(char)) return 'han';
  return 'other';
}

function mixesScripts(part: string): boolean {
  let seen: Script | null = null;
  for (const char of part) {
    const script = scriptOf(char);
    if (script === null) continue;
    if (seen !== null && script !== seen) return true;
    seen = script;
  }
  return false;
}

/**
 * The domains of the mail services our users write most. A domain in this list is never
 * "corrected", even when it is one letter away from another (mail.com and gmail.com, mail.kz
 * and mail.ru, 126.com and 163.com are all real services).
 */
const KNOWN_DOMAINS = [
  'gmail.com', 'googlemail.com',
  'yandex.ru', 'yandex.kz', 'yandex.by', 'yandex.ua', 'yandex.com', 'ya.ru',
  'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru', 'mail.kz', 'mail.com', 'rambler.ru',
  'icloud.com', 'me.com', 'mac.com',
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'live.ru', 'outlook.kz',
  'yahoo.com', 'ymail.com', 'aol.com', 'proton.me', 'protonmail.com',
  'qq.com', 'vip.qq.com', '163.com', 'vip.163.com', '163.net', '126.com', 'yeah.net', 'sina.com', 'sina.cn', 'sohu.com', 'foxmail.com', '139.com',
];
const KNOWN = new Set(KNOWN_DOMAINS);

/**
 * Services with one domain only: the same name under any other TLD is a slip of the finger
 * (gmail.ru — a different, defunct service — is nearly always meant as gmail.com).
 */
const SINGLE_DOMAIN_SERVICES = new Map(
  ['gmail.com', 'googlemail.com', 'icloud.com', 'qq.com', '163.com', '126.com', 'foxmail.com'].map(
    (domain) => [domain.split('.')[0] as string, domain],
  ),
);

interface SplitDomain {
  name: string;
  tld: string;
}

function splitDomain(domain: string): SplitDomain {
  const dot = domain.lastIndexOf('.');
  return { name: domain.slice(0, dot), tld: domain.slice(dot + 1) };
}

const KNOWN_SPLIT = KNOWN_DOMAINS.map((domain) => ({ domain, ...splitDomain(domain) }));

/** Optimal-string-alignment Damerau–Levenshtein distance (a swap of neighbours costs 1). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] as number) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] as number;
}

/** How far a mistyped service name may be from the real one. */
function nameDistanceAllowed(name: string, known: string): boolean {
  const distance = editDistance(name, known);
  if (distance === 0) return true;
  // One edit on two or three characters lands on other real domains (123.com, mai.ru): only a
  // swap of neighbours (136.com -> 163.com, kb.ru -> bk.ru) is trusted there.
  if (Math.min(name.length, known.length) <= 3) return isSwap(name, known);
  return distance <= (known.length >= 6 ? 2 : 1);
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  const [i, j] = diff;
  return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
}

function suggestDomain(domain: string): string | null {
  if (KNOWN.has(domain)) return null;
  const dotless = domain.replace(/[.,]/g, '');
  // ivan@gmail, ivan@gmailcom, ivan@mail,ru: a missing or mistyped dot.
  const byDotless = KNOWN_DOMAINS.filter((known) => known.replace(/\./g, '') === dotless || known.split('.')[0] === domain);
  if (byDotless.length === 1) return byDotless[0] as string;
  if (!domain.includes('.')) return null;

  const { name, tld } = splitDomain(domain);
  const single = SINGLE_DOMAIN_SERVICES.get(name);
  if (single !== undefined && single !== domain) return single;

  let best: string[] = [];
  let bestScore = Infinity;
  for (const known of KNOWN_SPLIT) {
    if (!nameDistanceAllowed(name, known.name)) continue;
    const tldDistance = editDistance(tld, known.tld);
    if (tldDistance > 1) continue;
    const score = editDistance(name, known.name) + tldDistance;
    if (score < bestScore) {
      best = [known.domain];
      bestScore = score;
    } else if (score === bestScore) {
      best.push(known.domain);
    }
  }
  // Equally close domains of one service (yandex.ry: yandex.ru or yandex.by?) resolve to the
  // one listed first, the most used; two services equally close (lise.ru: list.ru or live.ru?)
  // are no guess at all.
  const services = new Set(best.map((domain) => splitDomain(domain).name));
  return services.size === 1 ? (best[0] as string) : null;
}

/**
 * The whole address with its domain corrected when the domain looks like a typo of a common
 * mail service (gmial.com, mail.ry, yandx.ru, 163.con), else null. Case-insensitive; the
 * suggestion is lower-case. An address whose domain is itself a known service gets none.
 */
export function suggestEmailDomain(email: string): string | null {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  const domain = address.slice(at + 1);
  const suggestion = suggestDomain(domain);
  return suggestion === null ? null : `${address.slice(0, at)}@${suggestion}`;
}

/** `<ivan@mail.ru>`, `mailto:ivan@mail.ru`, `<mailto:ivan@mail.ru>` -> `ivan@mail.ru`. */
function stripWrapper(text: string): string {
  let inner = text;
  const angled = /^<(.*)>$/s.exec(inner);
  if (angled) inner = (angled[1] as string).trim();
  return inner.replace(/^mailto:/i, '').trim();
}

/**
 * Cleans one email cell. The value is lower-cased (`emailCase`) and stripped of surrounding
 * whitespace and a `<…>`/`mailto:` wrapper (`whitespace`: the contract has no kind of its own
 * for a removed wrapper, and it is a trim of what surrounds the address). A value that is not
 * one valid address stays exactly as it was with `invalidEmail`. A likely domain typo only
 * ever becomes a `suggestion`, for valid and invalid addresses alike.
 */
export function cleanEmail(value: CellValue, _ctx: CleaningContext): CleanResult {
  if (typeof value !== 'string') return { value, fixes: [], problem: 'invalidEmail' };
  if (value.trim() === '') return unchanged(value);

  const trimmed = value.trim();
  const stripped = stripWrapper(trimmed);
  const lower = stripped.toLowerCase();
  const suggestion = suggestEmailDomain(lower);
  const withSuggestion = (result: CleanResult): CleanResult =>
    suggestion === null ? result : { ...result, suggestion };

  if (!isValidEmail(lower)) return withSuggestion({ value, fixes: [], problem: 'invalidEmail' });

  const fixes: FixKind[] = [];
  if (stripped !== value) fixes.push('whitespace');
  if (lower !== stripped) fixes.push('emailCase');
  return withSuggestion({ value: lower, fixes });
}
