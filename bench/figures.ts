/** Small helpers to measure and print benchmark figures. */
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
