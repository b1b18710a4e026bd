/**
 * The JavaScript built-ins the add-on uses most, bound once in the bundle's own scope
 * (scripts/build.mjs injects this module: esbuild replaces each global name below with these
 * bindings). On Apps Script they are the same objects the global names hold. Under Node's `vm`,
 * where the local host runs the built Code.js, every global name is looked up through the
 * context's interceptor, which made a million Math.round or Number calls several times slower
 * than on V8 itself (Recalculate totals at 1,000,000 purchases: bench/purchases.bench.ts).
 * Date and Intl stay global: the host gives the script its own clock, and a test removes Intl.
 */
const {
  Array: BoundArray,
  Boolean: BoundBoolean,
  Error: BoundError,
  Infinity: BoundInfinity,
  JSON: BoundJSON,
  Map: BoundMap,
  Math: BoundMath,
  NaN: BoundNaN,
  Number: BoundNumber,
  Object: BoundObject,
  RangeError: BoundRangeError,
  RegExp: BoundRegExp,
  Set: BoundSet,
  String: BoundString,
  Symbol: BoundSymbol,
  TypeError: BoundTypeError,
  WeakMap: BoundWeakMap,
  isFinite: boundIsFinite,
  isNaN: boundIsNaN,
  parseFloat: boundParseFloat,
  parseInt: boundParseInt,
} = globalThis;

export {
  BoundArray as Array,
  BoundBoolean as Boolean,
  BoundError as Error,
  BoundInfinity as Infinity,
  BoundJSON as JSON,
  BoundMap as Map,
  BoundMath as Math,
  BoundNaN as NaN,
  BoundNumber as Number,
  BoundObject as Object,
  BoundRangeError as RangeError,
  BoundRegExp as RegExp,
  BoundSet as Set,
  BoundString as String,
  BoundSymbol as Symbol,
  BoundTypeError as TypeError,
  BoundWeakMap as WeakMap,
  boundIsFinite as isFinite,
  boundIsNaN as isNaN,
  boundParseFloat as parseFloat,
  boundParseInt as parseInt,
};
