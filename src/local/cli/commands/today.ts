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
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, flagOption, inputFileArgument, modeOption, regionOption, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, noCustomerSheet } from '../cliErrors';
import { chooseLanguage } from '../language';
import { readInput } from '../readInput';
import type { Command, CommandIO } from './command';
import { todayOption } from './segments';

/** The sheet the purchases go in: the name the Purchases sheet has in English. */
const PURCHASES_SHEET = 'Purchases';

const spec: CommandSpec = {
  name: 'today',
  summary: 'Print the day’s digest: birthdays, festivals, recalls, follow-ups, detractors, win-back.',
  usage: 'CUSTOMERS [--purchases PURCHASES] [--today YYYY-MM-DD] [--recalls TEXT] [--region CC] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    purchases: { type: 'string', valueName: 'FILE', description: 'purchases with columns date, customer and amount (item and currency if any)' },
    today: { type: 'string', valueName: 'YYYY-MM-DD', description: 'the day the digest is for (default: today)' },
    recalls: { type: 'string', valueName: 'TEXT', description: 'services to recall, "name: days" separated by ";" (e.g. "check-up: 180; haircut: 30")' },
    region: { type: 'string', valueName: 'CC', description: 'the shop’s country for phones without a code and festival lists, e.g. KZ' },
  },
  details: [
    'Birthdays come from the birth date column, anniversaries from Created (customer since); a date typed',
    'in Solar Hijri recurs on its Solar Hijri day, a date cell in a Persian spreadsheet too. 29 February is',
    'greeted on 28 February and Esfand 30 on Esfand 29 in years without them. PURCHASES is read as the',
    'Purchases sheet: rows are linked to customers by ID, email or phone (never by name alone).',
    'With --json, stdout holds {today, birthdays, anniversaries, festivals, recallsDue, followUpsDue,',
    'detractors, winBack, tierChanges, withheld}; each entry has id and name, a birthday its "date"',
    '(YYYY-MM-DD, the Gregorian day of this year’s celebration). Follow-ups due need the Interactions sheet.',
  ].join('\n'),
};

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const today = todayOption(stringOption(values, 'today'));
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const region = regionOption(values);
  const input = await readInput(file);
  if (input.tables.some((table) => table.name === PURCHASES_SHEET)) throw new CliError(`${file} already has a sheet named ${PURCHASES_SHEET}: give the purchases with --purchases only`);
  const { host, spreadsheetId } = openInAddon(input, language, modeOption(values));
  const purchasesFile = stringOption(values, 'purchases');
  if (purchasesFile) {
    const [table] = (await readInput(purchasesFile)).tables;
    if (!table) throw new CliError(`${purchasesFile}: no purchases in it`);
    putTable(host, spreadsheetId, PURCHASES_SHEET, table.rows);
  }
  if (region) host.run('saveSettings', { language: null, defaultCountry: region });
  const recalls = stringOption(values, 'recalls');
  if (recalls !== undefined) {
    const problems = host.run<{ line: number; text: string }[]>('saveKeepInTouchSettings', { recallServices: recalls.split(';').join('\n') });
    for (const problem of problems) io.stderr.write(`--recalls: “${problem.text}” is not “name: days”, left out\n`);
  }
  const report = host.run<TodayDigestReport | { error: string }>('getTodayDigest', today);
  if ('error' in report) throw noCustomerSheet(file);
  const { purchases } = report;
  if (purchasesFile) {
    const name = path.basename(purchasesFile);
    if (purchases.missingColumns.length > 0) throw new CliError(`${name}: no ${purchases.missingColumns.join(' or ')} column (headers such as Date, Customer, Amount in any of the six languages)`);
    if (purchases.unlinked > 0) io.stderr.write(`${name}: rows that name no customer by ID, email or phone, left out: ${purchases.unlinked}\n`);
    if (purchases.unreadableRows.length > 0) io.stderr.write(`${name}: rows ${purchases.unreadableRows.join(', ')} have a date or amount that cannot be read, left out\n`);
  }
  if (flagOption(values, 'json')) {
    io.stdout.write(`${JSON.stringify(report.digest)}\n`);
    return 0;
  }
  io.stdout.write(`${report.subject}\n\n${report.text}\n`);
  return 0;
}

export const todayCommand: Command = { spec, run };
