/**
 * Cleaning a big sheet on a slow day on Google: the built add-on (dist/Code.js) on a host whose
 * clock and limits follow the cost model's *high* estimate (src/local/executionCost.ts), with a
 * script slow enough that planning every row does not fit one execution. Apps Script stops an
 * execution after 6 minutes ("Script runtime: 6 min / execution",
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations); the
 * add-on's budget of 4 minutes counts from the execution's start, reads and write included, so
 * each run ends in time and says where the next goes on, and the runs together clean the sheet
 * exactly as one unhurried run does.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { putTable, takeTable } from '../../src/local/files/sheetTable';
import { LocalHost, type LocalHostOptions } from '../../src/local/localHost';
import type { CleaningStep } from '../../src/server/cleaning/cleaning';
import type { CellValue } from '../../src/core/customerRecord';
import { fixInEveryRow } from '../support/fixInEveryRow';

const ROWS = 12_000;
/**
 * The script's own JavaScript between two looks at the clock, in Node CPU ms (× 6 on the high
 * estimate): planning looks every 500 rows, so 500 rows cost 12 s, and 12,000 rows 288 s.
 */
const CPU_MS_PER_CLOCK_LOOK = 2_000;

function hostWith(executionTime: LocalHostOptions['executionTime']): { host: LocalHost; id: string } {
  const host = new LocalHost({ now: new Date('2026-11-23T09:00:00Z'), executionTime });
  loadBuiltAddon(host);
  const id = host.createSpreadsheet('Big list');
  putTable(host, id, 'Sheet1', fixInEveryRow(ROWS));
  host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  return { host, id };
}

/** A host whose script spends CPU_MS_PER_CLOCK_LOOK each time it reads Apps Script's clock. */
function slowDay(): { host: LocalHost; id: string } {
  const cpu = { ms: 0 };
  const made = hostWith({ level: 'high', cpuClock: () => cpu.ms });
  const { executionTime } = made.host;
  const scriptNow = executionTime.scriptNow.bind(executionTime);
  executionTime.scriptNow = () => {
    cpu.ms += CPU_MS_PER_CLOCK_LOOK;
    return scriptNow();
  };
  return made;
}

function cleanInRuns(host: LocalHost): CleaningStep[] {
  const steps: CleaningStep[] = [];
  for (let fromRow: number | null = 2; fromRow !== null && steps.length < 20; ) {
    const step: CleaningStep = host.run<CleaningStep>('applyCleaning', [], fromRow);
    expect(host.executionTime.last!.seconds.high).toBeLessThanOrEqual(6 * 60);
    steps.push(step);
    fromRow = step.nextRow;
  }
  return steps;
}

describe('Cleaning a big sheet on a slow day (high estimate)', () => {
  let slow: CellValue[][];
  let steps: CleaningStep[];
  let before: CellValue[][];
  let slowHost: LocalHost;
  let slowId: string;

  beforeAll(() => {
    ({ host: slowHost, id: slowId } = slowDay());
    before = takeTable(slowHost, slowId, 'Sheet1');
    steps = cleanInRuns(slowHost);
    slow = takeTable(slowHost, slowId, 'Sheet1');
  });

  it('runs in steps, each within 6 minutes, each going on from the row the last one reached', () => {
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.at(-1)!.nextRow).toBeNull();
    for (const [index, step] of steps.slice(0, -1).entries()) {
      expect(step.message).toBe(`Cleaned ${step.changed} cells up to row ${step.lastRowDone}. Apply again to clean the rest.`);
      expect(step.nextRow).toBe(step.lastRowDone + 1);
      expect(steps[index + 1]!.lastRowDone).toBeGreaterThan(step.lastRowDone);
    }
  });

  it('cleans every row once: the steps change 8 cells a row together, and the sheet is as one unhurried run leaves it', () => {
    expect(steps.reduce((sum, step) => sum + step.changed, 0)).toBe(8 * ROWS);
    const { host, id } = hostWith({ cpuClock: () => 0 });
    const [one] = cleanInRuns(host);
    expect(one!.nextRow).toBeNull();
    expect(slow).toEqual(takeTable(host, id, 'Sheet1'));
  });

  it('Undo takes the whole run back, every step of it, within the time limit: the sheet is as it was before the first step', () => {
    const panel = slowHost.run<{ undo: { cells: number } | null }>('getCleaningPanel');
    expect(panel.undo?.cells).toBe(8 * ROWS);
    const messages: string[] = [];
    while (messages.length < steps.length) {
      messages.push(slowHost.run<string>('undoLastAction', 'clean'));
      expect(slowHost.executionTime.last!.seconds.high).toBeLessThanOrEqual(6 * 60);
      if (!messages.at(-1)!.includes('still to undo')) break;
    }
    expect(messages.at(-1)).toMatch(/^Restored [\d,]+ cells as they were\.$/);
    expect(takeTable(slowHost, slowId, 'Sheet1')).toEqual(before);
    expect(slowHost.run<string>('undoLastAction', 'clean')).toBe('Nothing to undo.');
  });
});
