/**
 * `clientele clean IN -o OUT [--region CC] [--report REPORT.json]`: the add-on's "Clean customer
 * data" on a file. OUT has the same sheets, rows and columns in the same order; what cannot be
 * cleaned stays as it was and is listed in the report.
 */
import { writeFile } from 'node:fs/promises';
import type { CleaningPreview } from '../../../core/cleaning/cleaningPreview';
import type { CleaningPanel } from '../../../server/cleaning/cleaning';
import { takeTable } from '../../files/sheetTable';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, OUTPUT_OPTIONS, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { noCustomerSheet, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput } from '../readInput';
import { refuseToOverwriteInput, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';

const spec: CommandSpec = {
  name: 'clean',
  summary: 'Clean a customer file: spaces, digits, names, emails, phones, countries, dates and amounts.',
  usage: 'IN -o OUT [--region CC] [--report REPORT.json] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    region: { type: 'string', valueName: 'CC', description: 'default country for phone numbers, e.g. KZ (two letters); US also reads 3/5/2026 as March 5' },
    report: { type: 'string', valueName: 'FILE', description: 'write what was fixed, what could not be, and the suggestions, as JSON' },
  },
  details: [
    'Suggestions (likely email typos such as gmial.com) are never applied: they are listed in the report.',
    'Values that cannot be cleaned are left exactly as they were and listed with their row and column.',
  ].join('\n'),
};

/** Apps Script's time budget can stop one cleaning before the end of a very large file: clean until done. */
const MAX_ROUNDS = 20;

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  if (!output) throw usageError(`clean needs -o OUT: the cleaned file is written there and ${file} stays as it was`);
  refuseToOverwriteInput(file, output);
  const region = regionOption(values);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const json = flagOption(values, 'json');

  const progress = startProgress({ stream: io.stderr, total: 4, enabled: !json });
  const text = messagesFor(language);
  let preview: CleaningPreview;
  try {
    progress.step(formatMessage(text.cliReading, { file }));
    const input = await readInput(file);
    progress.step(text.cliLoadingAddon);
    const { host, spreadsheetId } = openInAddon(input, language, modeOption(values));
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
    if (region) {
      host.run('saveSettings', { language: null, defaultCountry: region });
      spreadsheet.setSpreadsheetLocale(region === 'US' ? 'en_US' : `${language}_${region}`);
    }
    progress.step(text.cliCleaning);
    const panel = host.run<CleaningPanel>('getCleaningPanel');
    if (!panel.preview) throw noCustomerSheet(file);
    preview = panel.preview;
    host.run('applyCleaning', []);
    for (let round = 1; round < MAX_ROUNDS && !host.run<CleaningPanel>('getCleaningPanel').preview?.complete; round += 1) host.run('applyCleaning', []);
    progress.step(formatMessage(text.cliWriting, { file: output }));
    const tables = input.tables.map((table) => ({ name: table.name, rows: takeTable(host, spreadsheetId, table.name) }));
    await writeOutput(output, tables, { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  } finally {
    progress.done();
  }
  const report = { file, output, changedCells: preview.changedCells, fixes: preview.groups, issues: preview.issues, issueCount: preview.issueCount, suggestions: preview.suggestions };
  const reportFile = stringOption(values, 'report');
  if (reportFile) await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout.write(
    json
      ? `${JSON.stringify({ file, output, changedCells: report.changedCells, issueCount: report.issueCount, suggestions: report.suggestions.length })}\n`
      : `${formatMessage(text.cliCleaned, { output, cells: report.changedCells, issues: report.issueCount, suggestions: report.suggestions.length })}${reportFile ? ` ${formatMessage(text.cliSeeReport, { file: reportFile })}` : ''}\n`,
  );
  return 0;
}

export const cleanCommand: Command = { spec, run };
