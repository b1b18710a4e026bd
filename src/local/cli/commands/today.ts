/**
 * `clientele today CUSTOMERS [--purchases PURCHASES] [--today DATE] [--recalls TEXT] [--json]`:
 * the day's digest as the owner's email reads it — birthdays and anniversaries from today
 * through the next 7 days in each customer's calendar, festivals, recalls due, follow-ups,
 * detractors to call, win-back and tier changes — run by the built add-on (getTodayDigest).
 * Only customers who agreed to be contacted and are not on the suppression list are listed.
 */
import path from 'node:path';
import type { TodayDigestReport } from '../../../server/keepInTouch/todayDigest';
import { putTable } from '../../files/sheetTable';
import type { CellValue } from '../../files/xlsxTable';
import { PURCHASES } from '../../../core/purchases/historySheets';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, flagOption, inputFileArgument, modeOption, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, noCustomerSheet } from '../cliErrors';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor } from '../../../core/i18n/messages';
import { chooseLanguage } from '../language';
import { readInput } from '../readInput';
import type { Command, CommandIO } from './command';
import { todayOption } from './segments';

/** The sheet the purchases go in: the name the Purchases sheet has in English. */
const PURCHASES_SHEET = 'Purchases';

const spec: CommandSpec = {
  name: 'today',
  summary: 'sumToday',
  usage: 'CUSTOMERS [--purchases PURCHASES] [--today YYYY-MM-DD] [--recalls TEXT] [--points-per-unit N] [--points-per-visit N] [--levels TEXT] [--region CC] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    purchases: { type: 'string', valueName: 'FILE', description: 'optTodayPurchases' },
    today: { type: 'string', valueName: 'YYYY-MM-DD', description: 'optTodayToday' },
    recalls: { type: 'string', valueName: 'TEXT', description: 'optRecalls' },
    'points-per-unit': { type: 'string', valueName: 'N', description: 'optPointsPerUnit' },
    'points-per-visit': { type: 'string', valueName: 'N', description: 'optPointsPerVisit' },
    levels: { type: 'string', valueName: 'TEXT', description: 'optLevels' },
    region: { type: 'string', valueName: 'CC', description: 'optRegionToday' },
  },
  details: 'detToday',
};

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const today = todayOption(stringOption(values, 'today'));
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const text = messagesFor(language);
  const region = regionOption(values);
  const input = await readInput(file);
  if (input.tables.some((table) => table.name === PURCHASES_SHEET)) throw new CliError('errHasPurchasesSheet', { file, sheet: PURCHASES_SHEET });
  const { host, spreadsheetId } = openInAddon(input, language, modeOption(values));
  const purchasesFile = stringOption(values, 'purchases');
  if (purchasesFile) {
    const [table] = (await readInput(purchasesFile)).tables;
    if (!table) throw new CliError('errNoPurchases', { file: purchasesFile });
    putTable(host, spreadsheetId, PURCHASES_SHEET, withoutCounted(table.rows));
  }
  if (region) host.run('saveSettings', { language: null, defaultCountry: region });
  const recalls = stringOption(values, 'recalls');
  if (recalls !== undefined) {
    const problems = host.run<{ line: number; text: string }[]>('saveKeepInTouchSettings', { recallServices: recalls.split(';').join('\n') });
    for (const problem of problems) io.stderr.write(`${formatMessage(text.cliTodayRecallLeftOut, { text: problem.text })}\n`);
  }
  saveLoyaltyRule(host, values);
  const report = host.run<TodayDigestReport | { error: string }>('getTodayDigest', today);
  if ('error' in report) throw noCustomerSheet(file);
  const { purchases } = report;
  if (purchasesFile) {
    const name = path.basename(purchasesFile);
    if (purchases.missingColumns.length > 0) throw new CliError('errNoPurchaseColumns', { file: name, missing: purchases.missingColumns.join(' / ') });
    if (purchases.unlinked > 0) io.stderr.write(`${formatMessage(text.cliTodayUnlinked, { file: name, count: purchases.unlinked })}\n`);
    if (purchases.unreadableRows.length > 0) io.stderr.write(`${formatMessage(text.cliTodayUnreadable, { file: name, rows: purchases.unreadableRows.join(', ') })}\n`);
  }
  if (flagOption(values, 'json')) {
    io.stdout.write(`${JSON.stringify(report.digest)}\n`);
    return 0;
  }
  io.stdout.write(`${report.subject}\n\n${report.text}\n`);
  return 0;
}

/**
 * The file's rows without a Counted column (a Purchases sheet saved from Google Sheets has one):
 * its cells are what that sheet counted when it was saved, and a file may have been edited since.
 * Without it the add-on reads and links every row of the file, and says which it could not.
 */
function withoutCounted(rows: CellValue[][]): CellValue[][] {
  const counted = PURCHASES.recognise(rows[0] ?? []).counted;
  return counted === undefined ? rows : rows.map((row) => row.filter((_, column) => column !== counted));
}

/**
 * The loyalty programme from the command line, read as the Keep in touch settings form reads it
 * (same checks, same messages): points over all time, levels "name: threshold" separated by ";".
 */
function saveLoyaltyRule(host: ReturnType<typeof openInAddon>['host'], values: ParsedCommandLine['values']): void {
  const perUnit = stringOption(values, 'points-per-unit');
  const perVisit = stringOption(values, 'points-per-visit');
  const levels = stringOption(values, 'levels');
  if (perUnit === undefined && perVisit === undefined && levels === undefined) return;
  const loyaltyForm = { pointsPerUnit: perUnit ?? '', pointsPerVisit: perVisit ?? '', currency: '', tiers: (levels ?? '').split(';').join('\n'), tierWindow: 'allTime' };
  try {
    host.run('saveKeepInTouchSettings', { loyaltyForm });
  } catch (error) {
    throw new CliError({ text: error instanceof Error ? error.message : String(error) }, {}, 2);
  }
}

export const todayCommand: Command = { spec, run };
