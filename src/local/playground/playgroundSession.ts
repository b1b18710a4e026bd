import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadBuiltAddon } from '../builtAddon';
import { createDemoWorkbook } from '../demo/demoCustomers';
import { LocalHost } from '../localHost';
import type { DeploymentMode } from '../services/deploymentTriggerRules';
import { loadWorkbook, saveWorkbook } from '../workbookFile';
import { PLAYGROUND_LOCALES } from './playgroundView';
import { ViewTracker } from './workbookView';

export const PLAYGROUND_EMAIL = 'you@localhost';

function demoHost(locale: string, mode: DeploymentMode): LocalHost {
  const host = new LocalHost({ user: { email: PLAYGROUND_EMAIL, locale }, mode });
  createDemoWorkbook(host);
  return host;
}

/**
 * The one workbook the playground shows: a local host running the built add-on, saved to
 * its workbook file after every change. Requests are handled one at a time (the host is
 * synchronous), so no two executions overlap.
 */
export class PlaygroundSession {
  host: LocalHost;
  tracker = new ViewTracker();

  private constructor(
    host: LocalHost,
    readonly workbookFile: string,
  ) {
    this.host = host;
    loadBuiltAddon(this.host);
  }

  /** The saved workbook if there is one, else a new demo workbook (saved at once). */
  static start(workbookFile: string, mode: DeploymentMode = 'bound'): PlaygroundSession {
    const file = path.resolve(workbookFile);
    const host = existsSync(file) ? loadWorkbook(file, { user: { email: PLAYGROUND_EMAIL, locale: 'en' }, mode }) : demoHost('en', mode);
    const session = new PlaygroundSession(host, file);
    session.save();
    return session;
  }

  save(): void {
    mkdirSync(path.dirname(this.workbookFile), { recursive: true });
    saveWorkbook(this.host, this.workbookFile);
  }

  /** The page (re)loads: as when a document opens in Sheets, the sidebar is gone and onOpen runs unauthorised. */
  openDocument(): void {
    this.host.ui.sidebar = null;
    this.host.openDocument();
  }

  /** Sheets reads the locale when the document loads, so a new locale means opening it again. */
  setLocale(locale: string): void {
    if (!(PLAYGROUND_LOCALES as readonly string[]).includes(locale)) throw new Error(`Unknown locale "${locale}".`);
    this.host.ctx.user.locale = locale;
    this.openDocument();
  }

  /** Throws away every change: the demo workbook as it was first made, in the same locale. */
  reset(): void {
    this.host = demoHost(this.host.ctx.user.locale, this.host.mode);
    this.tracker = new ViewTracker();
    loadBuiltAddon(this.host);
    this.openDocument();
  }

  /** A sheet tab clicked: it becomes the active sheet, as getActiveSheet() will then report. */
  activateSheet(name: string): void {
    const spreadsheet = this.spreadsheet();
    const sheet = spreadsheet.sheetNamed(name);
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    spreadsheet.activeSheet = sheet;
  }

  /** "Run now" on an installable trigger (the host records it as the trigger's latest firing). */
  fireTrigger(id: string): void {
    this.host.fireTrigger(id);
  }

  /** "Let time pass": the clock runs ahead and the time-driven triggers (the scheduler) fire as they would meanwhile. */
  letTimePass(hours: number): void {
    this.host.letTimePass(hours * 60 * 60_000);
  }

  spreadsheet() {
    const id = this.host.activeSpreadsheetId();
    const spreadsheet = id === null ? undefined : this.host.spreadsheetApp.getSpreadsheetModel(id);
    if (!spreadsheet) throw new Error('No spreadsheet is open.');
    return spreadsheet;
  }
}
