/**
 * The undo log of a large cleaning (issue 14): 10,000 and 100,000 customers × 12 columns with a
 * fix in every row (several, in fact: name spacing and case, email case, phone format, country
 * name, date, amount), cleaned and undone by the built add-on (dist/Code.js in a vm, as pushed),
 * and cleaned by `clientele clean` from a CSV. Printed: the cells changed, the undo log's rows and
 * characters and its longest cell (Sheets holds 50,000), the steps each action took, the Apps
 * Script time the host's cost model estimates for the costliest step (it must fit 4 minutes, the
 * budget our code keeps under the 6-minute limit), Node's own time, and whether undo gave back
 * the sheet exactly. Time limits are enforced here as on Google, so an action past them fails
 * in the table instead of being measured as if it had finished.
 *
 *   npm run bench -- undoLog           (UNDO_LOG_ROWS=10000 for one size)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UNDO_SHEET } from '../src/core/undoLog';
import { takeTable } from '../src/local/files/sheetTable';
import type { ExecutionEstimate } from '../src/local/executionTime';
import type { LocalHost } from '../src/local/localHost';
import type { CleaningPanel } from '../src/server/cleaning/cleaning';
import { fixInEveryRow as table } from '../test/support/fixInEveryRow';
import { builtAddonOn, printTable } from './figures';

const SIZES = process.env.UNDO_LOG_ROWS ? [Number(process.env.UNDO_LOG_ROWS)] : [10_000, 100_000];

interface Stepped {
  steps: number;
  worst: ExecutionEstimate | null;
  nodeSeconds: number;
  error: string | null;
}

/** Runs one step after another until `done`, keeping the costliest step's estimate. */
function stepped(host: LocalHost, step: () => unknown, done: () => boolean): Stepped {
  const started = process.hrtime.bigint();
  let worst: ExecutionEstimate | null = null;
  let steps = 0;
  let error: string | null = null;
  for (let finished = false; !finished && steps < 50; ) {
    steps += 1;
    try {
      step();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const last = host.executionTime.last;
    if (last && (!worst || last.seconds.typical > worst.seconds.typical)) worst = last;
    finished = error !== null || done();
  }
  return { steps, worst, nodeSeconds: Number(process.hrtime.bigint() - started) / 1e9, error };
}

interface LogSize {
  changedCells: number;
  rows: number;
  characters: number;
  longestCell: number;
}

function undoLogSize(host: LocalHost): LogSize {
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
  const sheet = spreadsheet.getSheetByName(UNDO_SHEET);
  const log = sheet && sheet.getLastRow() > 1 ? sheet.getDataRange().getValues().slice(1) : [];
  let characters = 0;
  let longestCell = 0;
  for (const row of log) {
    for (const cell of row) {
      const length = String(cell).length;
      characters += length;
      longestCell = Math.max(longestCell, length);
    }
  }
  const changedCells = host.run<CleaningPanel>('getCleaningPanel').undo?.cells ?? 0;
  return { changedCells, rows: log.filter((row) => row[0] !== '').length, characters, longestCell };
}

function addonRows(count: number): (string | number)[][] {
  const original = table(count);
  const host = builtAddonOn(original);
  host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  // Done when nothing is left to clean: a step that ran out of its time budget leaves rows for the next.
  const nothingLeft = () => host.run<CleaningPanel>('getCleaningPanel').preview?.changedCells === 0;
  const apply = stepped(host, () => host.run('applyCleaning', []), nothingLeft);
  const cleanedAll = nothingLeft();
  const log = undoLogSize(host);
  const cleaned = takeTable(host, host.activeSpreadsheetId()!, 'Sheet1');
  const rowsChanged = cleaned.slice(1).filter((row, i) => row.some((cell, c) => cell !== original[i + 1]![c])).length;
  // A cleaning of many steps is undone step by step: each step is its own entry in the log.
  const undo = stepped(host, () => host.run('undoLastAction'), () => host.run<CleaningPanel>('getCleaningPanel').undo === null);
  const restored = JSON.stringify(takeTable(host, host.activeSpreadsheetId()!, 'Sheet1')) === JSON.stringify(original);
  const row = (action: string, s: Stepped, logFigures: (string | number)[], outcome: string) => {
    const worst = s.worst;
    return ['add-on', action, count, s.steps, worst?.cellsRead ?? '', worst?.cellsWritten ?? '', worst?.cpuMs ?? '', worst?.seconds.typical ?? '', worst?.seconds.high ?? '', s.nodeSeconds, ...logFigures, s.error ?? outcome];
  };
  return [
    row('apply', apply, [log.changedCells, log.rows, log.characters, log.longestCell], cleanedAll ? `${rowsChanged.toLocaleString('en-US')} rows changed` : 'cells left to clean'),
    row('undo', undo, ['', '', '', ''], restored ? 'sheet as before' : 'NOT as before'),
  ];
}

function cliRow(count: number): (string | number)[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'clientele-undo-bench-'));
  try {
    const csv = table(count).map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n');
    writeFileSync(path.join(folder, 'customers.csv'), `${csv}\n`);
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [path.resolve('bin/clientele.cjs'), 'clean', 'customers.csv', '-o', 'clean.csv', '--region', 'KZ', '--json'], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 26 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const outcome = run.status === 0 ? `${(JSON.parse(run.stdout) as { changedCells: number }).changedCells.toLocaleString('en-US')} cells cleaned, ${readFileSync(path.join(folder, 'clean.csv'), 'utf8').split('\n').length - 2} rows written` : `exit ${run.status}: ${run.stderr.trim().split('\n').pop()}`;
    return ['CLI', 'clientele clean', count, '', '', '', '', '', '', seconds, '', '', '', '', outcome];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function run(): void {
  const rows: (string | number)[][] = [];
  for (const count of SIZES) rows.push(...addonRows(count), cliRow(count));
  printTable(
    ['where', 'action', 'rows', 'steps', 'cells read', 'cells written', 'Node CPU ms', 'Apps Script s, costliest step (typical)', '(high)', 'Node s, all steps', 'cells changed', 'undo log rows', 'undo log characters', 'longest log cell', 'outcome'],
    rows,
  );
  console.log('12 columns, a fix in every row; figures of the costliest step. Estimates: src/local/executionCost.ts; a step must fit 240 s (typical), Google stops it at 360 s.');
}
