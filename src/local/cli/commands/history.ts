/**
 * `clientele history CUSTOMERS --purchases PURCHASES -o OUT [--json]`: every purchase linked to
 * a customer (by ID, phone, email as written, with the add-on's capture matcher: a name alone or
 * two candidates are never linked) and CUSTOMERS written to OUT with Purchases, Total spent,
 * Currency, First purchase, Last purchase and Average order appended after the last column.
 */
import type { PurchaseHistory } from '../../../server/purchases/purchaseHistory';
import { HISTORY_HEADERS } from '../../../server/purchases/purchaseHistory';
import { takeTable } from '../../files/sheetTable';
import { COMMON_OPTIONS, flagOption, inputFileArgument, OUTPUT_OPTIONS, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, noCustomerSheet, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { refuseToOverwriteInput, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';
import { openWithPurchases, PURCHASES_OPTION } from './purchaseFiles';

const spec: CommandSpec = {
  name: 'history',
  summary: 'Link every purchase to its customer and add each customer’s purchase totals.',
  usage: 'CUSTOMERS --purchases PURCHASES -o OUT [--region CC] [--currency CODE] [--json] [--lang xx]',
  options: { ...COMMON_OPTIONS, ...OUTPUT_OPTIONS, ...PURCHASES_OPTION },
  details: [
    'Each purchase names its customer by a customer ID, a phone, an email or a name, as people write them.',
    'A phone or email finds the customer whatever its format; a name alone, or two possible customers, is',
    'never linked: the row is listed with the reason. Added columns (English headers): Purchases, Total spent,',
    'Currency, First purchase, Last purchase, Average order. Amounts in another currency than the shop’s are',
    'not added in. With --json, stdout holds {"purchases", "linked", "unmatched", "unmatchedRows": [{"row", "reason"}]}',
    '(rows are 1-based data rows of PURCHASES).',
  ].join('\n'),
};

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  if (!output) throw usageError(`history needs -o OUT: the customer file with the totals columns is written there and ${file} stays as it was`);
  refuseToOverwriteInput(file, output);
  const purchasesFile = stringOption(values, 'purchases');
  if (purchasesFile) refuseToOverwriteInput(purchasesFile, output);
  const json = flagOption(values, 'json');
  const progress = startProgress({ stream: io.stderr, total: 3, enabled: !json });
  let history: PurchaseHistory;
  try {
    progress.step(`reading ${file}`);
    const session = await openWithPurchases(spec, file, values, chooseLanguage(stringOption(values, 'lang'), io.env));
    progress.step('linking purchases');
    const result = session.host.run<PurchaseHistory | { error: string }>('getPurchaseHistory');
    if ('error' in result) {
      if (result.error === 'noSheet') throw noCustomerSheet(file);
      throw new CliError(`${purchasesFile}: no purchases in it`);
    }
    history = result;
    progress.step(`writing ${output}`);
    const spreadsheet = session.host.spreadsheetApp.getSpreadsheetModel(session.spreadsheetId)!;
    const tables = session.customers.tables.map((table) => {
      const rows = takeTable(session.host, session.spreadsheetId, table.name);
      if (table.name !== history.customerSheet) return { name: table.name, rows };
      const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      const pad = (row: readonly unknown[]) => [...row, ...Array<string>(width - row.length).fill('')];
      return { name: table.name, rows: rows.map((row, i) => [...pad(row), ...(i === 0 ? HISTORY_HEADERS : history.rows[i - 1] ?? [])]) };
    });
    await writeOutput(output, tables as Parameters<typeof writeOutput>[1], { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  } finally {
    progress.done();
  }
  if (json) {
    const { purchases, linked, unmatched, unmatchedRows, notCounted } = history;
    io.stdout.write(`${JSON.stringify({ file, output, purchases, linked, unmatched, unmatchedRows, notCounted })}\n`);
    return 0;
  }
  io.stdout.write(`${output}: ${history.purchases} purchases, ${history.linked} linked to a customer, ${history.unmatched} not linked\n`);
  for (const row of history.unmatchedRows) io.stdout.write(`  purchase row ${row.row}: ${row.reason}\n`);
  for (const row of history.notCounted) io.stdout.write(`  purchase row ${row.row}: linked, not counted: ${row.reason}\n`);
  return 0;
}

export const historyCommand: Command = { spec, run };
