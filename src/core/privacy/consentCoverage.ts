/** How many customers said yes, no, or nothing readable to being contacted, from the Consent column. */
import { isBlankRow } from '../customerIds';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';
import { readYesNo } from '../segments/cellReading';

export interface ConsentCoverage {
  customers: number;
  yes: number;
  no: number;
  unknown: number;
  /** False when the sheet has no Consent column: every customer is unknown. */
  hasColumn: boolean;
}

export function consentCoverage(customers: readonly (readonly CellValue[])[], columns: RecognisedColumns): ConsentCoverage {
  const column = columns.roles.consent;
  const coverage: ConsentCoverage = { customers: 0, yes: 0, no: 0, unknown: 0, hasColumn: column !== undefined };
  customers.forEach((row, index) => {
    if (index === 0 || isBlankRow(row)) return;
    coverage.customers += 1;
    const reading = column === undefined ? null : readYesNo(row[column]);
    if (reading?.kind === 'value') coverage[reading.value ? 'yes' : 'no'] += 1;
    else coverage.unknown += 1;
  });
  return coverage;
}
