import { googleErrors, MAX_CHARACTERS_PER_CELL } from './googleErrors';
import { instantOf } from './zonedTime';

/** What a cell holds, as `getValues()` returns it (an empty cell is stored as `undefined` and read as ''). */
export type CellValue = string | number | boolean | Date;

/** The number format Sheets calls "Plain text": strings written to it stay exactly as written. */
export const PLAIN_TEXT_FORMAT = '@';
/** What `getNumberFormat()` returns for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/**
 * Formulas are stored, never evaluated: the local host has no calculation engine.
 * A formula cell reads as this placeholder from `getValues()` (a documented local
 * deviation: Google returns the computed result).
 */
export const FORMULA_PLACEHOLDER = '#N/A';
/** What Sheets shows for a formula it cannot parse, e.g. a typed "+7 701 123 45 67". */
export const FORMULA_PARSE_ERROR = '#ERROR!';

export interface WrittenCell {
  value: CellValue | undefined;
  formula?: string;
  /** A number format Sheets applies on its own when it recognises a typed date. */
  impliedFormat?: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

const mayBeNumber = (ch: string) => (ch >= '0' && ch <= '9') || ch === '+' || ch === '-' || ch === '.';

function typedNumber(text: string): number | null {
  const t = text.trim();
  if (!mayBeNumber(t.charAt(0))) return null;
  if (PLAIN_NUMBER.test(t)) return Number(t);
  if (GROUPED_NUMBER.test(t)) return Number(t.replace(/,/g, ''));
  if (PERCENT.test(t)) return Number(t.slice(0, -1)) / 100;
  return null;
}

function typedDate(text: string, timeZone: string): WrittenCell | null {
  const t = text.trim();
  const first = t.charAt(0);
  if (first < '0' || first > '9') return null;
  const m = ISO_DATE.exec(t);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as [
    number, number, number, number, number, number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  const hasTime = m[4] !== undefined;
  return {
    value: instantOf({ year, month, day, hour, minute, second }, timeZone),
    impliedFormat: hasTime ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd',
  };
}

function checkLength(text: string): void {
  if (text.length > MAX_CHARACTERS_PER_CELL) throw new Error(googleErrors.cellTooLong);
}

const TYPED_BOOLEAN = /^\s*(true|false)\s*$/i;

/**
 * Whether a typed string is stored exactly as written. Most cells are words, so
 * this is checked first, and bulk writes use it to skip building a WrittenCell.
 */
export function isLiteralText(text: string, numberFormat: string | undefined): boolean {
  if (text === '' || text.length > MAX_CHARACTERS_PER_CELL) return false;
  if (numberFormat === PLAIN_TEXT_FORMAT) return true;
  const first = text.charAt(0);
  return first !== "'" && first !== '=' && first !== ' ' && !mayBeNumber(first) && !(text.length <= 7 && TYPED_BOOLEAN.test(text));
}

/**
 * A string as Sheets reads it when it is typed into a cell (and when a script
 * writes it with setValue/setValues/appendRow, which parse the same way).
 */
export function parseTyped(text: string, numberFormat: string | undefined, timeZone: string): WrittenCell {
  checkLength(text);
  if (text === '') return { value: undefined };
  if (isLiteralText(text, numberFormat)) return { value: text };
  const first = text.charAt(0);
  if (first === "'") return { value: text.length > 1 ? text.slice(1) : undefined };
  if (first === '=') return text.length > 1 ? { value: FORMULA_PLACEHOLDER, formula: text } : { value: text };
  const number = typedNumber(text);
  if (number !== null) return { value: number };
  const upper = text.trim().toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { value: upper === 'TRUE' };
  const date = typedDate(text, timeZone);
  if (date) return date;
  // Sheets reads a leading + or - as the start of a formula; what follows is
  // rarely a valid expression, so the cell shows a parse error.
  if ((first === '+' || first === '-') && text.length > 1) return { value: FORMULA_PARSE_ERROR, formula: `=${text}` };
  return { value: text };
}

/** A value handed to setValue/setValues/appendRow by a script. */
// typeof comes before instanceof in the two functions below: they run once per cell,
// and a global lookup such as `Date` is slow inside a vm context (jest, the bundle test).
export function cellFromScript(input: unknown, numberFormat: string | undefined, timeZone: string): WrittenCell {
  if (typeof input === 'string') return parseTyped(input, numberFormat, timeZone);
  if (input === null || input === undefined) return { value: undefined };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  // Not `instanceof Date`: a script run in a vm context (the bundle test) has its own Date.
  if (Object.prototype.toString.call(input) === '[object Date]') return { value: new Date((input as Date).getTime()) };
  return parseTyped(String(input), numberFormat, timeZone);
}

/** Copies what a script reads, so mutating a returned Date changes nothing in the sheet. */
export function readValue(value: CellValue | undefined): CellValue {
  if (value === undefined) return '';
  return typeof value === 'object' ? new Date(value.getTime()) : value;
}
