import { columnLetter } from './columnLetters';
import type { CustomerField } from './customerFields';
import { rowProblemChecker, type CellProblem, type CellValue } from './customerRecord';
import { isBlankCell, isBlankRow } from './customerIds';
import type { RecognisedColumns } from './headerRoles';

export interface CustomerSheetSummary {
  sheetName: string;
  /** Non-blank rows under the header. */
  customerCount: number;
  columns: { field: CustomerField; header: string; column: string }[];
  extras: { header: string; column: string }[];
  missingIds: number;
  duplicateIds: { id: string; rows: number[] }[];
  /** The first problems found, in sheet order; `invalidCount` says how many there are in all. */
  invalidValues: CellProblem[];
  invalidCount: number;
}

const PROBLEMS_SHOWN = 100;

/** What the sidebar and `clientele info` show about a customer table (header in row 1). */
export function summarizeCustomerTable(
  sheetName: string,
  values: readonly (readonly CellValue[])[],
  columns: RecognisedColumns,
): CustomerSheetSummary {
  const headers = values[0] ?? [];
  const idIndex = columns.roles.id;
  const rowsById = new Map<string, number[]>();
  const invalidValues: CellProblem[] = [];
  let invalidCount = 0;
  let customerCount = 0;
  let missingIds = 0;
  const problemsOf = rowProblemChecker(headers, columns.roles);

  values.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    const sheetRow = index + 1;
    customerCount += 1;
    if (idIndex !== undefined) {
      const id = row[idIndex];
      if (id === undefined || isBlankCell(id)) missingIds += 1;
      else {
        const key = String(id).trim();
        rowsById.set(key, [...(rowsById.get(key) ?? []), sheetRow]);
      }
    }
    const problems = problemsOf(row, sheetRow);
    invalidCount += problems.length;
    for (const problem of problems) if (invalidValues.length < PROBLEMS_SHOWN) invalidValues.push(problem);
  });

  const headerText = (index: number) => String(headers[index] ?? '');
  return {
    sheetName,
    customerCount,
    columns: (Object.entries(columns.roles) as [CustomerField, number][])
      .sort(([, a], [, b]) => a - b)
      .map(([field, index]) => ({ field, header: headerText(index), column: columnLetter(index) })),
    extras: columns.extras
      .filter((index) => headerText(index).trim() !== '')
      .map((index) => ({ header: headerText(index), column: columnLetter(index) })),
    missingIds: idIndex === undefined ? customerCount : missingIds,
    duplicateIds: [...rowsById.entries()]
      .filter(([, rows]) => rows.length > 1)
      .map(([id, rows]) => ({ id, rows })),
    invalidValues,
    invalidCount,
  };
}
