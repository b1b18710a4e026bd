/**
 * A local host running a few script functions written in the test itself, against the host's
 * Apps Script services as the script sees them (counted, permission-checked, timed), with a CPU
 * clock the test controls: estimates then depend only on the calls the script makes.
 */
import { LocalHost, type LocalHostOptions } from '../../src/local/localHost';

export interface ScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  /** Apps Script's clock, as the built add-on's vm has it (executionTime.ts). */
  Date: DateConstructor;
}

export interface ScriptedHost {
  host: LocalHost;
  /** Milliseconds of "CPU time" the script has used: scripts add to it to stand for their own JavaScript. */
  cpu: { ms: number };
}

export function scriptedHost(script: (g: ScriptGlobals, cpu: { ms: number }) => Record<string, (...args: never[]) => unknown>, options: LocalHostOptions = {}): ScriptedHost {
  const cpu = { ms: 0 };
  const host = new LocalHost({ now: new Date('2026-11-23T09:00:00Z'), ...options, executionTime: { cpuClock: () => cpu.ms, ...options.executionTime } });
  host.createSpreadsheet('Timed');
  host.bindEntryPoints(script({ ...host.globals(), Date: host.estimatedScriptDate } as unknown as ScriptGlobals, cpu));
  return { host, cpu };
}
