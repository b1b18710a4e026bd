/**
 * Orders strings by UTF-16 code unit, the same in every runtime and locale. `localeCompare`
 * depends on the runtime's collation data, which Google does not document for Apps Script;
 * ISO timestamps and period keys sort correctly this way.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
