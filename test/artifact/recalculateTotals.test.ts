/**
 * Recalculate totals in dist/Code.js, as clasp pushes it, where the script's clock is Apps
 * Script's (the host's clock plus the cost model's estimate of the execution so far): each step
 * stops itself by that clock before its budget, whatever the number of rows, and the steps end
 * with the totals one run writes. No CPU time in the estimate: it depends on the calls alone.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { takeTable } from '../../src/local/files/sheetTable';
import { LocalHost } from '../../src/local/localHost';
import type { ExecutionEstimate } from '../../src/local/executionTime';
import type { RecalculationProgress } from '../../src/server/purchases/recalculateTotals';
import { TEST_NOW } from '../support/addonHost';
import { putBigPurchasesWorkbook } from '../support/bigPurchases';

const CUSTOMERS = 2_000;
const PURCHASES = 60_000;
const STEP_SECONDS = 10;

function builtHost(): LocalHost {
  const host = new LocalHost({ now: TEST_NOW, executionTime: { cpuClock: () => 0 } });
  loadBuiltAddon(host);
  const id = host.createSpreadsheet('Artifact totals');
  putBigPurchasesWorkbook(host, id, CUSTOMERS, PURCHASES);
  return host;
}

/** Steps until done, with each step's estimate. */
function recalculate(host: LocalHost, stepMilliseconds?: number): ExecutionEstimate[] {
  const estimates: ExecutionEstimate[] = [];
  for (let done = false; !done && estimates.length < 100; ) {
    done = host.run<RecalculationProgress>('recalculateTotals', stepMilliseconds).done;
    estimates.push(host.executionTime.last!);
  }
  return estimates;
}

describe('Recalculate totals in dist/Code.js', () => {
  it(`stops each step by the execution clock within ${STEP_SECONDS} s (and 4 times that at the cost model's high end), and ends with the totals of one run`, () => {
    const stepped = builtHost();
    const steps = recalculate(stepped, STEP_SECONDS * 1000);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      expect(step.stopped).toBeNull();
      expect(step.seconds.typical).toBeLessThanOrEqual(STEP_SECONDS);
      expect(step.seconds.high).toBeLessThanOrEqual(4 * STEP_SECONDS);
    }
    const once = builtHost();
    expect(recalculate(once)).toHaveLength(1);
    const id = (host: LocalHost) => host.activeSpreadsheetId()!;
    expect(takeTable(stepped, id(stepped), 'Customers')).toEqual(takeTable(once, id(once), 'Customers'));
    expect(takeTable(stepped, id(stepped), 'Purchases')).toEqual(takeTable(once, id(once), 'Purchases'));
  });
});
