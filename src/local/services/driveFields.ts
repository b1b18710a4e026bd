/**
 * The `fields` parameter of Drive API v3: a field mask choosing what a response holds
 * (https://developers.google.com/drive/api/guides/fields-parameter). Without it each method
 * returns its default fields (files: kind, id, name, mimeType); a mask naming a field the
 * resource does not have is refused with Drive's "Invalid field selection <name>".
 */

/** A message's fields: a leaf (null) or a nested message, possibly repeated. */
export interface FieldSchema {
  [field: string]: FieldSchema | null;
}

type Mask = Map<string, Mask | null>;

export class InvalidFieldSelectionError extends Error {
  constructor(field: string) {
    super(`Invalid field selection ${field}`);
  }
}

function parseMask(text: string, at: { i: number }, nested: boolean): Mask {
  const mask: Mask = new Map();
  for (;;) {
    const name = /^\s*([A-Za-z*][A-Za-z0-9_/]*)\s*/.exec(text.slice(at.i));
    if (!name) throw new InvalidFieldSelectionError(text.slice(at.i).trim() || text);
    at.i += name[0].length;
    let sub: Mask | null = null;
    if (text[at.i] === '(') {
      at.i += 1;
      sub = parseMask(text, at, true);
      if (text[at.i] !== ')') throw new InvalidFieldSelectionError(name[1]!);
      at.i += 1;
      while (text[at.i] === ' ') at.i += 1;
    }
    // "a/b" selects b within a, like "a(b)".
    const path = name[1]!.split('/');
    let target = mask;
    for (const part of path.slice(0, -1)) {
      const existing = target.get(part);
      const next: Mask = existing ?? new Map();
      target.set(part, next);
      target = next;
    }
    target.set(path[path.length - 1]!, sub);
    if (text[at.i] === ',') {
      at.i += 1;
      continue;
    }
    if (nested ? text[at.i] === ')' : at.i >= text.length) return mask;
    throw new InvalidFieldSelectionError(text.slice(at.i).trim());
  }
}

/** Checks the mask against the schema, so that a wrong field fails even when the result is empty. */
function check(mask: Mask, schema: FieldSchema): void {
  for (const [field, sub] of mask) {
    if (field === '*') continue;
    if (!(field in schema)) throw new InvalidFieldSelectionError(field);
    const nested = schema[field];
    if (sub !== null) {
      if (!nested) throw new InvalidFieldSelectionError(field);
      check(sub, nested);
    }
  }
}

function apply(value: unknown, mask: Mask | null): unknown {
  if (mask === null || mask.has('*') || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => apply(item, mask));
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [field, sub] of mask) if (source[field] !== undefined) result[field] = apply(source[field], sub);
  return result;
}

/** The response as the mask selects it (or the default fields without one). */
export function selectFields<T extends object>(full: T, fields: unknown, schema: FieldSchema, defaults: string): Partial<T> {
  const text = fields === undefined || fields === null || fields === '' ? defaults : String(fields);
  const mask = parseMask(text, { i: 0 }, false);
  check(mask, schema);
  return apply(full, mask) as Partial<T>;
}
