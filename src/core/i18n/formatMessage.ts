import { isLanguage, type Language } from './languages';
import { pluralCategory } from './plurals';

/**
 * Message templates: `{name}` is filled with a value; `{name, plural, one {# row} other {# rows}}`
 * picks the form the count needs (a subset of ICU MessageFormat: categories `one`, `few`, `many`,
 * `other`, exact matches `=0`, `=1`…, `#` for the count). The catalogue binds each plural to its
 * language (`{count, plural ru, …}`, see `bindPlurals`), so callers pass only the template.
 */
type Values = Record<string, string | number>;

interface Argument {
  name: string;
  /** Present for a plural argument: the language whose rules pick the form, and the forms. */
  plural?: { language: Language; forms: Map<string, string> };
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural(?:\s+(\w+))?\s*,/;

/** `one {# row} other {# rows}` → the forms by selector; null when it is not that shape. */
function parseForms(text: string): Map<string, string> | null {
  const forms = new Map<string, string>();
  let rest = text;
  for (;;) {
    rest = rest.trimStart();
    if (rest === '') return forms.size > 0 ? forms : null;
    const selector = /^(=\d+|\w+)\s*\{/.exec(rest);
    if (!selector) return null;
    const open = selector[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) return null;
    forms.set(selector[1] as string, rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
}

function parseArgument(body: string): Argument | null {
  if (/^\w+$/.test(body)) return { name: body };
  const head = PLURAL_HEAD.exec(body);
  if (!head) return null;
  const forms = parseForms(body.slice(head[0].length));
  if (!forms) return null;
  const tag = head[2] ?? 'en';
  return { name: head[1] as string, plural: { language: isLanguage(tag) ? tag : 'en', forms } };
}

/** Splits a template into literal text and arguments, in order. */
function parts(template: string): (string | { argument: Argument; source: string })[] {
  const result: (string | { argument: Argument; source: string })[] = [];
  let literal = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open < 0) break;
    const close = closingBrace(template, open);
    const argument = close < 0 ? null : parseArgument(template.slice(open + 1, close));
    if (!argument || close < 0) {
      literal += template.slice(index, open + 1);
      index = open + 1;
      continue;
    }
    literal += template.slice(index, open);
    if (literal !== '') result.push(literal);
    literal = '';
    result.push({ argument, source: template.slice(open, close + 1) });
    index = close + 1;
  }
  literal += template.slice(index);
  if (literal !== '') result.push(literal);
  return result;
}

/**
 * The number a count argument stands for. Callers may pass a count already formatted for the
 * reader ("1,234", "1 234", "۱٬۲۳۴"): its digits are read as ASCII and grouping marks dropped, so
 * the form agrees with the number shown. A comma is taken for grouping, as counts are whole numbers.
 */
function countOf(value: string | number): number {
  if (typeof value === 'number') return value;
  const ascii = value
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\s,'\u066C\u00A0\u202F]/g, '')
    .replace(/\u066B/g, '.');
  return ascii === '' ? Number.NaN : Number(ascii);
}

function pluralForm(forms: Map<string, string>, language: Language, value: string | number): string | undefined {
  const count = countOf(value);
  return forms.get(`=${count}`) ?? forms.get(pluralCategory(language, count)) ?? forms.get('other');
}

/** Fills the template; a placeholder with no value stays visible rather than vanishing. */
export function formatMessage(template: string, values: Values = {}): string {
  return fill(template, values, null);
}

/** `count` is the value `#` stands for inside a plural form (null outside one). */
function fill(template: string, values: Values, count: string | number | null): string {
  return parts(template)
    .map((part) => {
      if (typeof part === 'string') return count === null ? part : part.replace(/#/g, String(count));
      const { argument, source } = part;
      if (!Object.prototype.hasOwnProperty.call(values, argument.name)) return source;
      const value = values[argument.name] as string | number;
      if (!argument.plural) return String(value);
      const form = pluralForm(argument.plural.forms, argument.plural.language, value);
      return form === undefined ? source : fill(form, values, value);
    })
    .join('');
}

/** The names a template fills, each once, sorted: the same in every language of a message. */
export function messageArguments(template: string): string[] {
  const names = new Set<string>();
  for (const part of parts(template)) {
    if (typeof part === 'string') continue;
    names.add(part.argument.name);
    for (const form of part.argument.plural?.forms.values() ?? []) for (const name of messageArguments(form)) names.add(name);
  }
  return [...names].sort();
}

/** The plural arguments of a template with the selectors of their forms, e.g. `{ count: ['one', 'other'] }`. */
export function pluralSelectors(template: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const part of parts(template)) {
    if (typeof part === 'string' || !part.argument.plural) continue;
    found[part.argument.name] = [...part.argument.plural.forms.keys()];
  }
  return found;
}

/** Binds every plural argument of a language's template to that language's rules. */
export function bindPlurals(template: string, language: Language): string {
  return template.replace(/\{(\s*\w+\s*),\s*plural\s*,/g, `{$1, plural ${language},`);
}
