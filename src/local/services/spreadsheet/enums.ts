/**
 * Apps Script enums as the local host exposes them: each member is its own name,
 * so `String(SpreadsheetApp.ProtectionType.SHEET)` is "SHEET" as in Apps Script,
 * equality works, and state stays JSON.
 */
function namedEnum<const K extends string>(names: readonly K[]): Readonly<{ [P in K]: P }> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as { [P in K]: P });
}

export const DataValidationCriteria = namedEnum([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER', 'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS', 'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CUSTOM_FORMULA', 'CHECKBOX',
]);
export type DataValidationCriteriaName = keyof typeof DataValidationCriteria;

export const ProtectionType = namedEnum(['RANGE', 'SHEET']);
export type ProtectionTypeName = keyof typeof ProtectionType;

export const Button = namedEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export type ButtonName = keyof typeof Button;

export const ButtonSet = namedEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonSetName = keyof typeof ButtonSet;

export const SandboxMode = namedEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = namedEnum(['ALLOWALL', 'DEFAULT']);

/** Charts.ChartType (developers.google.com/apps-script/reference/charts/chart-type). */
export const ChartType = namedEnum([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR',
  'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);
export type ChartTypeName = keyof typeof ChartType;
