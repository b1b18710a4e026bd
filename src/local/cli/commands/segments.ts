/**
 * `clientele segments IN -o OUT [--today YYYY-MM-DD] [--json]`: IN with each customer's activity
 * segment, days since the last purchase, R, F, M, RFM segment and acquisition channel added as
 * columns after the last one. Cells that cannot be read (a date, an amount, a count, a yes/no)
 * are left as they are and listed on stderr by row and column.
 */
import type { InsightsPanel, SegmentColumns } from '../../../server/nps/insights';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import { takeTable } from '../../files/sheetTable';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, OUTPUT_OPTIONS, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { noCustomerSheet, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput } from '../readInput';
import { refuseToOverwrite, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';

const spec: CommandSpec = {
  name: 'segments',
  summary: 'Add activity and RFM segments and the acquisition channel to every customer.',
  usage: 'IN -o OUT [--today YYYY-MM-DD] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    today: { type: 'string', valueName: 'YYYY-MM-DD', description: 'count days since the last purchase up to this day (default: today)' },
  },
  details: [
    'Added columns (English headers, English values): Segment (active, atRisk, lapsed, noPurchase, unknown),',
    'Days since purchase, R, F, M (1–5 by quintiles), RFM segment (champions, loyal, potentialLoyalists,',
    'newCustomers, promising, needAttention, aboutToSleep, atRisk, cantLose, hibernating, lost) and Channel.',
    'At risk from 30 days without a purchase, lapsed from 90. F needs a purchase count column ("Purchases");',
    'without one the RFM segment reads recency against money spent. Unreadable cells are listed on stderr',
    'by row and column and left as they were. With --json, stdout holds the segment and channel counts.',
  ].join('\n'),
};

const REASONS: Record<string, string> = {
  notDate: 'not a date',
  ambiguousDate: 'an ambiguous date (day and month could be swapped)',
  notNumber: 'not an amount',
  notCount: 'not a whole number of purchases',
  notYesNo: 'neither yes nor no',
};

/** `--today YYYY-MM-DD` as the ISO instant the add-on takes (segments and today). */
export function todayOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T12:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw usageError(`--today takes a date as YYYY-MM-DD, not "${value}"`);
  // Noon UTC is the same calendar day in every time zone from UTC−11 to UTC+11.
  return date.toISOString();
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  if (!output) throw usageError(`segments needs -o OUT: the file with the segment columns is written there and ${file} stays as it was`);
  refuseToOverwrite([file], [{ option: '-o', file: output }]);
  const today = todayOption(stringOption(values, 'today'));
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const json = flagOption(values, 'json');

  const text = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  let columns: SegmentColumns;
  let insights: InsightsPanel;
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const input = await readInput(file);
    progress.phase(text.progressLoading);
    const { host, spreadsheetId } = openInAddon(input, language, modeOption(values));
    progress.phase(text.progressSegmenting);
    const result = host.run<SegmentColumns | { error: string }>('getSegmentColumns', today);
    if ('error' in result) throw noCustomerSheet(file);
    columns = result;
    progress.rows(columns.rows.length, columns.rows.length);
    insights = host.run<InsightsPanel>('getInsights', today);
    progress.phase(formatMessage(text.progressWriting, { file: output }));
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
    const tables = input.tables.map((table) => {
      const rows = takeTable(host, spreadsheetId, table.name);
      if (table.name !== columns.sheet) return { name: table.name, rows };
      const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      const pad = (row: readonly unknown[]) => [...row, ...Array<string>(width - row.length).fill('')];
      return { name: table.name, rows: rows.map((row, i) => [...pad(row), ...(i === 0 ? columns.headers : columns.rows[i - 1] ?? [])]) };
    });
    await writeOutput(output, tables as Parameters<typeof writeOutput>[1], { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  } finally {
    progress.done();
  }
  for (const problem of columns.problems) {
    io.stderr.write(`row ${problem.row}, column ${problem.column} (“${problem.header}”): “${problem.value}” is ${REASONS[problem.reason] ?? problem.reason}, left as it was\n`);
  }
  const { summary } = insights;
  if (json) {
    io.stdout.write(`${JSON.stringify({ file, output, sheet: columns.sheet, customers: summary.customers, activity: summary.activity, rfm: summary.rfm, channels: summary.channels, winBack: insights.winBackCount, unreadable: columns.problems.length })}\n`);
    return 0;
  }
  const activity = Object.entries(summary.activity).map(([name, count]) => `${name} ${count}`).join(', ');
  const rfm = Object.entries(summary.rfm).filter(([, count]) => count > 0).map(([name, count]) => `${name} ${count}`).join(', ');
  io.stdout.write(`${output}: ${summary.customers} customers: ${activity}\nRFM: ${rfm || 'none (no last purchase dates)'}\nWin-back (inactive ${insights.atRiskDays}+ days, consented): ${insights.winBackCount}\nUnreadable cells: ${columns.problems.length}\n`);
  return 0;
}

export const segmentsCommand: Command = { spec, run };
