/**
 * `clientele import NEW --into CUSTOMERS -o OUT [--json]`: the rows of NEW captured into the
 * customer list CUSTOMERS through the add-on's own import (the path a form submission takes):
 * matched customers updated, new ones added with new IDs, what cannot be matched safely or
 * does not fit its column listed with its reason. OUT is the merged customer list (CSV: the
 * customers; XLSX: also the Responses and Quarantine sheets); CUSTOMERS is never changed.
 */
import path from 'node:path';
import type { ImportCounts, ImportPreviewLine, ImportResult } from '../../../server/capture/importContacts';
import type { CellValue } from '../../../core/customerRecord';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import { takeTable } from '../../files/sheetTable';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, OUTPUT_OPTIONS, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, usageError } from '../cliErrors';
import { fileFormatOf } from '../fileFormat';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput } from '../readInput';
import { refuseToOverwrite, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';

const spec: CommandSpec = {
  name: 'import',
  summary: 'sumImport',
  usage: 'NEW --into CUSTOMERS -o OUT [--region CC] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    into: { type: 'string', valueName: 'FILE', description: 'optInto' },
    region: { type: 'string', valueName: 'CC', description: 'optRegion' },
  },
  details: 'detImport',
};

function cellText(value: CellValue): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Quarantined rows listed in the report; --json lists them all. */
const LISTED = 20;

const empty = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, quarantined: 0, duplicates: 0 });

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const into = stringOption(values, 'into');
  const output = stringOption(values, 'output');
  if (!into) throw usageError('errImportNeedsInto');
  if (!output) throw usageError('errImportNeedsOutput');
  refuseToOverwrite([file, into], [{ option: '-o', file: output }]);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const region = regionOption(values);
  const json = flagOption(values, 'json');
  const text = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  const counts = empty();
  const lines: ImportPreviewLine[] = [];
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const incoming = await readInput(file);
    progress.phase(formatMessage(text.progressReading, { file: into }));
    const customers = await readInput(into);
    const table = incoming.tables[0];
    if (!table) throw new CliError('errNoRowsToImport', { file });
    progress.phase(text.progressLoading);
    const { host, spreadsheetId } = openInAddon(customers, language, modeOption(values));
    if (region) host.run('saveSettings', { language: null, defaultCountry: region });
    const source = { kind: 'rows', name: path.basename(file), rows: table.rows.map((row) => row.map(cellText)) };
    const total = table.rows.length - 1;
    progress.phase(text.progressImporting);
    progress.rows(0, total);
    // The add-on imports in chunks (Apps Script's time limit): each call goes on from the row the last stopped at.
    let fromRow: number | null = 2;
    while (fromRow !== null) {
      const result: ImportResult = host.run<ImportResult>('importContactRows', source, fromRow);
      for (const key of Object.keys(counts) as (keyof ImportCounts)[]) counts[key] += result.counts[key];
      lines.push(...result.lines);
      fromRow = result.nextRow;
      progress.rows(fromRow === null ? total : fromRow - 2, total);
    }
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
    const customerSheet = customers.tables[0]?.name ?? spreadsheet.getSheets()[0]!.getName();
    // XLSX holds every sheet: also Responses and Quarantine; the hidden capture ledger is Clientele's own bookkeeping.
    const others = fileFormatOf(output) === 'xlsx'
      ? spreadsheet.getSheets().filter((sheet) => sheet.getName() !== customerSheet && !sheet.isSheetHidden()).map((sheet) => sheet.getName())
      : [];
    const names = [customerSheet, ...others];
    progress.phase(formatMessage(text.progressWriting, { file: output }));
    await writeOutput(output, names.map((name) => ({ name, rows: takeTable(host, spreadsheetId, name) })), { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  } finally {
    progress.done();
  }
  const quarantine = lines.filter((line) => line.outcome === 'quarantined').map((line) => ({ row: line.row, reason: line.reason }));
  const summary = { file, into, output, rows: lines.length, ...counts, quarantine };
  if (json) {
    io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const report = [formatMessage(text.cliImportSummary, { file, into, output, ...counts })];
  for (const entry of quarantine.slice(0, LISTED)) report.push(`  ${formatMessage(text.cliImportRow, { row: entry.row, reason: entry.reason })}`);
  if (quarantine.length > LISTED) report.push(`  ${formatMessage(text.listShownOfJsonAll, { shown: LISTED, total: quarantine.length })}`);
  io.stdout.write(`${report.join('\n')}\n`);
  return 0;
}

export const importCommand: Command = { spec, run };
