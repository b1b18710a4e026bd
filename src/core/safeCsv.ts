/**
 * The one escaping every CSV file Clientele writes goes through (the privacy export, the CLI's
 * CSV and TSV files), so that a file is safe to open in Excel, LibreOffice and Sheets in every
 * locale (owasp.org/www-community/attacks/CSV_Injection):
 *  - a text field that a spreadsheet would run as a formula (it starts with = + - @, a tab, a
 *    carriage return, a line feed or a NUL, or their full-width forms) gets a leading `'`,
 *    which spreadsheets read as "this is text" — unless it is a plain number or a phone number,
 *    which can compute nothing;
 *  - a field holding a comma, a semicolon, a tab, a quote or a line break is quoted whatever
 *    the file's own separator, because Excel splits a double-clicked CSV on the list separator
 *    of the user's region (`;` in Russia, Kazakhstan and much of Europe);
 *  - quotes only protect a field for a reader that splits on the file's own separator: Excel in
 *    a `;` region reads `ok,"x;=cmd|…"` as `ok,"x` and `=cmd|…"`. So a formula trigger right
 *    after a separator or a line break inside a field (quotes between allowed) gets the `'` too:
 *    `x;'=cmd|…`. Legitimate data rarely has one; when it does, the mark shows and nothing runs.
 */

/** OWASP's list, with NUL (ASVS 1.2.10), line feed and the full-width forms Excel also reads as operators. */
const FORMULA_START = /^[=+\-@\t\r\n\0\uff1d\uff0b\uff0d\uff20]/u;
/** A number, or a phone number: only digits, spaces, dashes, parentheses and dots after the sign. */
const SIGNED_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/u;
const PHONE_NUMBER = /^[+-][\d\s\-().]*\d[\d\s\-().]*$/u;
/** Every list separator a reader may split on, quotes and line breaks. */
const NEEDS_QUOTES = /[,;\t"\r\n]/u;

/** A trigger where a reader splitting on another separator would start a new field. */
const TRIGGER_INSIDE = /([,;\t\r\n|]"*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/gu;

/** Text that no spreadsheet runs as a formula, whatever separator it splits the line on. */
export function neutraliseFormula(text: string): string {
  const inside = text.replace(TRIGGER_INSIDE, "$1'");
  if (!FORMULA_START.test(inside) || SIGNED_NUMBER.test(text) || PHONE_NUMBER.test(text)) return inside;
  return `'${inside}`;
}

/** One CSV field: neutralised, and quoted when it holds any separator, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  const safe = neutraliseFormula(text);
  return NEEDS_QUOTES.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** One CSV line (no line break). */
export function csvLine(fields: readonly string[], delimiter: string): string {
  return fields.map(csvField).join(delimiter);
}
