/**
 * Update predictions in dist/Code.js, as clasp pushes it: the fitting runs in the vm (its own
 * Math, no Intl when Apps Script lacks it) and must write exactly what the TypeScript sources
 * write, in one block, within the execution limit the host enforces.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { putTable, takeTable } from '../../src/local/files/sheetTable';
import { LocalHost } from '../../src/local/localHost';
import type { PredictionColumnsResult } from '../../src/server/predict/predictionColumnsWrite';
import { addonHost, sheetValues, putTable as putTableOfTest, TEST_NOW } from '../support/addonHost';
import { customerSheetWithHistories, HISTORY_HEADERS } from '../support/customerHistories';

const TODAY = TEST_NOW.toISOString();
const CUSTOMERS = 2_000;

function builtHost(withoutIntl: boolean): LocalHost {
  // No CPU time in the estimate: the limit it enforces then depends on the calls alone, not on the machine's load.
  const host = new LocalHost({ now: TEST_NOW, executionTime: { cpuClock: () => 0 } });
  loadBuiltAddon(host, undefined, { withoutIntl });
  putTable(host, host.createSpreadsheet('Artifact predictions'), 'Sheet1', customerSheetWithHistories(CUSTOMERS));
  return host;
}

describe('Update predictions in dist/Code.js', () => {
  const fromSources = (() => {
    const host = addonHost();
    putTableOfTest(host, 'Sheet1', customerSheetWithHistories(CUSTOMERS));
    host.run('updatePredictions', TODAY);
    return sheetValues(host, 'Sheet1');
  })();

  test.each([
    ['with Intl', false],
    ['without Intl (Google does not document it for Apps Script)', true],
  ])('%s writes the same five columns as the sources, in one setValues, within the execution limit', (_, withoutIntl) => {
    const host = builtHost(withoutIntl);
    const result = host.run<PredictionColumnsResult>('updatePredictions', TODAY);
    expect(result).toMatchObject({ written: true, predicted: CUSTOMERS, blank: 0, added: 5 });
    const values = takeTable(host, host.activeSpreadsheetId()!, 'Sheet1');
    expect(values).toEqual(fromSources);
    expect(values[0]!.slice(HISTORY_HEADERS.length)).toEqual(['Probability active', 'Expected purchases', 'Expected average spend', 'Expected value (CLV)', 'Value at risk']);
    expect(host.executionTime.last!.stopped).toBeNull();
    // Once the Audit log exists: the block, and the log's one row.
    host.ctx.calls.reset();
    host.run('updatePredictions', TODAY);
    expect(host.ctx.calls.snapshot()['Range.setValues']).toBe(2);
    expect(takeTable(host, host.activeSpreadsheetId()!, 'Sheet1')).toEqual(fromSources);
  });
});
