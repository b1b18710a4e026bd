/**
 * Every action of the built add-on (dist/Code.js in a vm, as pushed) on 10,000 and 100,000
 * customers (with ten purchases each: 100,000 and 1,000,000), with the time the host's cost
 * model (src/local/executionCost.ts) estimates it would take on Apps Script: service calls,
 * cells read and written, Node CPU time, and the typical and high estimates. The issue's rule: every action fits in 4 minutes estimated (typical), or runs
 * in resumable steps of which each fits. A step past 6 minutes typical would fail on Google.
 * Actions run in the order a new user takes them, on one spreadsheet; limits are not enforced
 * here (the host estimates only), so that an action past them is measured, not stopped.
 *
 *   npm run bench -- appsScriptTime          (APPS_SCRIPT_TIME_ROWS=10000 for one size)
 */
import { multilingualTestSet } from '../test/support/dedupeTestSet';
import { submitFormResponse } from '../src/local/formSubmissions';
import type { ExecutionEstimate } from '../src/local/executionTime';
import type { LocalHost } from '../src/local/localHost';
import { resolveColumns } from '../src/core/customerColumns';
import { builtAddonOn, printTable } from './figures';
import { purchaseRows, putPurchasesSheet } from './purchaseTables';

const PURCHASES_PER_CUSTOMER = 10;
const SIZES = process.env.APPS_SCRIPT_TIME_ROWS ? [Number(process.env.APPS_SCRIPT_TIME_ROWS)] : [10_000, 100_000];
const TODAY = new Date('2026-11-23T09:00:00Z');
const DAY_MS = 86_400_000;
const FITS_SECONDS = 4 * 60;
const LIMIT_SECONDS = 6 * 60;
const SOURCES = ['Instagram', 'инста', 'от подруги', 'Google Maps', '2ГИС', '朋友推荐', 'walked by', 'Telegram', 'دوست', ''];

/** The generated multilingual customers (with their duplicates), plus the columns NPS, insights, the dashboard and predictions read. */
function customerTable(count: number): (string | number | Date)[][] {
  const [header, ...rows] = multilingualTestSet(count, 11).table;
  return [
    [...header!, 'How did you hear about us', 'Last purchase', 'Total spent', 'NPS', 'Notes', 'Purchases', 'First purchase'],
    ...rows.map((row, i) => {
      const last = TODAY.getTime() - ((i * 7919) % 730) * DAY_MS;
      const purchases = 1 + ((i * 31) % 12);
      const first = purchases === 1 ? last : last - (1 + ((i * 613) % 900)) * DAY_MS;
      return [...row, SOURCES[i % SOURCES.length]!, new Date(last), (i * 104729) % 90_000, i % 11, i % 5 === 0 ? 'waited too long' : '', purchases, new Date(first)];
    }),
  ];
}

interface RestoreAnswer {
  done: boolean;
  message: string;
}

interface Measured {
  action: string;
  steps: number;
  /** The message the action failed with (a bug at this size, shown in the table rather than stopping the bench). */
  error?: string;
  /** The costliest step, and the sums over all steps. */
  worst: ExecutionEstimate;
  totalTypical: number;
}

/** Runs `step` until `done` says so (once for a one-step action), keeping the execution estimates. */
function measured(host: LocalHost, action: string, step: () => unknown, done: (answer: unknown) => boolean = () => true, refusal: (answer: unknown) => string | undefined = () => undefined): Measured {
  const estimates: ExecutionEstimate[] = [];
  let error: string | undefined;
  for (let answer: unknown; estimates.length < 500; ) {
    try {
      answer = step();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    estimates.push(host.executionTime.last!);
    error ??= refusal(answer);
    if (error || done(answer)) break;
  }
  const worst = estimates.reduce((a, b) => (b.seconds.typical > a.seconds.typical ? b : a));
  return { action, steps: estimates.length, error, worst, totalTypical: estimates.reduce((sum, e) => sum + e.seconds.typical, 0) };
}

function verdict(m: Measured): string {
  if (m.error) return `FAILS: ${m.error}`;
  const { typical, high } = m.worst.seconds;
  const stepped = m.steps > 1 ? ` (each of ${m.steps} steps)` : '';
  if (typical > LIMIT_SECONDS) return `NO: fails at 6 min${stepped}`;
  if (typical > FITS_SECONDS) return `NO: over 4 min${stepped}`;
  return `yes${stepped}${high > LIMIT_SECONDS ? ', at risk (high > 6 min)' : ''}`;
}

/** The hour passes until the document's scheduler fires and runs a step of the backup (the firings before its hour run nothing). */
function schedulerFiringThatBacksUp(host: LocalHost): void {
  for (let hours = 0; hours < 48; hours++) {
    const runs = host.letTimePass(60 * 60_000);
    if (runs.some((r) => (r.result as { ran?: string[] } | undefined)?.ran?.includes('backup'))) return;
  }
  throw new Error('The scheduler did not run the scheduled backup within two days.');
}

/** Whether a backup is half done, read from the host's document properties (not an execution of the add-on). */
function backupWaiting(host: LocalHost): boolean {
  const properties = host.propertiesService.exportState().documents[host.activeSpreadsheetId()!] ?? {};
  return properties['clientele.backupJob'] !== undefined;
}

function importSource(count: number) {
  const rows = [['Name', 'Email', 'Phone'], ...Array.from({ length: count }, (_, i) => [`Lead ${i}`, `lead${i}@example.org`, `+7702${String(i).padStart(7, '0')}`])];
  return { kind: 'rows', name: 'leads.csv', rows };
}

function actions(host: LocalHost): Measured[] {
  const run = (name: string, ...args: unknown[]) => () => host.run(name, ...args);
  const out: Measured[] = [];
  // Each action is told on stderr as it ends: at 100,000 rows the whole run takes a long while.
  const push = out.push.bind(out);
  out.push = (...items: Measured[]) => {
    for (const m of items) console.error(`${m.action}: ${m.steps} step(s), costliest ${m.worst.seconds.typical.toFixed(1)} s typical / ${m.worst.seconds.high.toFixed(1)} s high${m.error ? `, ${m.error}` : ''}`);
    return push(...items);
  };
  const one = (action: string, step: () => unknown) => out.push(measured(host, action, step));
  one('open the spreadsheet (onOpen)', () => host.openDocument(true));
  one('save settings', run('saveSettings', { language: 'en', defaultCountry: 'KZ' }));
  one('set up customer sheet', run('setUpCustomerSheet'));
  one('sidebar state', run('getSidebarState'));
  one('cleaning preview', run('getCleaningPanel'));
  one('cleaning apply', run('applyCleaning', []));
  one('undo', run('undoLastAction'));
  one('data quality report', run('getDataQuality'));
  one('data quality to sheet', run('writeDataQuality'));
  let groups: number[][] = [];
  out.push(measured(host, 'find duplicates', run('getDuplicates'), (answer) => {
    const result = answer as { complete: boolean; groups: { rows: number[] }[] } | null;
    groups = result?.groups.slice(0, 20).map((g) => g.rows) ?? [];
    return !result || result.complete;
  }));
  one(`merge ${groups.length} duplicate groups`, run('mergeDuplicates', groups));
  one('NPS report', run('getNpsReport', {}));
  one('update dashboard', run('updateDashboard', TODAY.toISOString()));
  one('update follow-up list', run('updateFollowUpList', TODAY.toISOString()));
  one('insights', run('getInsights', TODAY.toISOString()));
  one('update predictions', run('updatePredictions', TODAY.toISOString()));
  one('create form', run('createForm'));
  const form = host.formApp.listForms()[0]!;
  const titles = form.items.map((item) => item.title);
  one('form submit (onFormSubmit trigger)', () => submitFormResponse(host, form.id, { [titles[0]!]: 'Dana Sultanova', [titles[1]!]: 'dana@example.kz' }));
  one('import preview, 1,000 rows', run('previewContactImport', importSource(1_000)));
  let from = 2;
  out.push(measured(host, 'import 1,000 rows', () => host.run('importContactRows', importSource(1_000), from), (answer) => {
    const next = (answer as { nextRow: number | null }).nextRow;
    if (next !== null) from = next;
    return next === null;
  }));
  let backupId = '';
  out.push(measured(host, 'back up now', run('backUpNow'), (answer) => {
    const { progress } = answer as { progress: { done: boolean; record: { id: string } | null } };
    if (progress.record) backupId = progress.record.id;
    return progress.done;
  }));
  one('verify backup', run('verifyBackup', backupId));
  let previewFrom: number | null = 0;
  out.push(measured(host, 'restore preview', () => host.run('getRestorePreview', backupId, previewFrom), (answer) => {
    previewFrom = 'next' in (answer as object) ? (answer as { next: number | null }).next : null;
    return previewFrom === null;
  }));
  // The sidebar calls a restore again until it says it is done.
  const restored = (answer: unknown) => (answer as { done: boolean }).done;
  // A restore that ends without restoring says why in its message (English: the bench's settings).
  const notRestored = (answer: unknown) => {
    const { done, message } = answer as RestoreAnswer;
    return done && !message.startsWith('Restored ') ? message : undefined;
  };
  out.push(measured(host, 'restore into new tabs', run('restoreBackup', backupId, 'newTabs'), restored, notRestored));
  out.push(measured(host, 'restore, replacing', run('restoreBackup', backupId, 'replace'), restored, notRestored));
  one('schedule backups', run('scheduleBackups', { every: 'day', hour: 3 }));
  out.push(measured(host, 'scheduled backup (scheduler trigger)', () => schedulerFiringThatBacksUp(host), () => !backupWaiting(host)));
  const name = 'Sheet1';
  const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed(name)!;
  one('edit stamping: type one cell', () => host.userEdit(name, 2, 2, 'Edited Name'));
  const below = sheet.getLastRow() + 1;
  sheet.insertRowsAfter(sheet.getMaxRows(), 600);
  one('edit stamping: paste 500 names', () => host.userPaste(name, below, 2, Array.from({ length: 500 }, (_, i) => [`Pasted ${i}`])));
  const email = String(sheet.getRange(3, 1, 1, sheet.getLastColumn()).getValues()[0]!.find((v) => String(v).includes('@')) ?? '');
  one('privacy: find customer', run('findCustomerForPrivacy', email));
  one('privacy: export', run('exportCustomerData', email));
  one('privacy: erasure preview', run('getErasurePreview', email));
  one('privacy: erase', run('eraseCustomer', email));
  purchaseActions(host, one, out);
  return out;
}

/**
 * Purchases: ten per customer on a narrow Purchases sheet (purchaseTables.ts), by customer ID;
 * Recalculate totals in its steps, the card searched by ID (both its calls) and by the selected row, and one
 * purchase typed (the edit trigger).
 */
function purchaseActions(host: LocalHost, one: (action: string, step: () => unknown) => void, out: Measured[]): void {
  const model = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
  const customers = model.sheetNamed('Sheet1')!;
  const table = customers.getDataRange().getValues();
  const idColumn = resolveColumns(table[0] ?? []).roles.id!;
  const ids = table.slice(1).map((row) => String(row[idColumn])).filter(Boolean);
  const count = ids.length * PURCHASES_PER_CUSTOMER;
  putPurchasesSheet(host, purchaseRows(count, ids.length, (customer) => ids[customer]!));
  one('set up purchases', () => host.run('setUpPurchases'));
  out.push(measured(host, `Recalculate totals, ${count.toLocaleString('en-US')} purchases`, () => host.run('recalculateTotals'), (answer) => (answer as { done: boolean }).done));
  // The card's first call (it opens) and its second (the purchases and the RFM rank come).
  let opened: { card: { customerId: string }; row: number } | undefined;
  one('customer card opens (search by ID)', () => (opened = host.run('getCustomerCard', ids[41])));
  one('customer card, purchases and RFM (second call)', () => host.run('getCustomerCardPurchases', opened!.card.customerId, opened!.row));
  host.userSelect('Sheet1', 43, 2);
  one('customer card opens (selected row)', () => host.run('getCustomerCard'));
  const purchases = model.sheetNamed('Purchases')!;
  purchases.insertRowsAfter(purchases.getMaxRows(), 10);
  one('type one purchase (edit trigger)', () => host.userPaste('Purchases', count + 2, 1, [['2026-11-20', ids[41]!, '', '12000']]));
}

export function run(): void {
  const table: (string | number)[][] = [];
  for (const rows of SIZES) {
    const host = builtAddonOn(customerTable(rows), { executionTime: { enforce: false } });
    for (const m of actions(host)) {
      const { worst } = m;
      table.push([
        m.action, rows, m.steps, worst.totalCalls, worst.cellsRead, worst.cellsWritten, worst.bytes / 1e6, worst.cpuMs,
        worst.seconds.typical, worst.seconds.high, m.steps > 1 ? m.totalTypical : '', verdict(m),
      ]);
    }
  }
  printTable(['action', 'rows', 'steps', 'service calls', 'cells read', 'cells written', 'Drive MB', 'Node CPU ms', 'Apps Script s (typical)', 'Apps Script s (high)', 'all steps s', 'fits 4 min?'], table);
  console.log('Per step: the costliest step of a resumable action. Estimates: src/local/executionCost.ts (sources there).');
}
