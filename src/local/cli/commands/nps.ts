/**
 * `clientele nps IN [--by month|quarter|COLUMN] [--column NAME] [--json]`: the Net Promoter
 * Score of a customer file, with its 95% interval, and per period or per value of a column.
 */
import { formatMessage } from '../../../core/i18n/formatMessage';
import type { NpsSummary } from '../../../core/nps/npsScore';
import type { NpsReport } from '../../../server/nps/npsReport';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, noCustomerSheet } from '../cliErrors';
import { chooseLanguage } from '../language';
import { readInput } from '../readInput';
import type { Command, CommandIO } from './command';
import { messagesFor, type Messages } from '../../../core/i18n/messages';
import { npsReasonLabel } from '../../../core/i18n/codeLabels';
import { channelLabel } from '../../../core/dashboard/dashboardPlan';
import type { Channel } from '../../../core/nps/acquisitionChannels';

const spec: CommandSpec = {
  name: 'nps',
  summary: 'sumNps',
  usage: 'IN [--by month|quarter|channel|COLUMN] [--column NAME] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    by: {
      type: 'string',
      valueName: 'month|quarter|channel|COLUMN',
      description: 'optNpsBy',
    },
    column: { type: 'string', valueName: 'NAME', description: 'optNpsColumn' },
  },
  details: 'detNps',
};

/** Invalid answers listed in the report; --json lists them all. */
const LISTED = 20;

function fields(summary: NpsSummary) {
  return {
    nps: summary.nps,
    promoters: summary.promoters,
    passives: summary.passives,
    detractors: summary.detractors,
    responses: summary.responses,
    interval95: summary.interval95,
    marginOfError: summary.marginOfError,
    smallSample: summary.smallSample,
  };
}

const round = (n: number | null) => (n === null ? '—' : String(Math.round(n)));

function line(text: Messages, label: string, summary: NpsSummary): string {
  const interval = summary.interval95 ? formatMessage(text.cliNpsInterval, { low: round(summary.interval95[0]), high: round(summary.interval95[1]) }) : text.cliNpsNoInterval;
  const small = summary.smallSample ? text.cliNpsSmall : '';
  const { responses, promoters, passives, detractors } = summary;
  return `${label}${formatMessage(text.cliNpsLine, { nps: round(summary.nps), interval, responses, promoters, passives, detractors, small })}`;
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const by = stringOption(values, 'by');
  const column = stringOption(values, 'column');
  const input = await readInput(file);
  const { host } = openInAddon(input, language, modeOption(values));
  const report = host.run<NpsReport | { error: string }>('getNpsReport', { ...(by ? { by } : {}), ...(column ? { column } : {}) });
  if ('error' in report) {
    if (report.error === 'noSheet') throw noCustomerSheet(file);
    if (report.error === 'noScoreColumn') throw column ? new CliError('errNoNamedColumn', { column, file }) : new CliError('errNoNpsColumn', { file });
    throw by === 'channel' ? new CliError('errNoSourceColumn', { file }) : new CliError('errNoByColumn', { column: by ?? '', file });
  }
  const result = {
    file,
    sheet: report.sheet,
    from: report.from,
    answersSheet: report.answersSheet,
    responsesMode: report.responsesMode,
    respondents: report.respondents,
    unknownCustomers: report.unknownCustomers,
    scoreColumn: report.scoreColumn,
    ...fields(report.summary),
    invalid: report.invalid.length,
    invalidAnswers: report.invalid,
    ...(report.groups ? { groups: report.groups.map((group) => ({ group: group.group, ...fields(group.summary) })) } : {}),
  };
  if (flagOption(values, 'json')) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const text = messagesFor(language);
  const source = report.from === 'responses'
    ? formatMessage(text.cliNpsFromResponses, { file, sheet: report.answersSheet ?? '', mode: report.responsesMode === 'all' ? text.cliNpsEveryAnswer : text.cliNpsLatestAnswer })
    : formatMessage(text.cliNpsFromColumn, { file, column: report.scoreColumn ?? '' });
  const lines = [source, line(text, '', report.summary), formatMessage(text.cliNpsInvalid, { count: report.invalid.length })];
  if (report.unknownCustomers > 0) lines.push(formatMessage(text.cliNpsUnknownCustomers, { count: report.unknownCustomers }));
  for (const answer of report.invalid.slice(0, LISTED)) lines.push(`  ${answer.column}${answer.row}: “${answer.value}” (${npsReasonLabel(text, answer.reason)})`);
  if (report.invalid.length > LISTED) lines.push(`  ${formatMessage(text.listShownOfJsonAll, { shown: LISTED, total: report.invalid.length })}`);
  // A channel group is keyed by its code (in --json too); a person reads its name.
  const groupName = (group: string) => (by === 'channel' ? channelLabel(text, group as Channel) : group);
  if (report.groups) for (const group of report.groups) lines.push(line(text, `${groupName(group.group)}: `, group.summary));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const npsCommand: Command = { spec, run };
