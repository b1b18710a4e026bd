/**
 * The local host: every Apps Script service the add-on uses, wired together, with the
 * rules Apps Script applies around them (executions, authorisation modes, OAuth scopes,
 * trigger firing). Tests and the playground create one, install its services as globals
 * (or in a vm context), bind the add-on's entry points, and run them as Google would.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { counted } from './countedService';
import { scriptDate } from './scriptClock';
import { HostContext, type LocalUser } from './hostContext';
import { checkPermission, ScopeGrant, type AuthMode } from './permissions';
import { ExecutionTimer, type ExecutionTimeOptions } from './executionTime';
import { LocalDriveApp, localMimeType } from './services/drive';
import { advancedDriveGlobal, LocalDriveFiles } from './services/advancedDrive';
import { LocalFormApp } from './services/forms';
import { linkFormResponses } from './formSubmissions';
import { LocalLockService } from './services/lock';
import { LocalLogger } from './services/logger';
import { LocalMailApp } from './services/mail';
import { LocalPropertiesService } from './services/properties';
import { LocalScriptApp } from './services/scriptApp';
import type { DeploymentMode } from './services/deploymentTriggerRules';
import { LocalSession } from './services/session';
import { LocalSpreadsheetApp } from './services/spreadsheet/localSpreadsheetApp';
import { LocalHtmlService, LocalUi } from './services/ui';
import { LocalUtilities } from './services/utilities';
import { ChartType } from './services/spreadsheet/enums';
import type { UserEditResult } from './services/spreadsheet/localSpreadsheetApp';
import { userEdit as userEditCell, userPaste as userPasteBlock } from './editTriggers';

/** The repository root (where appsscript.json is), from the sources or from a bundle in build/. */
function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'appsscript.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`appsscript.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export interface LocalHostOptions {
  /** A fixed clock for tests; without it the host follows the wall clock. */
  now?: Date;
  user?: LocalUser;
  scriptTimeZone?: string;
  /** Reads an HTML file of the pushed project by name (`Sidebar`); default: dist/<name>.html. */
  readProjectFile?: (name: string) => string | undefined;
  /** The manifest's OAuth scopes; default: those of appsscript.json. null turns scope checks off. */
  scopes?: readonly string[] | null;
  /** How the add-on is deployed, which decides the triggers it may create (deploymentTriggerRules.ts); default `bound`. */
  mode?: DeploymentMode;
  /** The manifest's dependencies.enabledAdvancedServices; default: those of appsscript.json. */
  advancedServices?: readonly AdvancedService[];
  /**
   * The manifest scopes the user granted (granular consent lets a user untick some); default:
   * all of them. A call needing an ungranted scope fails as Google fails it.
   */
  grantedScopes?: readonly string[];
  /** The account type (daily trigger runtime), an injected CPU clock, or estimates without limits (see executionTime.ts). */
  executionTime?: ExecutionTimeOptions;
}

/** One firing of a time-driven trigger while time passed: what its handler returned, or the exception it ended with. */
export interface TriggerRun {
  triggerId: string;
  handler: string;
  /** ISO instant it fired. */
  at: string;
  result?: unknown;
  error?: string;
}

/** An entry of appsscript.json's dependencies.enabledAdvancedServices (https://developers.google.com/apps-script/manifest/dependencies). */
export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

type EntryPoint = (...args: unknown[]) => unknown;

function readDistHtml(name: string): string | undefined {
  const file = path.join(PROJECT_ROOT, 'dist', `${name}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
}

function readManifest(): Manifest {
  return JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'appsscript.json'), 'utf8')) as Manifest;
}

export function manifestScopes(): string[] {
  return readManifest().oauthScopes ?? [];
}

export function manifestAdvancedServices(): AdvancedService[] {
  return readManifest().dependencies?.enabledAdvancedServices ?? [];
}

/** The advanced services the host implements, by serviceId: only Drive API v3. */
function checkAdvancedServices(services: readonly AdvancedService[]): readonly AdvancedService[] {
  for (const service of services) {
    if (service.serviceId !== 'drive' || service.version !== 'v3') {
      throw new Error(`The local host does not implement the advanced service ${service.serviceId} ${service.version} (only drive v3).`);
    }
  }
  return services;
}

export class LocalHost {
  readonly ctx: HostContext;
  readonly ui: LocalUi;
  readonly spreadsheetApp: LocalSpreadsheetApp;
  readonly htmlService: LocalHtmlService;
  readonly propertiesService: LocalPropertiesService;
  readonly lockService: LocalLockService;
  readonly scriptApp: LocalScriptApp;
  readonly driveApp: LocalDriveApp;
  /** Drive.Files of the advanced Drive service, over the same files as driveApp. */
  readonly driveFiles: LocalDriveFiles;
  readonly mailApp: LocalMailApp;
  readonly utilities: LocalUtilities;
  readonly session: LocalSession;
  readonly formApp: LocalFormApp;
  readonly logger: LocalLogger;
  /** Apps Script's time limits by the cost model; `executionTime.last` is the last execution's estimate. */
  readonly executionTime: ExecutionTimer;
  /**
   * The Date of the built add-on (builtAddon.ts): the host's clock plus the estimate of the running
   * execution so far. Tests of the TypeScript sources keep the host's clock alone (globals()), so
   * the times they assert do not move with the machine's speed.
   */
  readonly estimatedScriptDate: DateConstructor;
  /** The mode the running execution has; AuthMode.NONE only while an add-on's onOpen runs unauthorised. */
  authMode: AuthMode = 'FULL';
  readonly mode: DeploymentMode;
  private readonly advancedServices: readonly AdvancedService[];
  /** The manifest's scopes and the user's grant of them; tests and the playground change the grant. */
  readonly scopeGrant: ScopeGrant;
  private entryPoints: Record<string, EntryPoint> = {};
  /** How many executions are running (an execution may start another, as a trigger fired from a test does). */
  private executions = 0;
  private userLooking = 0;

  constructor(options: LocalHostOptions = {}) {
    this.ctx = new HostContext({ now: options.now ?? null, user: options.user, scriptTimeZone: options.scriptTimeZone });
    const documentId = () => this.activeSpreadsheetId();
    this.ui = new LocalUi(this.ctx);
    // Sheets titles an add-on's menu with the add-on's name.
    this.ui.addonName = 'Clientele';
    this.spreadsheetApp = new LocalSpreadsheetApp(this.ctx, this.ui);
    this.htmlService = new LocalHtmlService(this.ctx, options.readProjectFile ?? readDistHtml);
    this.propertiesService = new LocalPropertiesService(this.ctx, documentId);
    this.lockService = new LocalLockService(this.ctx, documentId);
    this.mode = options.mode ?? 'bound';
    this.scriptApp = new LocalScriptApp(this.ctx, this.mode, documentId);
    this.driveApp = new LocalDriveApp(this.ctx, {
      listSpreadsheets: () => this.spreadsheetApp.listSpreadsheets(),
      copySpreadsheet: (id, newName) => this.spreadsheetApp.copySpreadsheet(id, newName),
      renameSpreadsheet: (id, name) => void this.spreadsheetApp.getSpreadsheetModel(id)?.rename(name),
      listFormFiles: () => this.formApp.listFormFiles(),
      renameFormFile: (id, name) => this.formApp.renameFormFile(id, name),
    });
    this.driveFiles = new LocalDriveFiles(this.driveApp);
    this.mailApp = new LocalMailApp(this.ctx);
    this.utilities = new LocalUtilities(this.ctx);
    this.session = new LocalSession(this.ctx);
    this.formApp = new LocalFormApp(this.ctx, {
      listSpreadsheets: () => this.spreadsheetApp.listSpreadsheets(),
      linkFormResponses: (id, titles) => linkFormResponses(this, id, titles),
    });
    this.logger = new LocalLogger();
    this.advancedServices = checkAdvancedServices(options.advancedServices ?? manifestAdvancedServices());
    this.scopeGrant = new ScopeGrant(options.scopes === undefined ? manifestScopes() : options.scopes, options.grantedScopes ?? null);
    this.scriptApp.scopeGrant = this.scopeGrant;
    // The grant binds the script's executions; the host acting as the user (typing, submitting a form) is not the script.
    this.ctx.calls.setGuard((call) => {
      if (this.userLooking > 0) return;
      checkPermission(call, this.authMode, this.scopeGrant, this.executions > 0);
    });
    this.executionTime = new ExecutionTimer(() => this.ctx.now(), () => this.ctx.user.email, options.executionTime);
    this.ctx.calls.setObserver(this.executionTime);
    this.estimatedScriptDate = scriptDate(() => new Date(this.executionTime.scriptNow()));
  }

  /**
   * The user looking at their own Drive or sheets (in Drive's web page, say), not the script:
   * no OAuth scope applies. Tests and the playground's views inspect what the add-on left
   * through this, so that the add-on's own calls stay as strictly checked as on Google.
   */
  asTheUser<T>(look: () => T): T {
    this.userLooking += 1;
    try {
      return look();
    } finally {
      this.userLooking -= 1;
    }
  }

  /**
   * The services as Apps Script's global names; each call is counted and permission-checked.
   * An advanced service exists only when the manifest enables it, under its userSymbol.
   */
  globals(): Record<string, unknown> {
    const c = <T extends object>(kind: string, service: T) => counted(kind, service, this.ctx.calls);
    const advanced = Object.fromEntries(this.advancedServices.map((s) => [s.userSymbol, advancedDriveGlobal(this.driveFiles, this.ctx.calls)]));
    return {
      ...advanced,
      SpreadsheetApp: c('SpreadsheetApp', this.spreadsheetApp),
      HtmlService: c('HtmlService', this.htmlService),
      PropertiesService: c('PropertiesService', this.propertiesService),
      LockService: c('LockService', this.lockService),
      ScriptApp: c('ScriptApp', this.scriptApp),
      DriveApp: c('DriveApp', this.driveApp),
      MailApp: c('MailApp', this.mailApp),
      Utilities: c('Utilities', this.utilities),
      Session: c('Session', this.session),
      FormApp: c('FormApp', this.formApp),
      Logger: c('Logger', this.logger),
      MimeType: localMimeType,
      Date: scriptDate(() => this.ctx.now()),
      // The Charts service's enums; embedded charts themselves are built from Sheet.newChart().
      Charts: Object.freeze({ ChartType }),
    };
  }

  installGlobals(target: object = globalThis): void {
    const globals = this.globals();
    // A host without the advanced Drive service must not leave an earlier host's Drive behind.
    if (!('Drive' in globals)) delete (target as Record<string, unknown>).Drive;
    Object.assign(target, globals);
  }

  /** Where entry points are looked up by name: the server module, or a vm context holding dist/Code.js. */
  bindEntryPoints(source: object): void {
    this.entryPoints = source as Record<string, EntryPoint>;
  }

  /** A new spreadsheet, made the open document (as the one the add-on runs in). */
  createSpreadsheet(name = 'Untitled spreadsheet'): string {
    const id = this.spreadsheetApp.createSpreadsheet(name).getId();
    this.spreadsheetApp.setActiveSpreadsheet(id);
    return id;
  }

  activeSpreadsheetId(): string | null {
    return this.spreadsheetApp.activeSpreadsheetId();
  }

  /**
   * Runs one entry point as one Apps Script execution: its own execution id, the given
   * authorisation mode, and its locks released when it ends, however it ends.
   */
  run<T = unknown>(name: string, ...args: unknown[]): T {
    return this.runAs('FULL', name, ...args);
  }

  runAs<T = unknown>(authMode: AuthMode, name: string, ...args: unknown[]): T {
    const entryPoint = this.entryPoints[name];
    if (typeof entryPoint !== 'function') throw new Error(`Script function not found: ${name}`);
    const executionId = this.ctx.beginExecution();
    const previousMode = this.authMode;
    this.authMode = authMode;
    this.executions += 1;
    try {
      return this.executionTime.run(name, args, () => entryPoint(...args) as T);
    } finally {
      this.executions -= 1;
      this.authMode = previousMode;
      this.lockService.releaseAllFor(executionId);
    }
  }

  /** The document opens: the add-on's onOpen runs, unauthorised (AuthMode.NONE) unless `authorised`. */
  openDocument(authorised = false): void {
    const authMode = authorised ? 'LIMITED' : 'NONE';
    this.ui.menus = [];
    this.runAs(authMode, 'onOpen', { authMode, source: null, user: null });
  }

  /** Whether the bound project has a top-level function of this name (a simple trigger is called only if it exists). */
  hasEntryPoint(name: string): boolean {
    return typeof this.entryPoints[name] === 'function';
  }

  /** A person types into a cell of the open spreadsheet; the edit triggers fire as in Sheets (see editTriggers.ts). */
  userEdit(sheetName: string, row: number, column: number, typed: string, editor?: string): UserEditResult {
    return userEditCell(this, this.requireActiveId(), { sheetName, row, column }, typed, editor);
  }

  /** A person selects a cell (the grid's click): its sheet becomes the active one and the cell the active range. */
  userSelect(sheetName: string, row: number, column: number): void {
    const spreadsheet = this.spreadsheetApp.getSpreadsheetModel(this.requireActiveId())!;
    const sheet = spreadsheet.sheetNamed(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    spreadsheet.activeSheet = sheet;
    spreadsheet.selection = { sheet, row, column, rows: 1, columns: 1 };
  }

  /** A person pastes a block of text at (row, column): one edit event for the whole range. */
  userPaste(sheetName: string, row: number, column: number, block: readonly (readonly string[])[], editor?: string): UserEditResult[] {
    return userPasteBlock(this, this.requireActiveId(), { sheetName, row, column }, block, editor);
  }

  private requireActiveId(): string {
    const id = this.activeSpreadsheetId();
    if (id === null) throw new Error('No spreadsheet is open on the local host.');
    return id;
  }

  /**
   * Fires an installable trigger as Google would: its handler, by name, in a new execution, in
   * the spreadsheet the trigger belongs to (whichever one the user has open meanwhile).
   */
  fireTrigger(triggerId: string, event: Record<string, unknown> = {}): unknown {
    const trigger = this.scriptApp.triggerById(triggerId);
    if (!trigger) throw new Error(`No trigger with id ${triggerId}`);
    this.scriptApp.markFired(triggerId, this.ctx.now());
    return this.inSpreadsheet(trigger.documentId ?? null, () => this.run(trigger.handler, { authMode: 'FULL', triggerUid: triggerId, ...event }));
  }

  /**
   * Lets `ms` of time pass: the clock moves to each time-driven trigger's next firing in turn
   * and fires it with a time-driven event object, until the time is up. A trigger that throws
   * is recorded as failed, as Apps Script's executions list shows it, and time goes on.
   */
  letTimePass(ms: number): TriggerRun[] {
    const end = this.ctx.now().getTime() + ms;
    const runs: TriggerRun[] = [];
    for (let next = this.scriptApp.nextTimeTrigger(); next && next.at <= end; next = this.scriptApp.nextTimeTrigger()) {
      this.ctx.skipAhead(Math.max(0, next.at - this.ctx.now().getTime()));
      const run: TriggerRun = { triggerId: next.trigger.id, handler: next.trigger.handler, at: this.ctx.now().toISOString() };
      try {
        run.result = this.fireTrigger(next.trigger.id, timeDrivenEvent(this.ctx.now()));
      } catch (error) {
        run.error = error instanceof Error ? error.message : String(error);
      }
      runs.push(run);
    }
    this.ctx.skipAhead(Math.max(0, end - this.ctx.now().getTime()));
    return runs;
  }

  private inSpreadsheet<T>(id: string | null, work: () => T): T {
    const open = this.activeSpreadsheetId();
    if (id === null || id === open || !this.spreadsheetApp.getSpreadsheetModel(id)) return work();
    this.spreadsheetApp.setActiveSpreadsheet(id);
    try {
      return work();
    } finally {
      if (open !== null) this.spreadsheetApp.setActiveSpreadsheet(open);
    }
  }

  exportState(): HostState {
    return {
      format: 'clientele-local-workbook',
      version: 1,
      spreadsheets: this.spreadsheetApp.exportState(),
      properties: this.propertiesService.exportState(),
      triggers: this.scriptApp.exportState(),
      drive: this.driveApp.exportState(),
      forms: this.formApp.exportState(),
      mail: this.mailApp.exportState(),
      idCounter: this.ctx.idCounterState(),
      clockOffset: this.ctx.clockOffsetState(),
    };
  }

  importState(state: HostState): void {
    if (state.format !== 'clientele-local-workbook') throw new Error('Not a Clientele local workbook file.');
    this.spreadsheetApp.importState(state.spreadsheets);
    this.propertiesService.importState(state.properties);
    this.scriptApp.importState(state.triggers);
    this.driveApp.importState(state.drive);
    this.formApp.importState(state.forms);
    this.mailApp.importState(state.mail);
    this.ctx.restoreIdCounter(state.idCounter);
    this.ctx.restoreClockOffset(state.clockOffset ?? 0);
  }
}

export interface HostState {
  format: 'clientele-local-workbook';
  version: 1;
  spreadsheets: unknown;
  properties: unknown;
  triggers: unknown;
  drive: unknown;
  forms: unknown;
  mail: unknown;
  idCounter: number;
  /** How far simulated time runs ahead of the wall clock (absent in older files). */
  clockOffset?: number;
}

/**
 * The time-driven event object (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events),
 * in UTC; `week-of-year` is left out (the add-on reads none of these fields).
 */
function timeDrivenEvent(now: Date): Record<string, unknown> {
  return {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
  };
}
