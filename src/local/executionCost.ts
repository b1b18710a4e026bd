/**
 * How long an execution would take on Apps Script: the cost model, in one place.
 *
 * Google publishes no service latencies. Every constant below comes from a published
 * measurement (author, date, URL) or is marked ASSUMPTION where none exists; the compilation
 * and the chart readings behind them are in ../shared/fidelity/apps-script-costs.md (§2–§6).
 * The estimate of one execution is
 *
 *   T = start + Σ calls · c(kind) + Σ cells read · r + Σ cells written · w
 *         + Σ bytes moved to or from Drive / rate + explicit waits (Utilities.sleep)
 *         + k_js · (Node CPU time of the script's own JavaScript)
 *
 * with a low, a typical and a high value for each term. Call kinds follow Google's description
 * of the spreadsheet caches (googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html):
 * a *bridge* call needs no server round trip, a *read* fetches from the server, a *write commit*
 * pushes changes; single-value setters wait in the write cache and the next read (or flush, or
 * the end of the execution) pays their commit first.
 *
 * Known limits of the model (§7 of the costs file): chart readings are ±10–20 %, the numbers are
 * from 2018–2024 and change without notice, formula recalculation can stretch any read by orders
 * of magnitude, and account type and region are unknown for every measurement.
 */

/** Seconds, as a range: the model is a bracket, not a prediction. */
export interface Seconds {
  low: number;
  typical: number;
  high: number;
}

export const LEVELS = ['low', 'typical', 'high'] as const;
export type Level = (typeof LEVELS)[number];

interface Constant extends Seconds {
  /** Where the figures come from; "ASSUMPTION" when nothing was measured. */
  source: string;
}

const ms = (low: number, typical: number, high: number, source: string): Constant => ({ low: low / 1000, typical: typical / 1000, high: high / 1000, source });
const µs = (low: number, typical: number, high: number, source: string): Constant => ({ low: low / 1e6, typical: typical / 1e6, high: high / 1e6, source });

const TANAIKE_2018 = 'Tanaike, Benchmark: Reading and Writing Spreadsheet, 2018-10-12, https://tanaikech.github.io/2018/10/12/benchmark-reading-and-writing-spreadsheet-using-google-apps-script/';
const TANAIKE_2022_CELLS = 'Tanaike, Report: Handling 10,000,000 cells, 2022-04-25, https://tanaikech.github.io/2022/04/25/report-handling-10000000-cells-in-google-spreadsheet-using-google-apps-script/';
const TANAIKE_2022_RECALC = 'Tanaike, Process cost during large calculations, 2022-08-31, https://tanaikech.github.io/2022/08/31/report-process-cost-of-google-apps-script-during-large-calculations-by-formulas-on-google-spreadsheet/';
const TANAIKE_2023_DISCONTINUOUS = 'Tanaike, Best Practices for Discontinuous Cells, 2023-05-01, https://tanaikech.github.io/2023/05/01/best-practices-for-discontinuous-cells-on-google-spreadsheet-by-google-apps-script/';
const PERALTA = 'Luis Peralta, Google Apps Script APIs performance (undated), https://ziritione.org/post/apps_script_performance';
const POEHNELT_KV = 'Poehnelt, Apps Script key-value stores, 2024-03-16, https://justin.poehnelt.com/posts/apps-script-key-value-stores';

/** Latency of each kind of call, from the costs file's §6 table (typical = its "typical" column). */
export const CALL_COSTS = {
  /** Execution start-up before the first line of script code runs: in no published timing. */
  start: ms(100, 500, 2_000, 'ASSUMPTION; a web-app hop costs ≈0.4 s (Tanaike, 2018-04-19, https://tanaikech.github.io/2018/04/19/benchmark-fetchall-method-in-urlfetch-service-for-google-apps-script/, derived)'),
  /** Per megabyte of script code loaded at start. */
  codePerMegabyte: ms(0, 300, 600, 'ASSUMPTION from a 7 MB bundle taking 2–4 s end to end (Poehnelt, 2024-04-04, https://justin.poehnelt.com/posts/apps-script-wasm)'),
  /** First touch of a spreadsheet in the execution (getActiveSpreadsheet, openById). */
  open: ms(150, 250, 500, `${TANAIKE_2018} (floor 0.15–0.2 s incl. openById); ${TANAIKE_2022_CELLS} (0.2–0.3 s incl. one cell)`),
  /** Object navigation with no round trip: getRange, getSheetId, builders, Session, Logger, Blob. */
  bridge: ms(1, 2, 8, `${TANAIKE_2018} (setValue loop 1.2 ms); ${TANAIKE_2022_RECALC} (getSheetId 2 ms, getActiveSheet 8 ms)`),
  /** A spreadsheet read round trip: getValues, getLastRow, getSheetName… (low: ASSUMPTION). */
  read: ms(30, 100, 300, `${TANAIKE_2023_DISCONTINUOUS} (≈100 ms per getValues in a loop); ${TANAIKE_2022_CELLS} (0.3 s single read incl. open)`),
  /** A spreadsheet write commit: setValues, appendRow, insert/delete rows and sheets, clear, sort. */
  write: ms(100, 250, 800, `${TANAIKE_2018} (appendRow ≈105 ms); ${TANAIKE_2023_DISCONTINUOUS} (setValues ≈260 ms per range); ${POEHNELT_KV} (≈800 ms)`),
  /** Sheet.deleteRow, each (typical and high: ASSUMPTION, as a write commit). */
  deleteRow: ms(7, 100, 250, 'Tanaike, 2023-08-13, https://tanaikech.github.io/2023/08/13/benchmark-efficiently-deleting-rows-by-conditions-on-google-spreadsheet-using-google-apps-script/ (>7 ms: 50k deleteRow exceeded 6 min); typical/high ASSUMPTION'),
  /** SpreadsheetApp.flush, besides the commit of pending writes. */
  flush: ms(30, 100, 600, 'Mogsdad, Stack Overflow "What is faster: ScriptDb or SpreadsheetApp?" (Rhino era), mirror https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp'),
  /** Per cell read by getValues and the other 2-D getters. */
  cellRead: µs(5, 10, 36, `${TANAIKE_2018} (9–10 µs); ${TANAIKE_2022_CELLS} (8.5 µs); Tanaike 2020-09-30 (≤12 µs)`),
  /** Per cell read by getDisplayValues (formatted on the server). */
  displayCellRead: µs(20, 28, 36, 'Tanaike, 2021-05-19, https://tanaikech.github.io/2021/05/19/benchmark-process-costs-for-retrieving-1st-empty-cell-and-1st-non-empty-cell-of-specific-column-in-google-spreadsheet-using-google-apps-script/ (20–36 µs)'),
  /** Per cell written by setValues and the other 2-D setters, and by appendRow. */
  cellWrite: µs(25, 60, 150, `${TANAIKE_2018} (55–65 µs); Tanaike 2019-08-28 (≈80 µs incl. parse); ${TANAIKE_2022_CELLS} (>36 µs); Tanaike 2023-08-13 (25–150 µs in formatted sheets)`),
  propertiesGet: ms(20, 30, 85, `${PERALTA} (getProperty min 20 / avg 30 / max 84 ms)`),
  propertiesSet: ms(43, 62, 230, `${PERALTA} (setProperty min 43 / avg 62 / max 231 ms); ${POEHNELT_KV} (≈80 ms a set+get pair)`),
  /** Lock.waitLock / tryLock, uncontended. */
  lockAcquire: ms(20, 50, 100, 'ASSUMPTION: no measurement found'),
  /** A Drive call (DriveApp, File, Folder, the advanced Drive service) or a whole-file Forms call. */
  driveCall: ms(100, 300, 1_000, 'ASSUMPTION: treated as an API round trip, no direct measurement'),
  /** Seconds per byte sent to or read from Drive (20 / 5 / 1 MB/s). */
  driveBytes: { low: 1 / 20e6, typical: 1 / 5e6, high: 1 / 1e6, source: 'ASSUMPTION, consistent with 35 MB upload+zip ≈90 s (Tanaike, 2018-12-22) and 100 PDF exports ≈150 s (Tanaike, 2023-03-08)' } as Constant,
  /** MailApp.sendEmail. */
  mailSend: ms(500, 1_200, 3_000, 'Small Outbox add-on FAQ, ≈1.2 s per 100 KB message (undated, weak), https://sites.google.com/quickfixters.com/add-onsuniverse/faq; low/high ASSUMPTION'),
  /** Creating, listing or deleting triggers (ScriptApp). */
  triggerCall: ms(100, 300, 1_000, 'ASSUMPTION: treated like a Drive call, no measurement found'),
  /** A call on a form or its items and responses (the Forms service is remote). */
  formsCall: ms(30, 100, 300, 'ASSUMPTION: treated like a spreadsheet read round trip, no measurement found'),
  /** Showing a sidebar, dialog, alert or the add-on menu. */
  uiCall: ms(30, 100, 300, 'ASSUMPTION: treated like a spreadsheet read round trip, no measurement found'),
} satisfies Record<string, Constant>;

/**
 * Apps Script's V8 ÷ Node 20 on a 2-vCPU cloud VM for the same JavaScript: ≈1 for allocation- and
 * string-heavy work, 3–6 for tight scans over large arrays (the costs file's §3 replication of
 * Tanaike's published scripts, 2020–2023). CPU time enters the estimate as measured Node CPU × k_js.
 */
export const K_JS: Seconds & { source: string } = { low: 0.7, typical: 2, high: 6, source: 'apps-script-costs.md §3: Tanaike 2020-02-09, 2022-09-12, 2023-03-15, 2020-10-23 re-run in Node v20.20.2' };

export type CallKind = keyof typeof CALL_COSTS;

/** What one call costs besides its latency. */
export interface CallData {
  cellsRead: number;
  displayCellsRead: number;
  cellsWritten: number;
  bytes: number;
  waitMs: number;
}

const SHEETS = new Set(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection', 'EmbeddedChart']);
/** Objects built or held in the script's process: their calls never leave it (builders, values already fetched). */
const BRIDGE_ONLY = new Set([
  'DataValidationBuilder', 'DataValidation', 'EmbeddedChartBuilder', 'ContainerInfo', 'ChartOptions', 'HtmlService', 'HtmlOutput', 'HtmlTemplate',
  'PromptResponse', 'Blob', 'Session', 'User', 'Logger', 'Utilities', 'PropertiesService', 'LockService', 'Trigger', 'AuthorizationInfo',
  'FileIterator', 'FolderIterator', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'FormTriggerBuilder',
]);
/** Getters that answer from the object the script already holds (position, identity), by Google's caching description. */
const BRIDGE_GETTERS = new Set([
  'Range.getRow', 'Range.getColumn', 'Range.getNumRows', 'Range.getNumColumns', 'Range.getLastRow', 'Range.getLastColumn', 'Range.getA1Notation',
  'Range.getSheet', 'Range.getGridId', 'Range.getRowIndex', 'Range.getColumnIndex', 'Range.getCell', 'Range.getOffset', 'Range.getWidth', 'Range.getHeight',
  'Sheet.getRange', 'Sheet.getRangeList', 'Sheet.getSheetId', 'Sheet.getParent', 'Spreadsheet.getId', 'Spreadsheet.getUrl', 'Spreadsheet.getActiveSheet',
  'Spreadsheet.getRange', 'Spreadsheet.getRangeList', 'SpreadsheetApp.getUi', 'Protection.getRange',
]);
const OPENING = new Set(['SpreadsheetApp.getActiveSpreadsheet', 'SpreadsheetApp.getActive', 'SpreadsheetApp.getActiveSheet', 'SpreadsheetApp.getActiveRange']);
const FORMS = /^(FormApp|Form|FormResponse|ItemResponse|Choice|[A-Za-z]*Item)$/;
const FILES = new Set(['DriveApp', 'File', 'Folder']);

function isGrid(value: unknown): value is unknown[][] {
  return Array.isArray(value) && (value.length === 0 || Array.isArray(value[0]));
}

function gridCells(value: unknown): number {
  if (!isGrid(value)) return 0;
  let cells = 0;
  // An index loop: for…of over the script realm's arrays takes the slow iterator path here.
  for (let r = 0; r < value.length; r++) cells += Array.isArray(value[r]) ? (value[r] as unknown[]).length : 0;
  return cells;
}

/** Bytes of a string (UTF-8, as Drive stores text), a byte array or a Blob (its `data`, read without a counted call). */
function byteSize(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value) && typeof value[0] === 'number') return value.length;
  if (value && typeof value === 'object' && 'data' in value && (value as { data: unknown }).data instanceof Uint8Array) return (value as { data: Uint8Array }).data.byteLength;
  return 0;
}

/**
 * The kind of one call, `Kind.method` as the host counts it. `pending` tells a single-value setter
 * that only lands in the write cache from one that commits; a call this function does not know
 * is charged as a read round trip (the stricter choice: most service calls leave the process).
 */
export function classifyCall(call: string, args: readonly unknown[]): { kind: CallKind; pending?: true; commits?: true } {
  const dot = call.indexOf('.');
  const service = call.startsWith('Drive.') ? 'Drive' : call.slice(0, dot);
  const method = call.slice(call.lastIndexOf('.') + 1);
  if (service === 'Utilities' || service === 'Logger') return { kind: 'bridge' };
  if (SHEETS.has(service)) return classifySheetsCall(call, service, method, args);
  if (BRIDGE_ONLY.has(service)) return { kind: method === 'create' && service.endsWith('TriggerBuilder') ? 'triggerCall' : 'bridge' };
  if (service === 'Properties') return { kind: method.startsWith('get') ? 'propertiesGet' : 'propertiesSet' };
  if (service === 'Lock') return { kind: method === 'waitLock' || method === 'tryLock' ? 'lockAcquire' : 'bridge' };
  if (service === 'Drive' || FILES.has(service)) {
    const metadataGetter = service !== 'DriveApp' && service !== 'Drive' && /^(get|is)/.test(method) && !/^(getBlob|getAs|getFiles|getFolders)/.test(method);
    return { kind: metadataGetter ? 'bridge' : 'driveCall' };
  }
  if (service === 'MailApp') return { kind: method === 'sendEmail' ? 'mailSend' : 'read' };
  if (service === 'ScriptApp') return { kind: /Triggers?$/.test(method) && method !== 'newTrigger' ? 'triggerCall' : 'bridge' };
  if (FORMS.test(service)) return { kind: service === 'FormApp' && method !== 'getActiveForm' ? 'driveCall' : 'formsCall' };
  if (service === 'Ui') return { kind: /^(show|alert|prompt)/.test(method) ? 'uiCall' : 'bridge' };
  if (service === 'Menu') return { kind: method === 'addToUi' ? 'uiCall' : 'bridge' };
  return { kind: 'read' };
}

function classifySheetsCall(call: string, service: string, method: string, args: readonly unknown[]): { kind: CallKind; pending?: true; commits?: true } {
  if (OPENING.has(call) || call === 'SpreadsheetApp.openById' || call === 'SpreadsheetApp.openByUrl') return { kind: 'open' };
  if (call === 'SpreadsheetApp.create' || call === 'Spreadsheet.copy') return { kind: 'driveCall' };
  if (call === 'SpreadsheetApp.flush') return { kind: 'flush', commits: true };
  if (call === 'Sheet.deleteRow') return { kind: 'deleteRow', commits: true };
  if (BRIDGE_GETTERS.has(call) || (service === 'SpreadsheetApp' && /^new/.test(method)) || method === 'activate' || call === 'Spreadsheet.toast') return { kind: 'bridge' };
  if (/^(get|is|has)/.test(method)) return { kind: 'read' };
  // A 2-D setter sends its grid at once; a single-value setter waits in the write cache.
  if (method.startsWith('set') && !isGrid(args[0])) return { kind: 'bridge', pending: true };
  return { kind: 'write', commits: true };
}

/** Cells, bytes and waits of one call, from its arguments and its answer. */
export function callData(call: string, args: readonly unknown[], result: unknown): CallData {
  const data: CallData = { cellsRead: 0, displayCellsRead: 0, cellsWritten: 0, bytes: 0, waitMs: 0 };
  const service = call.startsWith('Drive.') ? 'Drive' : call.slice(0, call.indexOf('.'));
  const method = call.slice(call.lastIndexOf('.') + 1);
  if (SHEETS.has(service)) {
    if (method === 'getDisplayValues') data.displayCellsRead = gridCells(result);
    else if (method.startsWith('get')) data.cellsRead = gridCells(result);
    else if (call === 'Sheet.appendRow') data.cellsWritten = Array.isArray(args[0]) ? args[0].length : 0;
    else data.cellsWritten = gridCells(args[0]);
  } else if (service === 'Drive' || FILES.has(service)) {
    data.bytes = args.reduce<number>((sum, arg) => sum + byteSize(arg), 0) + byteSize(result);
  } else if (call === 'Utilities.sleep') {
    data.waitMs = Math.max(0, Number(args[0]) || 0);
  }
  return data;
}

/** What one execution did, summed; `estimate` turns it into seconds. */
export class ExecutionCost {
  readonly calls = new Map<CallKind, number>();
  cellsRead = 0;
  displayCellsRead = 0;
  cellsWritten = 0;
  bytes = 0;
  waitMs = 0;
  codeMegabytes = 0;
  private opened = false;
  private pendingWrites = false;
  /** Seconds of the service side so far, by level: kept up to date so that enforcement checks are cheap. */
  private readonly serviceSeconds: Seconds;

  constructor(codeMegabytes = 0) {
    this.codeMegabytes = codeMegabytes;
    this.serviceSeconds = { low: 0, typical: 0, high: 0 };
    for (const level of LEVELS) this.serviceSeconds[level] = CALL_COSTS.start[level] + codeMegabytes * CALL_COSTS.codePerMegabyte[level];
  }

  private charge(kind: CallKind, times = 1): void {
    this.calls.set(kind, (this.calls.get(kind) ?? 0) + times);
    for (const level of LEVELS) this.serviceSeconds[level] += CALL_COSTS[kind][level] * times;
  }

  /** One service call, with its arguments and its answer (undefined when it threw). */
  add(call: string, args: readonly unknown[], result: unknown): void {
    const classified = classifyCall(call, args);
    const { pending, commits } = classified;
    let kind = classified.kind;
    // Only the first touch of the active spreadsheet opens it; later getActiveSpreadsheet() calls are bridge calls.
    if (kind === 'open' && OPENING.has(call)) {
      if (this.opened) kind = 'bridge';
      this.opened = true;
    }
    // A read, a flush or a commit first pushes what waits in the write cache (Google's caching description).
    if (this.pendingWrites && (kind === 'read' || commits)) {
      if (kind !== 'write') this.charge('write');
      this.pendingWrites = false;
    }
    if (pending) this.pendingWrites = true;
    this.charge(kind);
    const data = callData(call, args, result);
    this.cellsRead += data.cellsRead;
    this.displayCellsRead += data.displayCellsRead;
    this.cellsWritten += data.cellsWritten;
    this.bytes += data.bytes;
    this.waitMs += data.waitMs;
    for (const level of LEVELS) {
      this.serviceSeconds[level] += data.cellsRead * CALL_COSTS.cellRead[level] + data.displayCellsRead * CALL_COSTS.displayCellRead[level]
        + data.cellsWritten * CALL_COSTS.cellWrite[level] + data.bytes * CALL_COSTS.driveBytes[level] + data.waitMs / 1000;
    }
  }

  /** The execution ends: writes still in the cache are committed. */
  finish(): void {
    if (this.pendingWrites) this.charge('write');
    this.pendingWrites = false;
  }

  totalCalls(): number {
    let sum = 0;
    for (const n of this.calls.values()) sum += n;
    return sum;
  }

  /** Estimated seconds on Apps Script, given the Node CPU milliseconds of the script's own JavaScript. */
  estimate(cpuMs: number): Seconds {
    const at = (level: Level) => this.serviceSeconds[level] + (cpuMs / 1000) * K_JS[level];
    return { low: at('low'), typical: at('typical'), high: at('high') };
  }
}
