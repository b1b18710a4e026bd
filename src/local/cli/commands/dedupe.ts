/**
 * `clientele dedupe IN --clusters CLUSTERS.csv [--review REVIEW.csv] [--json]`: the add-on's
 * duplicate matcher on a file. CLUSTERS.csv has `row,cluster` for every data row (row = the
 * 1-based data row number in IN; rows judged the same customer share a cluster id);
 * REVIEW.csv lists the uncertain pairs for a person to look at.
 */
import type { DuplicateGroups } from '../../../server/dedupe/duplicates';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import { formatCsv } from '../../files/csvTable';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, modeOption, flagOption, inputFileArgument, OUTPUT_OPTIONS, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { noCustomerSheet, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput } from '../readInput';
import { refuseToOverwrite, writeFileWhole, writeOutput } from '../writeOutput';
import { fileFormatOf } from '../fileFormat';
import { takeTable } from '../../files/sheetTable';
import { MERGED_SHEET } from '../../../server/dedupe/merging';
import { sheetNamesOf } from '../../../core/i18n/sheetNames';
import type { Command, CommandIO } from './command';
import { automaticMergeGroups } from '../../../core/merge/automaticMerge';

const spec: CommandSpec = {
  name: 'dedupe',
  summary: 'sumDedupe',
  usage: 'IN --clusters CLUSTERS.csv [-o OUT] [--review REVIEW.csv] [--region CC] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    clusters: { type: 'string', valueName: 'FILE', description: 'optClusters' },
    review: { type: 'string', valueName: 'FILE', description: 'optReview' },
    region: { type: 'string', valueName: 'CC', description: 'optRegion' },
  },
};

/** `row,cluster` for every data row: rows in a group share the group's number, every other row gets its own. */
export function clusterRows(result: DuplicateGroups): (string | number)[][] {
  const clusterOf = new Map<number, number>();
  result.groups.forEach((group, index) => group.rows.forEach((row) => clusterOf.set(row - 1, index + 1)));
  let next = result.groups.length + 1;
  const rows: (string | number)[][] = [['row', 'cluster']];
  for (let row = 1; row <= result.dataRows; row += 1) rows.push([row, clusterOf.get(row) ?? next++]);
  return rows;
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const clustersFile = stringOption(values, 'clusters');
  const reviewFile = stringOption(values, 'review');
  const json = flagOption(values, 'json');
  const output = stringOption(values, 'output');
  if (!clustersFile && !reviewFile && !json && !output) throw usageError('errDedupeNeedsOutput');
  refuseToOverwrite([file], [
    { option: '-o', file: output },
    { option: '--clusters', file: clustersFile },
    { option: '--review', file: reviewFile },
  ]);
  const region = regionOption(values);
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);

  const text = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text, enabled: !json });
  let result: DuplicateGroups | null;
  try {
    progress.phase(formatMessage(text.progressReading, { file }));
    const input = await readInput(file);
    progress.phase(text.progressLoading);
    const { host, spreadsheetId } = openInAddon(input, language, modeOption(values));
    if (region) host.run('saveSettings', { language: null, defaultCountry: region });
    progress.phase(text.progressMatching);
    result = host.run<DuplicateGroups | null>('getDuplicates');
    // A file too big for one step is matched in several, as in the sidebar: each goes on from the last.
    while (result && !result.complete) {
      progress.rows(Math.round(result.progress * result.dataRows), result.dataRows);
      result = host.run<DuplicateGroups | null>('getDuplicates');
    }
    if (result) progress.rows(result.dataRows, result.dataRows);
    if (result && output) {
      // The merged file: every group merged into its survivor (but those held back, as a family's: they wait for a reviewer), the merged rows on a Merged sheet (XLSX only).
      host.run('mergeDuplicates', automaticMergeGroups(result.groups, 0));
      const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
      const names = [...input.tables.map((table) => table.name), ...(fileFormatOf(output) === 'xlsx' ? sheetNamesOf(MERGED_SHEET) : [])];
      const tables = names.filter((name) => spreadsheet.getSheetByName(name)).map((name) => ({ name, rows: takeTable(host, spreadsheetId, name) }));
      progress.phase(formatMessage(text.progressWriting, { file: output }));
      await writeOutput(output, tables, { timeZone: spreadsheet.getSpreadsheetTimeZone() });
    }
  } finally {
    progress.done();
  }
  if (!result) throw noCustomerSheet(file);
  // Data row numbers in the files: sheet row 2 is data row 1.
  const review = result.review.map((pair) => [pair.rowA - 1, pair.rowB - 1, Number(pair.probability.toFixed(4))]);
  if (clustersFile) await writeFileWhole(clustersFile, formatCsv(clusterRows(result)));
  if (reviewFile) await writeFileWhole(reviewFile, formatCsv([['row_a', 'row_b', 'probability'], ...review]));
  const summary = {
    file,
    rows: result.dataRows,
    groups: result.groups.length,
    rowsInGroups: result.groups.reduce((sum, group) => sum + group.rows.length, 0),
    review: review.length,
    pairsCompared: result.pairsCompared,
    complete: result.complete,
  };
  io.stdout.write(
    json
      ? `${JSON.stringify(summary)}\n`
      : `${formatMessage(text.cliDedupeSummary, { file, groups: summary.groups, rows: summary.rowsInGroups, review: summary.review, pairs: summary.pairsCompared })}\n`,
  );
  return 0;
}

export const dedupeCommand: Command = { spec, run };
