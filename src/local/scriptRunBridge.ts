/**
 * What crosses google.script.run, by Google's rules ("HTML Service: Communicate with
 * server functions"): "Legal parameters and return values are JavaScript primitives like a
 * Number, Boolean, String, or null, as well as JavaScript objects and arrays that are composed
 * of primitives, objects and arrays… Requests fail if you attempt to pass a Date, Function,
 * DOM element besides a form, or other prohibited type… undefined fields within arrays
 * become null." A server function that returns a Date (or anything holding one) is received
 * as null by the page: observed behaviour, the documentation only says such values are illegal.
 */

/**
 * The add-on may run in another realm (a vm context), whose Dates and plain objects do not
 * share this realm's prototypes: values are judged by their kind, not by `instanceof`.
 */
function isPlainObject(object: object): boolean {
  const prototype = Object.getPrototypeOf(object);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

function illegalValue(value: unknown, seen: Set<object>): string | null {
  if (value === null || value === undefined) return null;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return null;
  if (type === 'number') return null;
  if (type === 'function') return 'a function';
  if (type !== 'object') return `a ${type}`;
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
  const object = value as object;
  if (seen.has(object)) return 'a circular reference';
  seen.add(object);
  if (!Array.isArray(object) && !isPlainObject(object)) return 'an object that is not plain';
  for (const item of Object.values(object)) {
    const problem = illegalValue(item, seen);
    if (problem) return problem;
  }
  seen.delete(object);
  return null;
}

/** The arguments the page sends; an illegal one fails the request as Google's does. */
export function checkScriptRunArguments(args: readonly unknown[]): void {
  args.forEach((arg, index) => {
    const problem = illegalValue(arg, new Set());
    if (problem) throw new Error(`Failed due to illegal value in parameter ${index}: ${problem} cannot be passed to the server.`);
  });
}

/** The value the page's success handler receives. */
export function scriptRunResult(value: unknown): unknown {
  if (illegalValue(value, new Set())) return null;
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
