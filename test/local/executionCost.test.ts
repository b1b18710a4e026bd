/**
 * The cost model (src/local/executionCost.ts) against published Apps Script timings: scripts run
 * on the local host as the measurement scripts ran on Apps Script, and the host's estimate must
 * land within the model's stated tolerance of what was measured (chart readings are ±10–20 %,
 * ../shared/fidelity/apps-script-costs.md §6). Published timings are Date.now() differences inside
 * one execution, so they leave out the execution's start-up; the comparison does too.
 */
import { CALL_COSTS, K_JS, classifyCall } from '../../src/local/executionCost';
import { scriptedHost, type ScriptGlobals } from '../support/scriptedHost';

const TOLERANCE = 0.2;

interface Measurement {
  name: string;
  source: string;
  measuredSeconds: number;
  /** Prepares the sheet outside the execution (free), then the script that was timed. */
  columns?: number;
  rows?: number;
  script: (g: ScriptGlobals) => void;
}

const MEASUREMENTS: Measurement[] = [
  {
    name: '400 getValues of discontinuous 2-cell ranges',
    source: 'https://tanaikech.github.io/2023/05/01/best-practices-for-discontinuous-cells-on-google-spreadsheet-by-google-apps-script/',
    measuredSeconds: 40,
    script: ({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      for (let row = 1; row <= 400; row++) spreadsheet.getRange(`A${row}:B${row}`).getValues();
    },
  },
  {
    name: '400 setValues of discontinuous 2-cell ranges',
    source: 'https://tanaikech.github.io/2023/05/01/best-practices-for-discontinuous-cells-on-google-spreadsheet-by-google-apps-script/',
    measuredSeconds: 105,
    script: ({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      for (let row = 1; row <= 400; row++) spreadsheet.getRange(`A${row}:B${row}`).setValues([['x', 'y']]);
    },
  },
  {
    name: 'setValues of 1,000 rows × 400 columns',
    source: 'https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/',
    measuredSeconds: 23.8,
    columns: 400,
    script: ({ SpreadsheetApp }) => {
      const values = Array.from({ length: 1_000 }, (_, r) => Array.from({ length: 400 }, (_, c) => r * 400 + c));
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(1, 1, 1_000, 400).setValues(values);
    },
  },
  {
    name: 'getValues of 300,000 rows × 2 columns',
    source: 'https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/',
    measuredSeconds: 6,
    rows: 300_000,
    script: ({ SpreadsheetApp }) => {
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(1, 1, 300_000, 2).getValues();
    },
  },
  {
    name: '100 setProperty calls (average 62 ms each)',
    source: 'https://ziritione.org/post/apps_script_performance',
    measuredSeconds: 6.2,
    script: ({ PropertiesService }) => {
      const properties = PropertiesService.getScriptProperties();
      for (let i = 0; i < 100; i++) properties.setProperty(`key${i}`, 'value');
    },
  },
];

describe('the cost model against published Apps Script timings', () => {
  it.each(MEASUREMENTS)('$name: measured $measuredSeconds s ($source)', ({ script, measuredSeconds, rows, columns }) => {
    const { host } = scriptedHost((g) => ({ timed: () => script(g) }));
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheets[0]!;
    if (columns) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
    if (rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    host.run('timed');
    const { seconds } = host.executionTime.last!;
    const afterStart = (level: 'low' | 'typical' | 'high') => seconds[level] - CALL_COSTS.start[level];
    expect(Math.abs(afterStart('typical') - measuredSeconds) / measuredSeconds).toBeLessThanOrEqual(TOLERANCE);
    expect(afterStart('low')).toBeLessThanOrEqual(measuredSeconds);
    expect(afterStart('high')).toBeGreaterThanOrEqual(measuredSeconds);
  });

  // apps-script-costs.md §6, worked example: start-up included, 50 ms of the script's own JavaScript.
  it('reading 5,000 × 20 cells, 50 ms of JavaScript, writing them back: low ≈3.4 s, typical ≈8.2 s, high ≈23 s', () => {
    const { host } = scriptedHost(({ SpreadsheetApp }, cpu) => ({
      roundTrip: () => {
        const range = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(1, 1, 5_000, 20);
        const values = range.getValues();
        cpu.ms += 50;
        range.setValues(values);
      },
    }));
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheets[0]!;
    sheet.insertRowsAfter(sheet.getMaxRows(), 4_000);
    host.run('roundTrip');
    const estimate = host.executionTime.last!;
    expect(estimate).toMatchObject({ cellsRead: 100_000, cellsWritten: 100_000, cpuMs: 50 });
    expect(estimate.seconds.low).toBeCloseTo(3.4, 0);
    expect(estimate.seconds.typical).toBeCloseTo(8.2, 0);
    expect(Math.abs(estimate.seconds.high - 23) / 23).toBeLessThan(0.05);
  });

  it('CPU time enters as measured Node CPU × k_js (typical 2)', () => {
    const { host } = scriptedHost((_, cpu) => ({ compute: () => void (cpu.ms += 10_000) }));
    host.run('compute');
    const { seconds } = host.executionTime.last!;
    expect(seconds.typical - CALL_COSTS.start.typical).toBeCloseTo(10 * K_JS.typical, 6);
    expect(seconds.high - CALL_COSTS.start.high).toBeCloseTo(10 * K_JS.high, 6);
  });

  // Google's caching description: a read after pending writes pays their commit first
  // (googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html).
  it('a single-value setter waits in the write cache; the next read commits it', () => {
    const { host } = scriptedHost(({ SpreadsheetApp }) => ({
      interleaved: () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        for (let row = 1; row <= 10; row++) {
          sheet.getRange(row, 1).setValue(row);
          sheet.getRange(row, 1).getValue();
        }
      },
      batched: () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        for (let row = 1; row <= 10; row++) sheet.getRange(row, 1).setValue(row);
        for (let row = 1; row <= 10; row++) sheet.getRange(row, 1).getValue();
      },
    }));
    host.run('interleaved');
    const interleaved = host.executionTime.last!;
    host.run('batched');
    const batched = host.executionTime.last!;
    expect(interleaved.calls.write).toBe(10);
    expect(batched.calls.write).toBe(1);
    expect(interleaved.seconds.typical - batched.seconds.typical).toBeCloseTo(9 * CALL_COSTS.write.typical, 6);
  });

  it.each([
    ['Range.getValues', 'read'],
    ['Sheet.getLastRow', 'read'],
    ['Sheet.getRange', 'bridge'],
    ['Range.setValues', 'write'],
    ['Sheet.appendRow', 'write'],
    ['Sheet.deleteRow', 'deleteRow'],
    ['SpreadsheetApp.flush', 'flush'],
    ['SpreadsheetApp.openById', 'open'],
    ['Properties.getProperty', 'propertiesGet'],
    ['Properties.setProperty', 'propertiesSet'],
    ['Lock.waitLock', 'lockAcquire'],
    ['DriveApp.getFolderById', 'driveCall'],
    ['Folder.createFile', 'driveCall'],
    ['File.getName', 'bridge'],
    ['Drive.Files.create', 'driveCall'],
    ['Drive.Files.list', 'driveCall'],
    ['MailApp.sendEmail', 'mailSend'],
    ['ScriptApp.getProjectTriggers', 'triggerCall'],
    ['ClockTriggerBuilder.create', 'triggerCall'],
    ['ClockTriggerBuilder.everyHours', 'bridge'],
    ['FormApp.create', 'driveCall'],
    ['Form.addTextItem', 'formsCall'],
    ['Ui.showSidebar', 'uiCall'],
    ['Utilities.formatDate', 'bridge'],
    ['SomeUnknownService.call', 'read'],
  ])('%s is charged as %s', (call, kind) => {
    expect(classifyCall(call, [[['a grid']]]).kind).toBe(kind);
  });
});
