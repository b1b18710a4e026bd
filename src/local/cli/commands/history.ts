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
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { refuseToOverwrite, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';
import { openWithPurchases, PURCHASES_OPTION } from './purchaseFiles';

const spec: CommandSpec = {
  name: 'history',
  summary: 'sumHistory',
  usage: 'CUSTOMERS --purchases PURCHASES -o OUT [--region CC] [--currency CODE] [--json] [--lang xx]',
  options: { ...COMMON_OPTIONS, ...OUTPUT_OPTIONS, ...PURCHASES_OPTION },
  details: 'detHistory',
};

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  if (!output) throw usageError('errNeedsOutputKept', { command: 'history', file });
  const purchasesFile = stringOption(values, 'purchases');
  refuseToOverwrite(purchasesFile ? [file, purchasesFile] : [file], [{ option: '-o', file: output }]);
  const json = flagOption(values, 'json');
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const text = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  let history: PurchaseHistory;
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const session = await openWithPurchases(spec, file, values, language);
    progress.phase(text.progressLinking);
    const result = session.host.run<PurchaseHistory | { error: string }>('getPurchaseHistory');
    if ('error' in result) {
      if (result.error === 'noSheet') throw noCustomerSheet(file);
      throw new CliError('errNoPurchases', { file: purchasesFile ?? '' });
    }
    history = result;
    progress.phase(formatMessage(text.progressWriting, { file: output }));
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
  const lines = [
    formatMessage(text.cliHistorySummary, { output, purchases: history.purchases, linked: history.linked, unmatched: history.unmatched }),
    ...history.unmatchedRows.map((row) => `  ${formatMessage(text.cliHistoryUnmatched, { row: row.row, reason: row.reason })}`),
    ...history.notCounted.map((row) => `  ${formatMessage(text.cliHistoryNotCounted, { row: row.row, reason: row.reason })}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const historyCommand: Command = { spec, run };
