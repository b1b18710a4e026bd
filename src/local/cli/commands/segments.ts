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
import { activityName, cellProblemText, rfmLabel } from '../../../core/i18n/codeLabels';
import { ACTIVITY_SEGMENTS } from '../../../core/segments/customerSegments';
import { RFM_SEGMENTS } from '../../../core/segments/rfm';

const spec: CommandSpec = {
  name: 'segments',
  summary: 'sumSegments',
  usage: 'IN -o OUT [--today YYYY-MM-DD] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    today: { type: 'string', valueName: 'YYYY-MM-DD', description: 'optSegmentsToday' },
  },
  details: 'detSegments',
};

/** `--today YYYY-MM-DD` as the ISO instant the add-on takes (segments and today). */
export function todayOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T12:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw usageError('errToday', { value });
  // Noon UTC is the same calendar day in every time zone from UTC−11 to UTC+11.
  return date.toISOString();
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  if (!output) throw usageError('errNeedsOutputKept', { command: 'segments', file });
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
    io.stderr.write(`${problem.column}${problem.row}: ${formatMessage(text.cliLeftAsItWas, { problem: cellProblemText(text, problem) })}\n`);
  }
  const { summary } = insights;
  if (json) {
    io.stdout.write(`${JSON.stringify({ file, output, sheet: columns.sheet, customers: summary.customers, activity: summary.activity, rfm: summary.rfm, channels: summary.channels, winBack: insights.winBackCount, unreadable: columns.problems.length })}\n`);
    return 0;
  }
  const activity = ACTIVITY_SEGMENTS.map((segment) => `${activityName(text, segment)} ${summary.activity[segment]}`).join(', ');
  const rfm = RFM_SEGMENTS.filter((segment) => summary.rfm[segment] > 0).map((segment) => `${rfmLabel(text, segment)} ${summary.rfm[segment]}`).join(', ');
  const lines = [
    formatMessage(text.cliSegmentsSummary, { output, customers: summary.customers, activity }),
    formatMessage(text.cliSegmentsRfm, { rfm: rfm || text.cliSegmentsNoRfm }),
    formatMessage(text.cliSegmentsWinBack, { days: insights.atRiskDays, count: insights.winBackCount }),
    formatMessage(text.cliUnreadableCells, { count: columns.problems.length }),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const segmentsCommand: Command = { spec, run };
