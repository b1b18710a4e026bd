/**
 * A person's data as they may take it with them (GDPR articles 15 and 20): JSON by sheet, each
 * row as header → value, and CSV with one line per cell (sheet, row, column, value), which any
 * spreadsheet opens whatever the sheets' shapes.
 */
import type { CellValue } from '../customerRecord';
import { csvLine } from '../safeCsv';
import { idListIncludes, type PersonRows, type SheetValues } from './personData';

export interface PersonExport {
  exportedAt: string;
  customerIds: string[];
  sheets: { sheet: string; rows: { row: number; values: Record<string, string | number | boolean> }[] }[];
}

const CUSTOMER_ID_OR_RANGE = /C-\d+(?:–C-\d+)?/gu;

/**
 * Other customers' IDs are not theirs to take: a rejected pair or an audit line naming others
 * shows the person's own IDs and "[other]" for the rest.
 */
function redactOthers(text: string, customerIds: readonly string[]): string {
  return text.replace(CUSTOMER_ID_OR_RANGE, (match) => {
    const own = customerIds.filter((id) => idListIncludes(match, id));
    return own.length > 0 ? own.join(', ') : '[other]';
  });
}

function jsonValue(value: CellValue | undefined, customerIds: readonly string[]): string | number | boolean {
  if (value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? redactOthers(value, customerIds) : value;
}

function headerName(header: readonly CellValue[], column: number): string {
  const text = String(header[column] ?? '').trim();
  return text === '' ? `#${column + 1}` : text;
}

export function personExport(found: readonly PersonRows[], sheets: readonly SheetValues[], customerIds: readonly string[], now: Date): PersonExport {
  const valuesOf = new Map(sheets.map((sheet) => [sheet.name, sheet.values]));
  return {
    exportedAt: now.toISOString(),
    customerIds: [...customerIds],
    sheets: found
      .filter((entry) => entry.rows.length > 0)
      .map((entry) => {
        const values = valuesOf.get(entry.sheet) ?? [];
        return {
          sheet: entry.sheet,
          rows: entry.rows.map((index) => {
            const row = values[index] ?? [];
            const cells: Record<string, string | number | boolean> = {};
            row.forEach((value, column) => {
              if (value !== '') cells[headerName(entry.header, column)] = jsonValue(value, customerIds);
            });
            return { row: index + 1, values: cells };
          }),
        };
      }),
  };
}

export function exportCsv(data: PersonExport): string {
  const lines = [['Sheet', 'Row', 'Column', 'Value'].join(',')];
  for (const sheet of data.sheets) {
    for (const row of sheet.rows) {
      for (const [column, value] of Object.entries(row.values)) lines.push(csvLine([sheet.sheet, String(row.row), column, String(value)], ','));
    }
  }
  // A byte order mark: Excel reads the file as UTF-8 (Cyrillic, Persian, Chinese) only with it.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function exportJson(data: PersonExport): string {
  return JSON.stringify(data, null, 2);
}
