/**
 * The cleaner every text cell goes through, whatever its column: invisible and stray
 * characters out, spaces normalised, Unicode NFC. What carries meaning stays: line breaks
 * in multi-line notes, the zero-width non-joiner inside Persian words (می‌خواهم), the
 * zero-width joiner inside emoji sequences, apostrophes and hyphens.
 */
import { type CellValue, type CleanResult, type CleaningContext, type FixKind, unchanged } from './cleanResult';

/**
 * Zero-width space, word joiner and BOM, and the bidirectional embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069): never meaningful in a cell, removed anywhere. An
 * override makes "Anna\u202Eavon" display as "Annanova" and hides what a name really says.
 * The marks U+200E, U+200F and U+061C stay: they order punctuation in Persian text and cannot
 * reverse a run of letters.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
/** Line breaks of every system become `\n`. */
const LINE_BREAK = /\r\n|[\r\u0085\u2028\u2029]/g;
/** C0 and C1 control characters other than `\n` (tabs and form feeds are spaces, below). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
/** Tabs, no-break spaces (U+00A0, U+202F narrow, U+2007 figure), typographic and ideographic spaces. */
// eslint-disable-next-line no-control-regex -- tab, vertical tab and form feed are spaces here
const SPACE = /[\t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** A run of joiners (ZWNJ U+200C, ZWJ U+200D). */
const JOINERS = /[\u200C\u200D]+/g;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const BLANK = /^\s$/u;

/**
 * A joiner is kept only where it does its job: a ZWNJ between two letters (inside a word, as
 * in Persian می‌خواهم), a ZWJ between two visible characters (inside an emoji sequence). A
 * joiner at a word's edge, or a run of them (a doubled ZWNJ is collapsed first), is removed.
 */
function keepMeaningfulJoiners(text: string): string {
  return text.replace(JOINERS, (run: string, offset: number) => {
    const joiner = run.replace(/(.)\1+/g, '$1');
    if (joiner.length !== 1) return '';
    const before = previousCodePoint(text, offset);
    const after = String.fromCodePoint(text.codePointAt(offset + run.length) ?? 0x20);
    if (joiner === '\u200C') return LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(after) ? joiner : '';
    return isVisible(before) && isVisible(after) ? joiner : '';
  });
}

function previousCodePoint(text: string, offset: number): string {
  if (offset === 0) return ' ';
  const low = text.charCodeAt(offset - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff && offset >= 2;
  return isLowSurrogate ? text.slice(offset - 2, offset) : text.charAt(offset - 1);
}

function isVisible(character: string): boolean {
  return !BLANK.test(character);
}

function normaliseSpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The text with whitespace and invisible characters fixed, before NFC. */
export function cleanWhitespace(text: string): string {
  const visible = text.replace(INVISIBLE, '').replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(SPACE, ' ');
  return normaliseSpaces(keepMeaningfulJoiners(visible));
}

export function cleanText(value: CellValue, _ctx: CleaningContext): CleanResult {
  if (typeof value !== 'string') return unchanged(value);
  const spaced = cleanWhitespace(value);
  const normalised = spaced.normalize('NFC');
  const fixes: FixKind[] = [];
  if (spaced !== value) fixes.push('whitespace');
  if (normalised !== spaced) fixes.push('unicode');
  return fixes.length === 0 ? unchanged(value) : { value: normalised, fixes };
}
