/**
 * `clientele quarantine WORKBOOK [--rerun | --discard ROWS] [-o OUT] [--json]`: settles the
 * submissions an import (or a form) left in the Quarantine sheet, with the add-on's own functions,
 * as the sidebar's quarantine panel does: list what waits and why; re-run them all through the
 * capture path (after the customer list or the row's JSON was corrected), where a row that still
 * cannot be captured stays quarantined with its new reason; or discard rows, which stay in the
 * sheet marked Discarded, with an Audit log line. WORKBOOK is never changed: OUT gets the result.
 */
import type { DiscardResult, QuarantinePanel, QuarantineRow, RerunResult } from '../../../server/capture/quarantine';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor, type Messages } from '../../../core/i18n/messages';
import { takeTable } from '../../files/sheetTable';
import { openInAddon, type AddonSession } from '../addonSession';
import { COMMON_OPTIONS, flagOption, inputFileArgument, modeOption, OUTPUT_OPTIONS, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput, type InputFile } from '../readInput';
import { refuseToOverwrite, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';

const spec: CommandSpec = {
  name: 'quarantine',
  summary: 'sumQuarantine',
  usage: 'WORKBOOK [--rerun | --discard ROWS] [-o OUT] [--region CC] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    rerun: { type: 'boolean', description: 'optRerun' },
    discard: { type: 'string', valueName: 'ROWS', description: 'optDiscard' },
    region: { type: 'string', valueName: 'CC', description: 'optRegion' },
  },
  details: 'detQuarantine',
};

/** Waiting rows listed in the report; --json lists them all. */
const LISTED = 20;
/** A range such as 2-999999999 is a typo, not a list of rows to settle. */
const MAX_ROWS = 100_000;

/** `2,5-7` → [2, 5, 6, 7]: the Quarantine sheet rows as the listing shows them. */
export function quarantineRows(text: string): number[] {
  const rows: number[] = [];
  for (const part of text.split(',').map((piece) => piece.trim()).filter(Boolean)) {
    const range = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || from < 1 || to < from || rows.length + to - from >= MAX_ROWS) {
      throw usageError('errDiscardRows', { value: part });
    }
    for (let row = from; row <= to; row += 1) rows.push(row);
  }
  if (rows.length === 0) throw usageError('errDiscardNoRows');
  return rows;
}

type Action = { kind: 'list' } | { kind: 'rerun' } | { kind: 'discard'; rows: number[] };

function chosenAction(values: ParsedCommandLine['values']): Action {
  const discard = stringOption(values, 'discard');
  const rerun = flagOption(values, 'rerun');
  if (rerun && discard !== undefined) throw usageError('errRerunOrDiscard');
  if (rerun) return { kind: 'rerun' };
  if (discard !== undefined) return { kind: 'discard', rows: quarantineRows(discard) };
  return { kind: 'list' };
}

/** Every sheet of the workbook back in its order, then those the add-on added (the Audit log); its hidden bookkeeping stays out, as import writes it. */
async function writeWorkbook(session: AddonSession, input: InputFile, output: string): Promise<void> {
  const spreadsheet = session.host.spreadsheetApp.getSpreadsheetModel(session.spreadsheetId)!;
  const read = new Set(input.tables.map((table) => table.name));
  const added = spreadsheet.getSheets().filter((sheet) => !read.has(sheet.getName()) && !sheet.isSheetHidden()).map((sheet) => sheet.getName());
  const tables = [
    // Rows are only appended or settled in place, so formulas, links and comments go back to their cells.
    ...input.tables.map((table) => ({ name: table.name, rows: takeTable(session.host, session.spreadsheetId, table.name), ...(table.extras ? { extras: table.extras } : {}) })),
    ...added.map((name) => ({ name, rows: takeTable(session.host, session.spreadsheetId, name) })),
  ];
  await writeOutput(output, tables, { timeZone: spreadsheet.getSpreadsheetTimeZone() });
}

function listing(text: Messages, panel: QuarantinePanel): string[] {
  if (panel.count === 0) return [text.quarantineEmpty];
  const line = (row: QuarantineRow) => `  ${formatMessage(text.cliQuarantineRow, { row: row.row, source: row.source, submission: row.submissionId, reason: row.reason })}`;
  return [
    formatMessage(text.quarantineCount, { count: panel.count }),
    ...panel.rows.slice(0, LISTED).map(line),
    ...(panel.count > LISTED ? [`  ${formatMessage(text.listShownOfJsonAll, { shown: LISTED, total: panel.count })}`] : []),
  ];
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const action = chosenAction(values);
  const output = stringOption(values, 'output');
  if (action.kind !== 'list' && !output) throw usageError('errNeedsOutputKept', { command: `quarantine --${action.kind}`, file });
  if (action.kind === 'list' && output) throw usageError('errQuarantineListWrites');
  refuseToOverwrite([file], [{ option: '-o', file: output }]);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const region = regionOption(values);
  const json = flagOption(values, 'json');
  const text = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  let outcome: { message: string; counts: { captured: number } | { discarded: number } } | null = null;
  let panel: QuarantinePanel;
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const input = await readInput(file);
    progress.phase(text.progressLoading);
    const session = openInAddon(input, language, modeOption(values));
    if (region) session.host.run('saveSettings', { language: null, defaultCountry: region });
    if (action.kind === 'rerun') {
      progress.phase(text.progressImporting);
      const result = session.host.run<RerunResult>('rerunQuarantined');
      outcome = { message: result.message, counts: { captured: result.done } };
    } else if (action.kind === 'discard') {
      const result = session.host.run<DiscardResult>('discardQuarantined', action.rows);
      if ('error' in result) throw new CliError({ text: result.message });
      outcome = { message: result.message, counts: { discarded: result.discarded } };
    }
    panel = session.host.run<QuarantinePanel>('getQuarantinePanel', Number.MAX_SAFE_INTEGER);
    if (output) {
      progress.phase(formatMessage(text.progressWriting, { file: output }));
      await writeWorkbook(session, input, output);
    }
  } finally {
    progress.done();
  }
  if (json) {
    io.stdout.write(`${JSON.stringify({ file, output: output ?? null, waiting: panel.count, rows: panel.rows, ...outcome?.counts }, null, 2)}\n`);
    return 0;
  }
  const report = [...(outcome ? [outcome.message] : []), ...listing(text, panel), ...(output ? [formatMessage(text.cliQuarantineWritten, { output })] : [])];
  io.stdout.write(`${report.join('\n')}\n`);
  return 0;
}

export const quarantineCommand: Command = { spec, run };
