/**
 * Clean customer data on the built add-on (dist/Code.js in a vm) for 10,000 and 100,000
 * realistic rows (the demo customers, 12 columns, repeated): time of preview and apply,
 * the process's peak memory, and Apps Script service calls (which must not grow with rows).
 */
import { loadBuiltAddon } from '../src/local/builtAddon';
import { demoCustomerTable } from '../src/local/demo/demoCustomers';
import { putTable } from '../src/local/files/sheetTable';
import { LocalHost } from '../src/local/localHost';
import { measure, printTable } from './figures';

const SIZES = [10_000, 100_000];

function rows(count: number) {
  const [header, ...body] = demoCustomerTable();
  return [header!, ...Array.from({ length: count }, (_, i) => body[i % body.length]!)];
}

export function run(): void {
  const results: (string | number)[][] = [];
  for (const size of SIZES) {
    const host = new LocalHost({ now: new Date('2026-11-23T09:00:00Z') });
    loadBuiltAddon(host);
    const id = host.createSpreadsheet('Bench');
    putTable(host, id, 'Sheet1', rows(size));
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    for (const [label, action, args] of [['preview', 'getCleaningPanel', []], ['apply', 'applyCleaning', [[]]], ['undo', 'undoCleaning', []]] as const) {
      host.ctx.calls.reset();
      const figures = measure(() => host.run(action, ...args));
      results.push([label, size, 12, figures.ms / 1000, process.resourceUsage().maxRSS / 1024, host.ctx.calls.total()]);
    }
  }
  printTable(['action', 'rows', 'columns', 'seconds', 'peak RSS MiB', 'service calls'], results);
}
