/**
 * `clientele clean IN -o OUT [--region CC] [--report REPORT.json]`: the add-on's "Clean customer
 * data" on a file. OUT has the same sheets, rows and columns in the same order; what cannot be
 * cleaned stays as it was and is listed in the report.
 */
import type { CleaningPreview } from '../../../core/cleaning/cleaningPreview';
import { sameCell } from '../../../core/cellBlock';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import type { CleaningPanel, CleaningStep } from '../../../server/cleaning/cleaning';
import { formatCsv } from '../../files/csvTable';
import { takeTable } from '../../files/sheetTable';
import type { CellValue } from '../../files/xlsxTable';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, OUTPUT_OPTIONS, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { noCustomerSheet, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { fileFormatOf, type FileFormat } from '../fileFormat';
import { readInput, type InputTable } from '../readInput';
import { refuseToOverwrite, writeFileWhole, writeOutput, type OutputTable } from '../writeOutput';
import type { Command, CommandIO } from './command';

const spec: CommandSpec = {
  name: 'clean',
  summary: 'sumClean',
  usage: 'IN -o OUT [--region CC] [--report REPORT.json] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    region: { type: 'string', valueName: 'CC', description: 'optRegionClean' },
    report: { type: 'string', valueName: 'FILE', description: 'optReport' },
  },
  details: 'detClean',
};

const csvText = (cell: CellValue, timeZone: string) => formatCsv([[cell]], { timeZone });

/**
 * The cells that differ between the file read and the file written, as the written format shows
 * them: in a CSV a date or amount typed as text and stored as a date or number reads the same,
 * so it is not counted; in an XLSX it is (the cell's type changed).
 */
export function changedCellCount(before: readonly InputTable[], after: readonly OutputTable[], format: FileFormat, timeZone: string): number {
  const same = format === 'csv'
    ? (a: CellValue, b: CellValue) => a === b || csvText(a, timeZone) === csvText(b, timeZone)
    : (a: CellValue, b: CellValue) => sameCell(a, b);
  let changed = 0;
  before.forEach((table, t) => {
    const rows = after[t]?.rows ?? [];
    const height = Math.max(table.rows.length, rows.length);
    for (let r = 0; r < height; r += 1) {
      const read = table.rows[r] ?? [];
      const written = rows[r] ?? [];
      const width = Math.max(read.length, written.length);
      for (let c = 0; c < width; c += 1) if (!same(read[c] ?? '', written[c] ?? '')) changed += 1;
    }
  });
  return changed;
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  if (!output) throw usageError('errNeedsOutputKept', { command: 'clean', file });
  const reportFile = stringOption(values, 'report');
  refuseToOverwrite([file], [{ option: '-o', file: output }, { option: '--report', file: reportFile }]);
  const region = regionOption(values);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const json = flagOption(values, 'json');
  const text = messagesFor(language);

  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  let preview: CleaningPreview;
  let changedCells: number;
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const input = await readInput(file);
    progress.phase(text.progressLoading);
    const { host, spreadsheetId } = openInAddon(input, language, modeOption(values));
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
    if (region) {
      host.run('saveSettings', { language: null, defaultCountry: region });
      spreadsheet.setSpreadsheetLocale(region === 'US' ? 'en_US' : `${language}_${region}`);
    }
    progress.phase(text.progressCleaning);
    const panel = host.run<CleaningPanel>('getCleaningPanel');
    if (!panel.preview) throw noCustomerSheet(file);
    preview = panel.preview;
    // A run that ran out of time says where the next goes on, as the sidebar's Apply again does.
    for (let fromRow: number | null = 2; fromRow !== null; ) {
      const result: CleaningStep = host.run<CleaningStep>('applyCleaning', [], fromRow);
      // Sheet rows: row 1 is the header.
      progress.rows(result.lastRowDone - 1, result.rows - 1);
      fromRow = result.nextRow;
    }
    progress.phase(formatMessage(text.progressWriting, { file: output }));
    // Rows and columns stay where they were, so the file's formulas, link targets and comments go back to their cells.
    const tables = input.tables.map((table) => ({ name: table.name, rows: takeTable(host, spreadsheetId, table.name), ...(table.extras ? { extras: table.extras } : {}) }));
    const format = fileFormatOf(output) ?? 'csv';
    changedCells = changedCellCount(input.tables, tables, format, spreadsheet.getSpreadsheetTimeZone());
    await writeOutput(output, tables, { timeZone: spreadsheet.getSpreadsheetTimeZone() });
  } finally {
    progress.done();
  }
  const report = { file, output, changedCells, fixes: preview.groups, issues: preview.issues, issueCount: preview.issueCount, suggestions: preview.suggestions };
  if (reportFile) await writeFileWhole(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout.write(
    json
      ? `${JSON.stringify({ file, output, changedCells: report.changedCells, issueCount: report.issueCount, suggestions: report.suggestions.length })}\n`
      : `${formatMessage(text.cliCleaned, { output, cells: report.changedCells, issues: report.issueCount, suggestions: report.suggestions.length })}${reportFile ? ` ${formatMessage(text.cliSeeReport, { file: reportFile })}` : ''}\n`,
  );
  return 0;
}

export const cleanCommand: Command = { spec, run };
