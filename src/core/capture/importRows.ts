/**
 * Rows of another table (a sheet of this spreadsheet, a CSV) as submissions: the header's
 * columns recognised as customer fields in the six languages (as the customer sheet's are),
 * the NPS column as the recommend score. Each row's submission ID names the table and the
 * row, so importing the same file again recognises every row it already captured.
 */
import type { CellValue } from '../customerRecord';
import { isBlankRow } from '../customerIds';
import type { CustomerField } from '../customerFields';
import { recogniseColumns } from '../headerRoles';
import type { CaptureInput } from './captureInput';

export const IMPORT_SOURCE = 'import';

function text(value: CellValue | undefined): string {
  if (value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

/** Rows from `from` (1-based sheet row, header is row 1) up to `limit` rows; blank rows are skipped. */
export function importInputs(name: string, table: readonly (readonly CellValue[])[], submittedAt: Date, from = 2, limit = Infinity): CaptureInput[] {
  const { roles } = recogniseColumns(table[0] ?? []);
  const inputs: CaptureInput[] = [];
  for (let r = from - 1; r < table.length && inputs.length < limit; r++) {
    const row = table[r]!;
    if (isBlankRow(row)) continue;
    const fields: Partial<Record<CustomerField, string>> = {};
    for (const [field, column] of Object.entries(roles) as [CustomerField, number][]) {
      if (field === 'nps' || field === 'id' || field === 'created' || field === 'updated') continue;
      const value = text(row[column]);
      if (value.trim() !== '') fields[field] = value;
    }
    inputs.push({
      submissionId: `import:${name}:${r + 1}`,
      submittedAt,
      source: IMPORT_SOURCE,
      fields,
      ...(roles.nps !== undefined && text(row[roles.nps]).trim() !== '' ? { score: text(row[roles.nps]) } : {}),
    });
  }
  return inputs;
}

/** The sheet row an import submission came from. */
export function importRowOf(submissionId: string): number {
  return Number(submissionId.slice(submissionId.lastIndexOf(':') + 1));
}
