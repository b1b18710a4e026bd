/**
 * A paste over, or a clearing of, the Purchases sheet's Counted cells hides what those rows had
 * added, so the edit trigger recalculates every total. On a big sheet on a slow day that stops
 * half done at its step budget; the edit then installs the document's scheduler, whose totals
 * job finishes the recalculation, ending with the totals one unhurried run writes.
 * dist/Code.js as clasp pushes it, installed as an Editor add-on.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { takeTable } from '../../src/local/files/sheetTable';
import { LocalHost } from '../../src/local/localHost';
import type { RecalculationProgress } from '../../src/server/purchases/recalculateTotals';
import { TEST_NOW } from '../support/addonHost';
import { putBigPurchasesWorkbook } from '../support/bigPurchases';

const CUSTOMERS = 2_000;
const PURCHASES = 60_000;
/** CPU the script spends each time it reads Apps Script's clock while the day is slow. */
const CPU_MS_PER_CLOCK_LOOK = 20_000;

function builtHost(): { host: LocalHost; id: string; slow: { on: boolean } } {
  const cpu = { ms: 0 };
  const slow = { on: false };
  const host = new LocalHost({ now: TEST_NOW, mode: 'addon', executionTime: { cpuClock: () => cpu.ms } });
  const { executionTime } = host;
  const scriptNow = executionTime.scriptNow.bind(executionTime);
  executionTime.scriptNow = () => {
    if (slow.on) cpu.ms += CPU_MS_PER_CLOCK_LOOK;
    return scriptNow();
  };
  loadBuiltAddon(host);
  const id = host.createSpreadsheet('Counted pasted over');
  putBigPurchasesWorkbook(host, id, CUSTOMERS, PURCHASES);
  expect(host.run<RecalculationProgress>('recalculateTotals').done).toBe(true);
  return { host, id, slow };
}

describe('Pasting over the Counted column of a big Purchases sheet', () => {
  it('finishes the recalculation through the scheduler when the edit’s own step stops half done', () => {
    const { host, id, slow } = builtHost();
    const schedulerTriggers = () => host.scriptApp.listTriggers().filter((t) => t.handler === 'runScheduler');
    expect(schedulerTriggers()).toEqual([]);

    slow.on = true;
    host.userPaste('Purchases', 2, 5, [[''], ['']]);
    slow.on = false;
    // The edit's recalculation stopped: some customers' totals are not written yet, and the scheduler waits to go on.
    expect(host.executionTime.last!.stopped).toBeNull();
    expect(schedulerTriggers()).toHaveLength(1);

    const runs = host.letTimePass(6 * 60 * 60_000);
    expect(runs.filter((run) => run.error !== undefined)).toEqual([]);

    const { host: unhurried, id: unhurriedId } = builtHost();
    unhurried.userPaste('Purchases', 2, 5, [[''], ['']]);
    expect(takeTable(host, id, 'Customers')).toEqual(takeTable(unhurried, unhurriedId, 'Customers'));
    expect(takeTable(host, id, 'Purchases')).toEqual(takeTable(unhurried, unhurriedId, 'Purchases'));
    // Nothing left to finish: the scheduler removes itself.
    expect(schedulerTriggers()).toEqual([]);
  });
});
