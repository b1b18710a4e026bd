/**
 * The audit record of one Clientele action on the customer sheet, from the cells it changed:
 * the customer IDs of the rows (read from the sheet as it was), the rows, the field names of
 * the columns and the number of cells. Never a value.
 */
import type { CellValue } from '../customerRecord';
import type { CustomerField } from '../customerFields';
import type { RecognisedColumns } from '../headerRoles';
import type { AuditRecord } from './auditRecords';

/** The field name an audit row gives a column (0-based): its role, else its header text (a column name is not personal data). */
export function auditFieldName(headers: readonly CellValue[], columns: RecognisedColumns, index: number): string {
  const role = (Object.entries(columns.roles) as [CustomerField, number][]).find(([, i]) => i === index)?.[0];
  return role ?? (String(headers[index] ?? '').trim() || `column ${index + 1}`);
}

export interface ChangedCell {
  /** 1-based sheet coordinates. */
  row: number;
  column: number;
}

/** One record for cells changed on the customer sheet; `values` is the sheet as read before the change. */
export function cellsAudit(
  action: string,
  values: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
  cells: readonly ChangedCell[],
  detail?: string,
): AuditRecord {
  const rows = [...new Set(cells.map((cell) => cell.row))].sort((a, b) => a - b);
  const indexes = [...new Set(cells.map((cell) => cell.column - 1))].sort((a, b) => a - b);
  const record: AuditRecord = {
    action,
    customerIds: customerIdsOf(values, columns, rows),
    rows,
    fields: indexes.map((index) => auditFieldName(values[0] ?? [], columns, index)),
    cells: cells.length,
  };
  if (detail) record.detail = detail;
  return record;
}

/** The customer IDs on the given sheet rows (1-based), in row order, blanks left out. */
export function customerIdsOf(values: readonly (readonly CellValue[])[], columns: RecognisedColumns, rows: readonly number[]): string[] {
  const idIndex = columns.roles.id;
  if (idIndex === undefined) return [];
  return rows.map((row) => String(values[row - 1]?.[idIndex] ?? '').trim()).filter((id) => id !== '');
}
