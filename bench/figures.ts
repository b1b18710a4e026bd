/** Small helpers to set up, measure and print benchmark figures. */
import { loadBuiltAddon } from '../src/local/builtAddon';
import { putTable } from '../src/local/files/sheetTable';
import type { CellValue } from '../src/local/files/xlsxTable';
import { LocalHost, type LocalHostOptions } from '../src/local/localHost';

export interface Measurement {
  ms: number;
  heapMiB: number;
}

export function measure(action: () => void): Measurement {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  action();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  return { ms, heapMiB };
}

export function printTable(headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell.toLocaleString('en-US', { maximumFractionDigits: 1 }) : cell)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => String(row[i]).length)));
  const line = (row: (string | number)[]) => `| ${row.map((cell, i) => String(cell).padStart(widths[i]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells.slice(1)) console.log(line(row));
}

/** The built add-on (dist/Code.js in a vm, as pushed) on a local host whose open spreadsheet holds `rows` on Sheet1. */
export function builtAddonOn(rows: readonly (readonly CellValue[])[], options: LocalHostOptions = {}): LocalHost {
  const host = new LocalHost({ now: new Date('2026-11-23T09:00:00Z'), ...options });
  loadBuiltAddon(host);
  putTable(host, host.createSpreadsheet('Bench'), 'Sheet1', rows);
  return host;
}
