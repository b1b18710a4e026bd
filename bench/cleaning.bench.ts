/**
 * Clean customer data on the built add-on (dist/Code.js in a vm) for 10,000 and 100,000
 * realistic rows (the demo customers, 12 columns, with unique phones and emails): time of preview and apply,
 * the process's peak memory, and Apps Script service calls (which must not grow with rows); then the
 * undo log the apply wrote: changed cells, the log's cells and characters.
 */
import { DEMO_COLUMNS, demoCustomerTable } from '../src/local/demo/demoCustomers';
import { UNDO_SHEET } from '../src/core/undoLog';
import type { CleaningPanel } from '../src/server/cleaning/cleaning';
import { builtAddonOn, measure, printTable } from './figures';

const SIZES = [10_000, 100_000];

/** A digit string's last four digits replaced by n, keeping whatever formatting the number had. */
function varyDigits(text: string, n: number): string {
  const digits = String(n % 10_000).padStart(4, '0').split('');
  let out = '';
  for (let i = text.length - 1; i >= 0; i -= 1) {
    const ch = text[i]!;
    out = (digits.length > 0 && /[0-9]/.test(ch) ? digits.pop()! : ch) + out;
  }
  return out;
}

/**
 * The demo customers repeated, but with every phone number and email address made unique
 * (as in a real list), so that no cleaner is paid for once and reused.
 */
function rows(count: number) {
  const [header, ...body] = demoCustomerTable();
  const phone = DEMO_COLUMNS.phone;
  const email = DEMO_COLUMNS.email;
  return [
    header!,
    ...Array.from({ length: count }, (_, i) => {
      const row = [...body[i % body.length]!];
      if (typeof row[phone] === 'string') row[phone] = varyDigits(row[phone] as string, i);
      if (typeof row[email] === 'string' && (row[email] as string).includes('@')) row[email] = `c${i}.${row[email] as string}`;
      return row;
    }),
  ];
}

export function run(): void {
  const results: (string | number)[][] = [];
  const logs: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = builtAddonOn(rows(size));
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    for (const [label, action, args] of [['preview', 'getCleaningPanel', []], ['apply', 'applyCleaning', [[]]], ['undo', 'undoLastAction', []]] as const) {
      host.ctx.calls.reset();
      const figures = measure(() => host.run(action, ...args));
      results.push([label, size, 12, figures.ms / 1000, process.resourceUsage().maxRSS / 1024, host.ctx.calls.total()]);
      if (action === 'applyCleaning') logs.push([size, ...undoLogSize(host)]);
    }
  }
  printTable(['action', 'rows', 'columns', 'seconds', 'peak RSS MiB', 'service calls'], results);
  printTable(['rows', 'cells changed', 'undo log rows', 'undo log cells', 'undo log characters'], logs);
}

function undoLogSize(host: ReturnType<typeof builtAddonOn>): number[] {
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
  const log = spreadsheet.getSheetByName(UNDO_SHEET)!.getDataRange().getValues();
  const changed = host.run<CleaningPanel>('getCleaningPanel').undo?.cells ?? 0;
  const characters = log.reduce((sum, row) => sum + row.reduce<number>((s, cell) => s + String(cell).length, 0), 0);
  return [changed, log.length - 1, (log.length - 1) * (log[0]?.length ?? 0), characters];
}
