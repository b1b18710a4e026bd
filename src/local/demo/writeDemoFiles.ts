import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatCsv } from '../files/csvTable';
import { writeXlsx } from '../files/xlsxTable';
import { DEMO_COLUMNS, DEMO_SHEET_NAME, demoCustomerTable } from './demoCustomers';

/**
 * Writes the demo customer table as `customers.csv` (UTF-8 with a byte-order mark, as Excel needs
 * for Cyrillic, Persian and Chinese) and `customers.xlsx` (phones in a text column, so Excel keeps
 * "+7 701…" and "87011234567" as typed) into `dir`, creating it if needed.
 */
export async function writeDemoFiles(dir: string): Promise<void> {
  const table = demoCustomerTable();
  await mkdir(dir, { recursive: true });
  const xlsx = await writeXlsx([{ name: DEMO_SHEET_NAME, rows: table, textColumns: [DEMO_COLUMNS.phone] }]);
  await Promise.all([
    writeFile(path.join(dir, 'customers.csv'), formatCsv(table), 'utf8'),
    writeFile(path.join(dir, 'customers.xlsx'), xlsx),
  ]);
}
