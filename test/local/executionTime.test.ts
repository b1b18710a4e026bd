/**
 * Apps Script's time limits on the local host, decided on the cost model's typical estimate
 * (src/local/executionTime.ts). The scripts' CPU clock is the test's own, so every decision here
 * depends only on the calls the scripts make.
 *
 * developers.google.com/apps-script/guides/services/quotas: "Script runtime 6 min / execution";
 * "Triggers total runtime 90 min / day" (consumer), "6 hr / day" (Google Workspace); "Quotas are
 * per user and reset 24 hours after the first request"; exception "Service using too much computer
 * time for one day.". developers.google.com/apps-script/guides/triggers#restrictions: simple
 * triggers "cannot run for longer than 30 seconds".
 */
import { CALL_COSTS } from '../../src/local/executionCost';
import { DAILY_TRIGGER_RUNTIME_SECONDS, EXCEEDED_MAXIMUM_EXECUTION_TIME, TOO_MUCH_COMPUTER_TIME, type AccountType } from '../../src/local/executionTime';
import type { LocalHost } from '../../src/local/localHost';
import { scriptedHost, type ScriptGlobals } from '../support/scriptedHost';

const DAY_MS = 24 * 60 * 60_000;

/** `count` reads of discontinuous ranges: about 0.1 s each, whatever machine runs the test. */
function reads({ SpreadsheetApp }: ScriptGlobals, count: number): number {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  for (let i = 0; i < count; i++) sheet.getRange((i % 1000) + 1, 1).getValues();
  return count;
}

describe('6 minutes per execution, 30 seconds for simple triggers (quotas; guides/triggers#restrictions)', () => {
  const script = (g: ScriptGlobals) => ({
    onOpen: () => reads(g, 300),
    onEdit: () => reads(g, 300),
    onSelectionChange: () => reads(g, 300),
    shortMenuAction: () => reads(g, 300),
    longMenuAction: () => reads(g, 3_700),
  });

  it.each([
    ['onOpen as a simple trigger (openDocument)', (h: LocalHost) => h.openDocument(true), EXCEEDED_MAXIMUM_EXECUTION_TIME],
    ["a person's edit running the simple onEdit", (h: LocalHost) => h.userEdit('Sheet1', 1, 1, 'typed'), EXCEEDED_MAXIMUM_EXECUTION_TIME],
    ['a simple onSelectionChange', (h: LocalHost) => h.run('onSelectionChange', {}), EXCEEDED_MAXIMUM_EXECUTION_TIME],
    ['the same work from the menu (6 minutes)', (h: LocalHost) => h.run('shortMenuAction'), null],
    ['the same work in an installable edit trigger (6 minutes)', (h: LocalHost) => h.run('onEdit', { authMode: 'FULL', triggerUid: 'edit-1' }), null],
    ['a menu action of about 6 minutes 10 seconds', (h: LocalHost) => h.run('longMenuAction'), EXCEEDED_MAXIMUM_EXECUTION_TIME],
  ])('%s', (_, execute, error) => {
    const { host } = scriptedHost(script);
    if (error) expect(() => execute(host)).toThrow(new Error(error));
    else expect(() => execute(host)).not.toThrow();
    const last = host.executionTime.last!;
    expect(last.stopped).toBe(error);
    expect(last.seconds.typical).toBeGreaterThan(30);
  });

  it('the execution stops where the limit falls: what was written before stays, nothing after runs', () => {
    const { host } = scriptedHost(({ SpreadsheetApp }) => ({
      writeRows: () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        for (let row = 1; row <= 2_000; row++) sheet.getRange(row, 1, 1, 2).setValues([[row, 'written']]);
      },
    }));
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheets[0]!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 1_000);
    expect(() => host.run('writeRows')).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    const values = sheet.getRange(1, 1, 2_000, 1).getValues().flat();
    const written = values.filter((v) => v !== '').length;
    // A commit costs 0.25 s (typical): about 1,400 of the 2,000 fit in 6 minutes.
    expect(written).toBeGreaterThan(1_000);
    expect(written).toBeLessThan(2_000);
    expect(values.slice(0, written)).toEqual(Array.from({ length: written }, (_, i) => i + 1));
    const oneRow = CALL_COSTS.bridge.typical + CALL_COSTS.write.typical + 2 * CALL_COSTS.cellWrite.typical;
    expect(host.executionTime.last!.seconds.typical).toBeLessThanOrEqual(360 + oneRow);
  });

  it('a script cannot catch its way past the limit: later calls fail too, and the execution ends with the error', () => {
    const { host } = scriptedHost((g) => ({
      stubborn: () => {
        try {
          reads(g, 4_000);
        } catch {
          g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1').setValue('after the limit');
        }
        return 'finished';
      },
      caughtQuietly: () => {
        try {
          reads(g, 4_000);
        } catch {
          // swallowed
        }
        return 'finished';
      },
    }));
    expect(() => host.run('stubborn')).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    expect(() => host.run('caughtQuietly')).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    expect(host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheets[0]!.getRange('A1').getValue()).toBe('');
  });

  it("the script's own JavaScript counts: measured CPU × k_js (typical 2) against the limit", () => {
    const { host } = scriptedHost((_, cpu) => ({
      // 0.5 s start-up + 2 × 179.5 s = 359.5 s: fits; one more second of CPU does not.
      justInTime: () => void (cpu.ms += 179_500),
      tooLong: () => void (cpu.ms += 180_500),
    }));
    expect(() => host.run('justInTime')).not.toThrow();
    expect(() => host.run('tooLong')).toThrow(EXCEEDED_MAXIMUM_EXECUTION_TIME);
    expect(host.executionTime.last).toMatchObject({ cpuMs: 180_500, totalCalls: 0, stopped: EXCEEDED_MAXIMUM_EXECUTION_TIME });
  });

  it('the estimate is kept for tests, the bench and the playground; enforce: false only estimates', () => {
    const { host } = scriptedHost((g) => ({ long: () => reads(g, 3_700) }), { executionTime: { enforce: false } });
    expect(host.run('long')).toBe(3_700);
    expect(host.executionTime.last).toMatchObject({ name: 'long', kind: 'script', stopped: null, limitSeconds: 360 });
    expect(host.executionTime.last!.calls).toMatchObject({ read: 3_700, open: 1 });
    expect(host.executionTime.last!.seconds.typical).toBeGreaterThan(360);
  });
});

describe("the script's clock is Apps Script's: it advances by the estimate", () => {
  it('Date.now() inside an execution moves by the estimated time of the calls made, and a Date from a sheet is still a Date', () => {
    const { host } = scriptedHost((g) => ({
      timed: () => {
        const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        const before = g.Date.now();
        for (let row = 1; row <= 100; row++) sheet.getRange(row, 2).getValues();
        const elapsed = g.Date.now() - before;
        const cell: unknown = sheet.getRange('B1').getValue();
        return { elapsed, sheetDateIsDate: cell instanceof g.Date, ownDateIsDate: new g.Date() instanceof Date };
      },
    }));
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheets[0]!;
    sheet.getRange('B1').setValue(new Date('2026-01-01T00:00:00Z'));
    const result = host.run<{ elapsed: number; sheetDateIsDate: boolean; ownDateIsDate: boolean }>('timed');
    // 100 bridge calls (getRange), 100 read round trips of one cell each: 100 × (2 + 100 + 0.01) ms.
    expect(Math.abs(result.elapsed - 10_201)).toBeLessThanOrEqual(1);
    expect(result.sheetDateIsDate).toBe(true);
    expect(result.ownDateIsDate).toBe(true);
  });
});

describe('the daily runtime of installable triggers, per user, for 24 hours from the first (quotas)', () => {
  it.each<[AccountType, number]>([
    ['consumer', 90 * 60],
    ['workspace', 6 * 60 * 60],
  ])('%s account: %d seconds a day, then "Service using too much computer time for one day."; a day later it runs again', (account, budget) => {
    expect(DAILY_TRIGGER_RUNTIME_SECONDS[account]).toBe(budget);
    // 0.5 s start-up + 150 s of CPU × 2: about 5 minutes a run.
    const { host } = scriptedHost((_, cpu) => ({ hourlyJob: () => void (cpu.ms += 150_000), menuAction: () => 'ran' }), { executionTime: account === 'consumer' ? {} : { account } });
    const trigger = host.scriptApp.newTrigger('hourlyJob').timeBased().everyHours(1).create();
    const seconds: number[] = [];
    let failure: unknown = null;
    while (failure === null && seconds.length < 200) {
      try {
        host.fireTrigger(trigger.getUniqueId());
      } catch (error) {
        failure = error;
      }
      seconds.push(host.executionTime.last!.seconds.typical);
      host.ctx.advance(60 * 60_000 / 24);
    }
    const perRun = seconds[0]!;
    const fullRuns = Math.floor(budget / perRun);
    expect(failure).toEqual(new Error(TOO_MUCH_COMPUTER_TIME));
    // The run that crosses the budget is stopped at it; the day's total never passes it.
    expect(seconds).toHaveLength(fullRuns + 1);
    expect(host.executionTime.triggerSecondsToday()).toBeCloseTo(budget, 6);
    expect(() => host.fireTrigger(trigger.getUniqueId())).toThrow(TOO_MUCH_COMPUTER_TIME);
    // Menu actions are not trigger runtime: they still run.
    expect(host.run('menuAction')).toBe('ran');
    host.ctx.advance(DAY_MS);
    expect(() => host.fireTrigger(trigger.getUniqueId())).not.toThrow();
    expect(host.executionTime.triggerSecondsToday()).toBeLessThan(budget);
  });

  it("each user has their own day's budget", () => {
    const { host } = scriptedHost((_, cpu) => ({ job: () => void (cpu.ms += 150_000) }));
    const fireUntilRefused = () => {
      const trigger = host.scriptApp.newTrigger('job').timeBased().everyHours(1).create();
      for (let run = 0; run < 20; run++) {
        host.ctx.advance(60_000);
        host.fireTrigger(trigger.getUniqueId());
      }
    };
    expect(fireUntilRefused).toThrow(TOO_MUCH_COMPUTER_TIME);
    host.ctx.user = { email: 'colleague@example.com', locale: 'en' };
    expect(host.executionTime.triggerSecondsToday()).toBe(0);
    expect(fireUntilRefused).toThrow(TOO_MUCH_COMPUTER_TIME);
    expect(host.executionTime.triggerSecondsToday()).toBeCloseTo(DAILY_TRIGGER_RUNTIME_SECONDS.consumer, 6);
  });
});
