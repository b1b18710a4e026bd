/**
 * The local host: every Apps Script service the add-on uses, wired together, with the
 * rules Apps Script applies around them (executions, authorisation modes, OAuth scopes,
 * trigger firing). Tests and the playground create one, install its services as globals
 * (or in a vm context), bind the add-on's entry points, and run them as Google would.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { counted } from './countedService';
import { HostContext, type LocalUser } from './hostContext';
import { checkPermission, type AuthMode } from './permissions';
import { LocalDriveApp, localMimeType } from './services/drive';
import { advancedDriveGlobal, LocalDriveFiles } from './services/advancedDrive';
import { LocalFormApp } from './services/forms';
import { linkFormResponses } from './formSubmissions';
import { LocalLockService } from './services/lock';
import { LocalLogger } from './services/logger';
import { LocalMailApp } from './services/mail';
import { LocalPropertiesService } from './services/properties';
import { LocalScriptApp } from './services/scriptApp';
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
  /** The manifest's dependencies.enabledAdvancedServices; default: those of appsscript.json. */
  advancedServices?: readonly AdvancedService[];
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
  /** The mode the running execution has; AuthMode.NONE only while an add-on's onOpen runs unauthorised. */
  authMode: AuthMode = 'FULL';
  private readonly scopes: readonly string[] | null;
  private readonly advancedServices: readonly AdvancedService[];
  private entryPoints: Record<string, EntryPoint> = {};

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
    this.scriptApp = new LocalScriptApp(this.ctx);
    this.driveApp = new LocalDriveApp(this.ctx, {
      listSpreadsheets: () => this.spreadsheetApp.listSpreadsheets(),
      copySpreadsheet: (id, newName) => this.spreadsheetApp.copySpreadsheet(id, newName),
      renameSpreadsheet: (id, name) => void this.spreadsheetApp.getSpreadsheetModel(id)?.rename(name),
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
    this.scopes = options.scopes === undefined ? manifestScopes() : options.scopes;
    this.advancedServices = checkAdvancedServices(options.advancedServices ?? manifestAdvancedServices());
    this.ctx.calls.setGuard((call) => checkPermission(call, this.authMode, this.scopes));
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
    try {
      return entryPoint(...args) as T;
    } finally {
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

  /** A person pastes a block of text at (row, column): one edit event for the whole range. */
  /** A person selects a cell (the grid's click): its sheet becomes the active one and the cell the active range. */
  userSelect(sheetName: string, row: number, column: number): void {
    const spreadsheet = this.spreadsheetApp.getSpreadsheetModel(this.requireActiveId())!;
    const sheet = spreadsheet.sheetNamed(sheetName);
    if (!sheet) throw new Error(`No sheet named ${sheetName}`);
    spreadsheet.activeSheet = sheet;
    spreadsheet.selection = { sheet, row, column, rows: 1, columns: 1 };
  }

  userPaste(sheetName: string, row: number, column: number, block: readonly (readonly string[])[], editor?: string): UserEditResult[] {
    return userPasteBlock(this, this.requireActiveId(), { sheetName, row, column }, block, editor);
  }

  private requireActiveId(): string {
    const id = this.activeSpreadsheetId();
    if (id === null) throw new Error('No spreadsheet is open on the local host.');
    return id;
  }

  /** Fires an installable trigger as Google would: its handler, by name, in a new execution. */
  fireTrigger(triggerId: string, event: Record<string, unknown> = {}): unknown {
    const trigger = this.scriptApp.triggerById(triggerId);
    if (!trigger) throw new Error(`No trigger with id ${triggerId}`);
    this.scriptApp.markFired(triggerId, this.ctx.now());
    return this.run(trigger.handler, { authMode: 'FULL', triggerUid: triggerId, ...event });
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
}
