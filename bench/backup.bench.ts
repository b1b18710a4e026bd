/**
 * Backups on the built add-on (dist/Code.js in a vm, as pushed): a 1,000,000-cell and a
 * ~10,000,000-cell customer sheet (Google's limit per spreadsheet) backed up with Back up now,
 * called again until done as the sidebar does. Figures: steps, time, service calls per step,
 * parts, bytes written, heap. Each step stops after its 4-minute budget; the calls per step do
 * not grow with the rows.
 */
import { builtAddonOn, measure, printTable } from './figures';
import type { LocalHost } from '../src/local/localHost';

const COLUMNS = 10;
const SIZES = [100_000, Number(process.env.BACKUP_BENCH_MAX_ROWS ?? 999_000)];

const HEADERS = ['Name', 'Phone', 'Email', 'City', 'Country', 'Total spent', 'NPS', 'Notes', 'Source', 'Customer ID'];

function customerRow(i: number): (string | number)[] {
  return [`Customer ${i}`, `+7701${String(i).padStart(7, '0')}`, `c${i}@example.com`, 'Алматы', 'KZ', i % 500, i % 11, i % 7 === 0 ? 'VIP' : '', 'Instagram', `C-${String(i).padStart(7, '0')}`];
}

/** Fills Sheet1 in blocks (a single table of millions of rows is too large to build at once). */
function fillSheet(host: LocalHost, count: number): void {
  const sheet = host.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Sheet1')!;
  // Ten columns only, so that the sheet fits within the 10,000,000-cell limit.
  if (sheet.getMaxColumns() > COLUMNS) sheet.deleteColumns(COLUMNS + 1, sheet.getMaxColumns() - COLUMNS);
  sheet.insertRowsAfter(sheet.getMaxRows(), count + 1 - sheet.getMaxRows());
  const block = 50_000;
  for (let first = 1; first <= count; first += block) {
    const rows = Array.from({ length: Math.min(block, count - first + 1) }, (_, k) => customerRow(first + k));
    sheet.getRange(first + 1, 1, rows.length, COLUMNS).setValues(rows);
  }
}

interface Step {
  progress: { done: boolean; record: { status: string; bytes: number; fileIds: string[] } | null };
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = builtAddonOn([HEADERS]);
    fillSheet(host, size);
    const callsPerStep: number[] = [];
    let steps = 0;
    let last: Step | null = null;
    const figures = measure(() => {
      do {
        host.ctx.calls.reset();
        last = host.run<Step>('backUpNow');
        callsPerStep.push(host.ctx.calls.total());
        steps += 1;
      } while (!last.progress.done);
    });
    const record = (last as Step | null)!.progress.record!;
    const rss = process.memoryUsage().rss / 2 ** 20;
    results.push([(size + 1) * COLUMNS, steps, figures.ms, Math.max(...callsPerStep), record.fileIds.length, record.bytes / 2 ** 20, record.status, figures.heapMiB, rss]);
  }
  printTable(['cells', 'steps', 'ms', 'calls/step (max)', 'files', 'MiB written', 'status', 'heap MiB', 'rss MiB'], results);
}
