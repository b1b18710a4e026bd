/**
 * `clientele predict PURCHASES [--customers CUSTOMERS] [--until DATE] [--horizon DAYS] [-o OUT] [--json]`:
 * each customer's probability of being active, expected purchases, expected average spend and
 * lifetime value, from a file of purchases (customer, date, amount), through the add-on's own
 * predictions (the BG/NBD and Gamma–Gamma models, core/predict). `--until` ends the
 * calibration: later purchases are not fitted on and give the holdout accuracy.
 */
import path from 'node:path';
import { formatMessage } from '../../../core/i18n/formatMessage';
import { messagesFor, type Messages } from '../../../core/i18n/messages';
import { predictionProblemText } from '../../../core/predict/problemText';
import type { PurchasePredictionError, PurchasePredictionReport, PurchasePredictionRequest } from '../../../server/predict/predictions';
import { openInAddon } from '../addonSession';
import { COMMON_OPTIONS, flagOption, inputFileArgument, OUTPUT_OPTIONS, stringOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, usageError } from '../cliErrors';
import { chooseLanguage } from '../language';
import { startProgress } from '../progress';
import { readInput, type InputFile } from '../readInput';
import { refuseToOverwrite, writeOutput } from '../writeOutput';
import type { Command, CommandIO } from './command';
import { cellProblemText } from '../../../core/i18n/codeLabels';
import type { PurchaseCellReason } from '../../../core/predict/purchaseTable';

const spec: CommandSpec = {
  name: 'predict',
  summary: 'sumPredict',
  usage: 'PURCHASES [--customers CUSTOMERS] [--until YYYY-MM-DD] [--horizon DAYS] [-o OUT] [--json] [--lang xx]',
  options: {
    ...COMMON_OPTIONS,
    ...OUTPUT_OPTIONS,
    customers: { type: 'string', valueName: 'FILE', description: 'optPredictCustomers' },
    until: { type: 'string', valueName: 'YYYY-MM-DD', description: 'optUntil' },
    horizon: { type: 'string', valueName: 'DAYS', description: 'optHorizon' },
    'customer-column': { type: 'string', valueName: 'HEADER', description: 'optCustomerColumn' },
    'date-column': { type: 'string', valueName: 'HEADER', description: 'optDateColumn' },
    'amount-column': { type: 'string', valueName: 'HEADER', description: 'optAmountColumn' },
  },
  details: 'detPredict',
};

/** A cell the predictions could not read, as the sidebar words it. */
function purchaseCellText(text: Messages, problem: { row: number; header: string; value: string; reason: PurchaseCellReason }): string {
  const { reason } = problem;
  if (reason === 'blankCustomer' || reason === 'blankDate') {
    const blank = reason === 'blankCustomer' ? text.cliReasonBlankCustomer : text.cliReasonBlankDate;
    return formatMessage(text.problemInvalidValue, { row: problem.row, column: problem.header, reason: blank });
  }
  return cellProblemText(text, { ...problem, reason });
}

function dayOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw usageError('errDateOption', { option: name, value });
  return value;
}

function horizonOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 3650) throw usageError('errHorizon', { value });
  return days;
}

/** Both files in one spreadsheet, as a user would import them; a customer table named like a purchases table gets a suffix. */
function bothFiles(purchases: InputFile, customers: InputFile | null): { input: InputFile; customersSheet: string | null } {
  if (!customers) return { input: purchases, customersSheet: null };
  const taken = new Set(purchases.tables.map((table) => table.name));
  const renamed = customers.tables.map((table) => (taken.has(table.name) ? { ...table, name: `${table.name} (customers)` } : table));
  return { input: { ...purchases, tables: [...purchases.tables, ...renamed] }, customersSheet: renamed[0]?.name ?? null };
}

function failure(file: string, error: PurchasePredictionError, customersFile: string | undefined): CliError {
  switch (error.error) {
    case 'noSheet':
      return new CliError('errNoSheet', { sheet: error.sheet, file });
    case 'noColumns':
      return new CliError('errNoColumnAmong', { file, missing: error.missing.join(' / '), headers: error.headers.map((h) => `"${h}"`).join(', '), option: error.missing[0] ?? '' });
    case 'unknownHeader':
      return usageError('errNotAColumn', { option: error.field, header: error.header, file, headers: error.headers.map((h) => `"${h}"`).join(', ') });
    case 'noCustomerSheet':
      return new CliError('errNoCustomerList', { file: customersFile ?? error.sheet });
  }
}

const round = (value: number | null, digits: number) => (value === null ? '' : Number(value.toFixed(digits)));

function outputRows(report: PurchasePredictionReport, named: boolean): (string | number)[][] {
  const header = ['Customer', ...(named ? ['Name'] : []), 'Frequency', 'Recency (days)', 'T (days)', 'Probability active', `Expected purchases (${report.settings.horizonDays} days)`, 'Expected average spend', `Lifetime value (${Math.round(report.settings.valueHorizonDays / 30)} months)`, 'Note'];
  return [
    header,
    ...report.rows.map((row) => [
      row.customer,
      ...(named ? [row.name] : []),
      row.frequency ?? '',
      row.recency ?? '',
      row.T ?? '',
      round(row.probabilityActive, 4),
      round(row.expectedPurchases, 4),
      round(row.expectedAverageSpend, 2),
      round(row.lifetimeValue, 2),
      row.note ?? '',
    ]),
  ];
}

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  const file = inputFileArgument(spec, positionals);
  const output = stringOption(values, 'output');
  const customersFile = stringOption(values, 'customers');
  refuseToOverwrite(customersFile ? [file, customersFile] : [file], [{ option: '-o', file: output }]);
  const until = dayOption('until', stringOption(values, 'until'));
  const horizonDays = horizonOption(stringOption(values, 'horizon'));
  const language = chooseLanguage(stringOption(values, 'lang'), io.env);
  const json = flagOption(values, 'json');
  const columns = Object.fromEntries(
    (['customer', 'date', 'amount'] as const).flatMap((field) => {
      const header = stringOption(values, `${field}-column`);
      return header === undefined ? [] : [[field, header]];
    }),
  );

  const t = messagesFor(language);
  const progress = startProgress({ stream: io.stderr, text: t, enabled: !json });
  let report: PurchasePredictionReport;
  try {
    progress.phase(formatMessage(t.progressReading, { file }));
    const purchases = await readInput(file);
    if (customersFile) progress.phase(formatMessage(t.progressReading, { file: customersFile }));
    const customers = customersFile ? await readInput(customersFile) : null;
    progress.phase(t.progressFitting);
    const { input, customersSheet } = bothFiles(purchases, customers);
    const { host } = openInAddon(input, language);
    const request: PurchasePredictionRequest = { sheet: purchases.tables[0]!.name, customersSheet, columns, until: until ?? null, horizonDays: horizonDays ?? null };
    const result = host.run<PurchasePredictionReport | PurchasePredictionError>('getPurchasePredictions', request);
    if ('error' in result) throw failure(file, result, customersFile);
    report = result;
    if (output) {
      progress.phase(formatMessage(t.progressWriting, { file: output }));
      await writeOutput(output, [{ name: path.basename(output, path.extname(output)) || 'Predictions', rows: outputRows(report, customersSheet !== null), textColumns: [0] }]);
    }
  } finally {
    progress.done();
  }
  for (const problem of report.cellProblems) {
    const consequence = problem.reason === 'notNumber' ? t.cliPredictAmountLeftOut : t.cliPredictRowLeftOut;
    io.stderr.write(`${problem.column}${problem.row}: ${formatMessage(consequence, { problem: purchaseCellText(t, problem) })}\n`);
  }
  if (json) {
    const { model, spend } = report;
    io.stdout.write(`${JSON.stringify({
      file,
      output: output ?? null,
      purchases: report.purchases,
      customers: report.customers,
      repeatCustomers: report.repeatCustomers,
      until: report.until,
      model,
      spend,
      holdout: report.holdout,
      settings: report.settings,
      problems: report.problems,
      unreadable: report.cellProblems.length,
      notYetCustomers: report.notYetCustomers,
    })}\n`);
    return 0;
  }
  const lines = [formatMessage(t.cliPredictPurchases, { file, purchases: report.purchases, sameDay: report.sameDayPurchases, until: report.until })];
  lines.push(formatMessage(t.predictFitted, { customers: report.customers, repeat: report.repeatCustomers }));
  if (report.model) {
    const { r, alpha, a, b, logLikelihood, chiSquare, degreesOfFreedom, pValue } = report.model;
    lines.push(`BG/NBD: r = ${r.toFixed(4)}, α = ${alpha.toFixed(3)} days, a = ${a.toFixed(4)}, b = ${b.toFixed(4)}; ln L = ${logLikelihood.toFixed(1)}; χ² = ${chiSquare.toFixed(1)} (${degreesOfFreedom} df${pValue === null ? '' : `, p = ${pValue.toPrecision(2)}`})`);
  }
  if (report.spend) lines.push(`Gamma–Gamma: p = ${report.spend.p.toFixed(3)}, q = ${report.spend.q.toFixed(3)}, γ = ${report.spend.gamma.toFixed(3)} (${report.spend.customers} repeat customers)`);
  if (report.holdout) lines.push(formatMessage(t.cliPredictHoldout, { days: report.holdout.days, until: report.until, actual: report.holdout.actual, predicted: report.holdout.predicted.toFixed(1) }));
  for (const problem of report.problems) lines.push(predictionProblemText(t, problem));
  if (report.model) {
    const months = Math.round(report.settings.valueHorizonDays / 30);
    lines.push('', t.predictAliveLine, formatMessage(t.predictPurchasesLine, { days: report.settings.horizonDays }), t.predictSpendLine, formatMessage(t.predictValueLine, { months, rate: report.settings.annualDiscountRate * 100 }));
  }
  if (output) lines.push('', formatMessage(t.cliPredictWritten, { output, count: report.rows.length }));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export const predictCommand: Command = { spec, run };
