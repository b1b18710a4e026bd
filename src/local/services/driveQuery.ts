/**
 * The `q` of Drive API v3 files.list, as far as the add-on uses it, parsed properly:
 * `name = '…'`, `mimeType = '…'` (and `!=`), `trashed = true|false`, `'<folder id>' in parents`,
 * joined by `and`. Syntax: https://developers.google.com/drive/api/guides/search-files and
 * https://developers.google.com/drive/api/guides/ref-search-terms (strings in single or double
 * quotes, `\'` and `\\` escaped). A query Drive would reject is refused with Drive's "Invalid
 * Value"; a valid query using terms the host does not model (`contains`, `or`, `not`, dates,
 * other fields) is refused too, saying so, rather than silently matching everything.
 */

export type QueryTerm =
  | { field: 'name' | 'mimeType'; equal: boolean; value: string }
  | { field: 'trashed'; equal: boolean; value: boolean }
  | { field: 'parents'; folderId: string };

/** Drive's own answer to a query it cannot parse (HTTP 400, reason "invalid", location "q"). */
export class InvalidQueryError extends Error {
  constructor() {
    super('Invalid Value');
  }
}

/** A valid Drive query the local host does not evaluate. */
export class UnsupportedQueryError extends Error {}

/** Query fields Drive documents (ref-search-terms); only some are modelled here. */
const DRIVE_QUERY_FIELDS = new Set([
  'name', 'fullText', 'mimeType', 'modifiedTime', 'viewedByMeTime', 'trashed', 'starred', 'parents', 'owners', 'writers',
  'readers', 'sharedWithMe', 'createdTime', 'properties', 'appProperties', 'visibility', 'shortcutDetails.targetId',
]);
const DRIVE_OPERATORS = new Set(['contains', '=', '!=', '<', '<=', '>', '>=', 'in', 'has']);

type Token = { kind: 'string'; text: string } | { kind: 'word'; text: string } | { kind: 'operator'; text: string } | { kind: 'paren'; text: string };

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === "'" || ch === '"') {
      let text = '';
      i += 1;
      for (;;) {
        if (i >= q.length) throw new InvalidQueryError();
        const c = q[i]!;
        if (c === '\\') {
          if (i + 1 >= q.length) throw new InvalidQueryError();
          text += q[i + 1];
          i += 2;
        } else if (c === ch) {
          i += 1;
          break;
        } else {
          text += c;
          i += 1;
        }
      }
      tokens.push({ kind: 'string', text });
    } else if (ch === '{') {
      unsupported('"has { … }"');
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: 'paren', text: ch });
      i += 1;
    } else if ('=!<>'.includes(ch)) {
      const two = q.slice(i, i + 2);
      const text = two === '!=' || two === '<=' || two === '>=' ? two : ch;
      if (text === '!') throw new InvalidQueryError();
      tokens.push({ kind: 'operator', text });
      i += text.length;
    } else {
      const word = /^[A-Za-z0-9_.:+-]+/.exec(q.slice(i))?.[0];
      if (!word) throw new InvalidQueryError();
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    }
  }
  return tokens;
}

function unsupported(what: string): never {
  throw new UnsupportedQueryError(`The local host does not evaluate ${what} in a Drive query; it supports name, mimeType and trashed with = or !=, '<id>' in parents, and "and".`);
}

function parseTerm(tokens: Token[], at: number): { term: QueryTerm; next: number } {
  const first = tokens[at];
  if (!first) throw new InvalidQueryError();
  if (first.kind === 'paren') unsupported('parentheses');
  if (first.kind === 'word' && first.text.toLowerCase() === 'not') unsupported('"not"');
  if (first.kind === 'string') {
    const op = tokens[at + 1];
    const field = tokens[at + 2];
    if (op?.kind !== 'word' || op.text !== 'in' || field?.kind !== 'word') throw new InvalidQueryError();
    if (field.text !== 'parents') {
      if (field.text === 'owners' || field.text === 'writers' || field.text === 'readers') unsupported(`"in ${field.text}"`);
      throw new InvalidQueryError();
    }
    return { term: { field: 'parents', folderId: first.text }, next: at + 3 };
  }
  if (first.kind !== 'word' || !DRIVE_QUERY_FIELDS.has(first.text)) throw new InvalidQueryError();
  const op = tokens[at + 1];
  const value = tokens[at + 2];
  const operator = op?.kind === 'operator' || op?.kind === 'word' ? op.text : '';
  if (!DRIVE_OPERATORS.has(operator) || !value || value.kind === 'paren' || value.kind === 'operator') throw new InvalidQueryError();
  if (first.text !== 'name' && first.text !== 'mimeType' && first.text !== 'trashed') unsupported(`the field ${first.text}`);
  if (operator !== '=' && operator !== '!=') unsupported(`"${first.text} ${operator}"`);
  const equal = operator === '=';
  if (first.text === 'trashed') {
    if (value.kind !== 'word' || (value.text !== 'true' && value.text !== 'false')) throw new InvalidQueryError();
    return { term: { field: 'trashed', equal, value: value.text === 'true' }, next: at + 3 };
  }
  if (value.kind !== 'string') throw new InvalidQueryError();
  return { term: { field: first.text, equal, value: value.text }, next: at + 3 };
}

/** The terms of the query, all of which must hold; an empty query matches every file. */
export function parseDriveQuery(q: string): QueryTerm[] {
  const tokens = tokenize(q);
  const terms: QueryTerm[] = [];
  let at = 0;
  while (at < tokens.length) {
    const { term, next } = parseTerm(tokens, at);
    terms.push(term);
    at = next;
    const joiner = tokens[at];
    if (!joiner) break;
    const word = joiner.kind === 'word' ? joiner.text.toLowerCase() : '';
    if (word === 'or') unsupported('"or"');
    if (word !== 'and' || at + 1 >= tokens.length) throw new InvalidQueryError();
    at += 1;
  }
  return terms;
}
