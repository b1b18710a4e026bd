/**
 * `clientele info FILE`: what the add-on's sidebar would show for the file, in the user's
 * language — the customer sheet, its data rows, the columns recognised by role, the other
 * columns, and the problems found — or the same as one JSON object.
 */
import type { CustomerField } from '../../../core/customerFields';
import type { CustomerSheetSummary } from '../../../core/customerSheetSummary';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import type { Language } from '../../../core/i18n/languages';
import type { SidebarState } from '../../../server/sidebarState';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { noCustomerSheet } from '../cliErrors';
import type { FileFormat } from '../fileFormat';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput, type InputFile } from '../readInput';
import type { Command, CommandIO } from './command';
import type { DeploymentMode } from '../../services/deploymentTriggerRules';

const spec: CommandSpec = {
  name: 'info',
  summary: 'sumInfo',
  usage: 'FILE [--json] [--lang xx]',
  options: { ...COMMON_OPTIONS },
  details: 'detInfo',
};

export interface InfoColumn {
  /** The column letter: A, B… AA. */
  column: string;
  header: string;
}

export interface InfoInvalidValue extends InfoColumn {
  /** The sheet row, header = 1. */
  row: number;
  field: CustomerField;
  value: string;
  reason: string;
  message: string;
}

/** What `clientele info --json` prints. */
export interface InfoReport {
  file: string;
  format: FileFormat;
  sheet: string;
  language: Language;
  /** Non-blank rows under the header. */
  rows: number;
  columns: Partial<Record<CustomerField, InfoColumn>>;
  extras: InfoColumn[];
  problems: {
    missingIds: number;
    duplicateIds: { id: string; rows: number[] }[];
    invalidValues: InfoInvalidValue[];
    invalidCount: number;
  };
}

export function infoReport(file: string, format: FileFormat, state: SidebarState, summary: CustomerSheetSummary): InfoReport {
  const letterOf = new Map(summary.columns.map(({ field, column }) => [field, column]));
  return {
    file,
    format,
    sheet: summary.sheetName,
    language: state.language,
    rows: summary.customerCount,
    columns: Object.fromEntries(summary.columns.map(({ field, column, header }) => [field, { column, header }])),
    extras: summary.extras.map(({ column, header }) => ({ column, header })),
    problems: {
      missingIds: summary.missingIds,
      duplicateIds: summary.duplicateIds,
      invalidValues: summary.invalidValues.map((problem) => ({
        row: problem.row,
        column: letterOf.get(problem.field) ?? '',
        header: problem.column,
        field: problem.field,
        value: problem.value,
        reason: problem.reason,
        message: formatMessage(state.messages[problem.reason], { value: problem.value }),
      })),
      invalidCount: summary.invalidCount,
    },
  };
}

/** Terminal cells a string takes: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** The report a person reads, in the language of `state.messages`. */
export function renderInfo(report: InfoReport, state: SidebarState): string {
  const text = state.messages;
  const lines = [report.file, formatMessage(text.summarySheet, { sheet: report.sheet }), formatMessage(text.summaryRows, { count: report.rows })];

  const columns = Object.entries(report.columns) as [CustomerField, InfoColumn][];
  const letterWidth = Math.max(0, ...columns.map(([, { column }]) => column.length), ...report.extras.map(({ column }) => column.length));
  const labelWidth = Math.max(0, ...columns.map(([field]) => displayWidth(state.fieldLabels[field])));
  lines.push('', text.summaryColumns);
  for (const [field, { column, header }] of columns) {
    lines.push(`  ${column.padEnd(letterWidth)}  ${padEnd(state.fieldLabels[field], labelWidth)}  ${header}`);
  }
  if (report.extras.length > 0) {
    lines.push('', text.summaryExtras);
    for (const { column, header } of report.extras) lines.push(`  ${column.padEnd(letterWidth)}  ${header}`);
  }

  const { problems } = report;
  lines.push('', text.problemsHeading);
  const before = lines.length;
  if (problems.missingIds > 0) lines.push(`  ${formatMessage(text.cliMissingIds, { count: problems.missingIds })}`);
  for (const { id, rows } of problems.duplicateIds) lines.push(`  ${formatMessage(text.problemDuplicateId, { id, rows: rows.join(', ') })}`);
  for (const problem of problems.invalidValues) {
    const where = formatMessage(text.problemInvalidValue, { row: problem.row, column: problem.header, reason: problem.message });
    lines.push(`  ${problem.column}${problem.row}  ${where}`);
  }
  if (problems.invalidCount > problems.invalidValues.length) {
    lines.push(`  ${formatMessage(text.listShownOf, { shown: problems.invalidValues.length, total: problems.invalidCount })}`);
  }
  if (lines.length === before) lines.push(`  ${text.problemsNone}`);
  return `${lines.join('\n')}\n`;
}

/** Reads the file and asks the add-on what its sidebar would show, with a progress bar on a terminal. */
async function inspect(file: string, language: Language, mode: DeploymentMode, io: CommandIO, json: boolean): Promise<{ input: InputFile; state: SidebarState }> {
  const text = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const input = await readInput(file);
    progress.phase(text.progressLoading);
    const { host } = openInAddon(input, language, mode);
    progress.phase(text.progressLooking);
    return { input, state: host.run<SidebarState>('getSidebarState') };
  } finally {
    progress.done();
  }
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const json = flagOption(values, 'json');

  const { input, state } = await inspect(file, language, modeOption(values), io, json);
  if (!state.summary) {
    throw noCustomerSheet(file);
  }
  const report = infoReport(file, input.format, state, state.summary);
  io.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderInfo(report, state));
  return 0;
}

export const infoCommand: Command = { spec, run };
