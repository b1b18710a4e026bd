import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';
import { counted } from '../countedService';
import { ScopeGrant } from '../permissions';
import { checkNewTrigger, type DeploymentMode } from './deploymentTriggerRules';

/** Enum values are their names, which is what Apps Script enums print. */
export const localAuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const localEventType = {
  CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const localTriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const localWeekday = {
  SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY',
} as const;

export const localAuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;

type EventTypeName = keyof typeof localEventType;
type TriggerSourceName = keyof typeof localTriggerSource;

/** Quotas for Google Services: "Triggers: 20 / user / script". */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** What a ClockTriggerBuilder was told; one of the repeat fields or `at` is set. */
export interface ClockSchedule {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: string;
  /** One-off triggers (`at`, `after`): when to run, ms since the epoch. */
  at?: number;
  timezone?: string;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** The spreadsheet or form id; null for time-driven triggers. */
  sourceId: string | null;
  /**
   * Host: the spreadsheet the trigger runs in: the one it watches, or for a time-driven trigger
   * the one open when it was created (an add-on's clock trigger belongs to that document, though
   * getTriggerSourceId() returns null for it as Google's does). Null for a form's trigger.
   * Absent in workbooks saved before the host recorded it.
   */
  documentId?: string | null;
  /** Installable triggers belong to the user who created them. */
  owner: string;
  schedule?: ClockSchedule;
  createdAt: number;
  lastFiredAt: number | null;
}

type TriggerMethods = 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getUniqueId';

export class LocalTrigger implements Faithful<GoogleAppsScript.Script.Trigger, TriggerMethods> {
  constructor(readonly record: TriggerRecord) {}

  getHandlerFunction(): string {
    return this.record.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this.record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** The spreadsheet or form id; null for a time-driven trigger (which is why this is outside `Faithful`'s `string`). */
  getTriggerSourceId(): string | null {
    return this.record.sourceId;
  }

  getUniqueId(): string {
    return this.record.id;
  }
}

/** A spreadsheet or form as a script passes it, or its id. */
type SourceArgument = string | { getId(): string };

function sourceId(source: SourceArgument): string {
  return typeof source === 'string' ? source : source.getId();
}

function requireOneOf(name: string, value: number, allowed: number[]): void {
  if (!allowed.includes(value)) throw new Error(`Invalid argument: ${name} must be one of ${allowed.join(', ')}; got ${value}.`);
}

function requireRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`Invalid argument: ${name} must be an integer from ${min} to ${max}; got ${value}.`);
}

/**
 * ScriptApp: installable triggers are records the host keeps; the host (not
 * this class) fires them by calling the handler function by name.
 */
export class LocalScriptApp implements Faithful<GoogleAppsScript.Script.ScriptApp, 'newTrigger' | 'deleteTrigger'> {
  readonly AuthMode = localAuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly EventType = localEventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly TriggerSource = localTriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly WeekDay = localWeekday as unknown as typeof GoogleAppsScript.Base.Weekday;
  readonly AuthorizationStatus = localAuthorizationStatus as unknown as typeof GoogleAppsScript.Script.AuthorizationStatus;

  private triggers: TriggerRecord[] = [];

  constructor(
    private readonly ctx: HostContext,
    private readonly mode: DeploymentMode = 'bound',
    private readonly currentDocumentId: () => string | null = () => null,
  ) {}

  newTrigger(functionName: string): LocalTriggerBuilder {
    return counted('TriggerBuilder', new LocalTriggerBuilder(this, this.ctx, String(functionName)), this.ctx.calls);
  }

  /** Google: the current user's installable triggers in this project. (Outside `Faithful`: a trigger's source id may be null.) */
  getProjectTriggers(): LocalTrigger[] {
    return this.triggers.filter((t) => t.owner === this.ctx.user.email).map((t) => this.handOut(t));
  }

  /** Google: the current user's installable triggers for this spreadsheet, form or document. */
  getUserTriggers(container: SourceArgument): LocalTrigger[] {
    const id = sourceId(container);
    return this.triggers.filter((t) => t.owner === this.ctx.user.email && t.sourceId === id).map((t) => this.handOut(t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger | LocalTrigger): void {
    const id = trigger instanceof LocalTrigger ? trigger.record.id : trigger.getUniqueId();
    this.triggers = this.triggers.filter((t) => t.id !== id);
  }

  /** Host: every trigger of every user, with its schedule. */
  listTriggers(): TriggerRecord[] {
    return this.triggers.map((t) => structuredClone(t));
  }

  triggerById(id: string): TriggerRecord | undefined {
    const found = this.triggers.find((t) => t.id === id);
    return found && structuredClone(found);
  }

  /**
   * Host: the time-driven triggers that should have fired by `now`. A repeating
   * trigger is due one period after it last fired (or was created); a one-off
   * trigger once its time has come, if it has not fired yet. Apps Script's own
   * timing is looser (atHour fires somewhere within the hour); this is a model.
   */
  dueTimeTriggers(now: Date): TriggerRecord[] {
    return this.triggers.filter((t) => (nextFiring(t) ?? Infinity) <= now.getTime()).map((t) => structuredClone(t));
  }

  /** Host: the time-driven trigger that fires first, and when (ms since the epoch); null when none will. */
  nextTimeTrigger(): { trigger: TriggerRecord; at: number } | null {
    let first: { trigger: TriggerRecord; at: number } | null = null;
    for (const trigger of this.triggers) {
      const at = nextFiring(trigger);
      if (at !== null && (first === null || at < first.at)) first = { trigger: structuredClone(trigger), at };
    }
    return first;
  }

  /** Host: records that the host ran a trigger, so `dueTimeTriggers` moves on. */
  markFired(id: string, at: Date): void {
    const found = this.triggers.find((t) => t.id === id);
    if (found) found.lastFiredAt = at.getTime();
  }

  /** Used by the builders; refuses what the deployment mode does not allow (deploymentTriggerRules.ts). */
  addTrigger(record: Omit<TriggerRecord, 'id' | 'owner' | 'createdAt' | 'lastFiredAt' | 'documentId'>): LocalTrigger {
    const owner = this.ctx.user.email;
    const current = this.currentDocumentId();
    const documentId = record.eventType === 'CLOCK' ? current : record.source === 'SPREADSHEETS' ? record.sourceId : null;
    const users = this.triggers.filter((t) => t.owner === owner);
    checkNewTrigger(this.mode, { eventType: record.eventType, documentId, sourceId: record.sourceId, everyMinutes: record.schedule?.everyMinutes !== undefined }, users.map((t) => ({ eventType: t.eventType, documentId: t.documentId ?? null })), current);
    if (users.length >= MAX_TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const full: TriggerRecord = { ...record, documentId, id: this.ctx.newId('trigger-'), owner, createdAt: this.ctx.now().getTime(), lastFiredAt: null };
    this.triggers.push(full);
    return this.handOut(full);
  }

  exportState(): { triggers: TriggerRecord[] } {
    return { triggers: this.listTriggers() };
  }

  importState(state: unknown): void {
    this.triggers = (state as { triggers: TriggerRecord[] }).triggers.map((t) => structuredClone(t));
  }

  // ---- Granular consent: what the user granted of the manifest's scopes ----------------------
  // https://developers.google.com/apps-script/reference/script/script-app#requirescopesauthmode,-oauthscopes
  // https://developers.google.com/apps-script/reference/script/script-app#getauthorizationinfoauthmode,-oauthscopes
  // https://developers.google.com/apps-script/reference/script/authorization-info

  /** Host: the manifest's scopes and the user's grant (LocalHost sets it; standalone, every scope counts as granted). */
  scopeGrant = new ScopeGrant(null);
  /** Host: true once the user's authorisation is out of date (a new version asks for more than they granted); tests set it. */
  authorizationRequired = false;
  /** Host: the authorisation prompts requireScopes and requireAllScopes rendered, each with the scopes it asked for. */
  readonly authorizationPrompts: string[][] = [];

  /**
   * Google: whether the user has granted the requested scopes (all the script's when none are
   * given), with the URL that asks for the missing ones. Only AuthMode.FULL can require
   * authorisation ("no other authorization mode requires that users grant authorization").
   */
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): LocalAuthorizationInfo {
    const requested = oAuthScopes === undefined ? null : this.requestedScopes(oAuthScopes);
    const missing = this.missingScopes(authMode, requested);
    const authorized = (requested ?? this.scopeGrant.grantedScopes()).filter((scope) => this.scopeGrant.isGranted(scope));
    return counted('AuthorizationInfo', new LocalAuthorizationInfo(missing, authorized, AUTHORIZATION_URL), this.ctx.calls);
  }

  /**
   * Google: "If any of the specified consents are missing, then this method ends the current
   * execution and renders an authorization prompt to request the missing consents." The host
   * records the prompt and ends the execution with the error google.script.run and triggers
   * report when authorisation is missing.
   */
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void {
    this.promptFor(this.missingScopes(authMode, this.requestedScopes(oAuthScopes)));
  }

  /** Google: as requireScopes, for every scope the script requests. */
  requireAllScopes(authMode: GoogleAppsScript.Script.AuthMode): void {
    this.promptFor(this.missingScopes(authMode, null));
  }

  private promptFor(missing: string[] | null): void {
    if (missing === null) return;
    this.authorizationPrompts.push(missing);
    throw new Error(AUTHORIZATION_REQUIRED);
  }

  /**
   * Google: "Scopes that are invalid or not required by the script lead to an error." The
   * reference does not give the message; the host's names the scope and where scopes are declared.
   */
  private requestedScopes(oAuthScopes: unknown): string[] {
    if (!Array.isArray(oAuthScopes) || oAuthScopes.some((scope) => typeof scope !== 'string')) {
      throw new Error('Invalid argument: oAuthScopes must be an array of OAuth scope URLs.');
    }
    const manifest = this.scopeGrant.manifest;
    const unknown = manifest === null ? undefined : (oAuthScopes as string[]).find((scope) => !manifest.includes(scope));
    if (unknown !== undefined) throw new Error(`Invalid argument: ${unknown} is not one of the OAuth scopes this script requires (oauthScopes in appsscript.json).`);
    return [...(oAuthScopes as string[])];
  }

  /**
   * The scopes still to grant, or null when nothing is missing. A stale authorisation
   * (`authorizationRequired`) is missing whatever is asked, with no scope the host can name:
   * Google documents that where granular consent is not offered (add-ons), the script asks
   * for all its scopes at the start of the execution.
   */
  private missingScopes(authMode: GoogleAppsScript.Script.AuthMode, requested: string[] | null): string[] | null {
    if (String(authMode) !== 'FULL') return null;
    const missing = (requested ?? this.scopeGrant.manifest ?? []).filter((scope) => !this.scopeGrant.isGranted(scope));
    return missing.length > 0 || this.authorizationRequired ? missing : null;
  }

  private handOut(record: TriggerRecord): LocalTrigger {
    return counted('Trigger', new LocalTrigger(record), this.ctx.calls);
  }
}

/** When a time-driven trigger fires next: one period after it last fired (or was made), a one-off trigger once. */
function nextFiring(t: TriggerRecord): number | null {
  const s = t.schedule;
  if (t.eventType !== 'CLOCK' || !s) return null;
  if (s.at !== undefined) return t.lastFiredAt === null ? s.at : null;
  return (t.lastFiredAt ?? t.createdAt) + periodOf(s);
}

function periodOf(s: ClockSchedule): number {
  if (s.everyMinutes !== undefined) return s.everyMinutes * MINUTE;
  if (s.everyHours !== undefined) return s.everyHours * HOUR;
  if (s.everyDays !== undefined) return s.everyDays * DAY;
  return (s.everyWeeks ?? 1) * 7 * DAY;
}

export class LocalTriggerBuilder implements Faithful<GoogleAppsScript.Script.TriggerBuilder, 'timeBased'> {
  constructor(private readonly app: LocalScriptApp, private readonly ctx: HostContext, private readonly handler: string) {}

  timeBased(): LocalClockTriggerBuilder {
    return new LocalClockTriggerBuilder(this.app, this.ctx, this.handler).handle;
  }

  forSpreadsheet(spreadsheet: SourceArgument): LocalContainerTriggerBuilder {
    return new LocalContainerTriggerBuilder(this.app, this.ctx, this.handler, 'SPREADSHEETS', sourceId(spreadsheet), ['ON_OPEN', 'ON_EDIT', 'ON_CHANGE', 'ON_FORM_SUBMIT']).handle;
  }

  forForm(form: SourceArgument): LocalContainerTriggerBuilder {
    return new LocalContainerTriggerBuilder(this.app, this.ctx, this.handler, 'FORMS', sourceId(form), ['ON_OPEN', 'ON_FORM_SUBMIT']).handle;
  }
}

type ClockMethods = 'everyMinutes' | 'everyHours' | 'everyDays' | 'everyWeeks' | 'atHour' | 'nearMinute' | 'onWeekDay' | 'at' | 'after' | 'inTimezone' | 'create';

export class LocalClockTriggerBuilder implements Faithful<GoogleAppsScript.Script.ClockTriggerBuilder, ClockMethods> {
  readonly handle: LocalClockTriggerBuilder;
  private readonly schedule: ClockSchedule = {};

  constructor(private readonly app: LocalScriptApp, private readonly ctx: HostContext, private readonly handler: string) {
    this.handle = counted('ClockTriggerBuilder', this, ctx.calls);
  }

  /** Google: "n must be 1, 5, 10, 15 or 30". */
  everyMinutes(n: number): LocalClockTriggerBuilder {
    requireOneOf('minutes', n, [1, 5, 10, 15, 30]);
    return this.set({ everyMinutes: n });
  }

  /** Google: hours "must be 1, 2, 4, 6, 8 or 12". */
  everyHours(n: number): LocalClockTriggerBuilder {
    requireOneOf('hours', n, [1, 2, 4, 6, 8, 12]);
    return this.set({ everyHours: n });
  }

  everyDays(n: number): LocalClockTriggerBuilder {
    requireRange('days', n, 1, 365);
    return this.set({ everyDays: n });
  }

  everyWeeks(n: number): LocalClockTriggerBuilder {
    requireRange('weeks', n, 1, 52);
    return this.set({ everyWeeks: n });
  }

  atHour(hour: number): LocalClockTriggerBuilder {
    requireRange('hour', hour, 0, 23);
    return this.set({ atHour: hour });
  }

  nearMinute(minute: number): LocalClockTriggerBuilder {
    requireRange('minute', minute, 0, 59);
    return this.set({ nearMinute: minute });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): LocalClockTriggerBuilder {
    const name = String(day);
    if (!(name in localWeekday)) throw new Error(`Invalid argument: day (${name})`);
    // Google: onWeekDay makes a weekly trigger.
    return this.set({ onWeekDay: name, everyWeeks: this.schedule.everyWeeks ?? 1 });
  }

  at(date: GoogleAppsScript.Base.Date): LocalClockTriggerBuilder {
    return this.set({ at: date.getTime() });
  }

  after(durationMilliseconds: number): LocalClockTriggerBuilder {
    return this.set({ at: this.ctx.now().getTime() + durationMilliseconds });
  }

  inTimezone(timezone: string): LocalClockTriggerBuilder {
    return this.set({ timezone });
  }

  create(): LocalTrigger {
    const s = this.schedule;
    const repeats = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks].filter((v) => v !== undefined).length;
    if (repeats === 0 && s.at === undefined) throw new Error('A time-based trigger needs a schedule: call everyMinutes, everyHours, everyDays, everyWeeks, onWeekDay, at or after before create().');
    if ((s.atHour !== undefined || s.nearMinute !== undefined) && s.everyDays === undefined && s.everyWeeks === undefined) {
      throw new Error('atHour and nearMinute apply only to triggers that repeat every n days or weeks.');
    }
    return this.app.addTrigger({ handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule: { ...s } });
  }

  private set(part: Partial<ClockSchedule>): LocalClockTriggerBuilder {
    Object.assign(this.schedule, part);
    return this.handle;
  }
}

type ContainerMethods = 'onOpen' | 'onFormSubmit' | 'create';

/** The builder behind forSpreadsheet (onOpen, onEdit, onChange, onFormSubmit) and forForm (onOpen, onFormSubmit). */
export class LocalContainerTriggerBuilder implements Faithful<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, ContainerMethods> {
  readonly handle: LocalContainerTriggerBuilder;
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly app: LocalScriptApp,
    ctx: HostContext,
    private readonly handler: string,
    private readonly source: TriggerSourceName,
    private readonly sourceId: string,
    private readonly allowed: EventTypeName[],
  ) {
    this.handle = counted(source === 'FORMS' ? 'FormTriggerBuilder' : 'SpreadsheetTriggerBuilder', this, ctx.calls);
  }

  onOpen(): LocalContainerTriggerBuilder {
    return this.on('ON_OPEN');
  }

  onEdit(): LocalContainerTriggerBuilder {
    return this.on('ON_EDIT');
  }

  onChange(): LocalContainerTriggerBuilder {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): LocalContainerTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): LocalTrigger {
    if (this.eventType === null) throw new Error('Choose the event (onOpen, onEdit, onChange or onFormSubmit) before create().');
    return this.app.addTrigger({ handler: this.handler, eventType: this.eventType, source: this.source, sourceId: this.sourceId });
  }

  private on(eventType: EventTypeName): LocalContainerTriggerBuilder {
    // A form trigger builder has no onEdit or onChange in Apps Script.
    if (!this.allowed.includes(eventType)) throw new TypeError(`${eventType} is not available on a ${this.source === 'FORMS' ? 'form' : 'spreadsheet'} trigger builder.`);
    this.eventType = eventType;
    return this.handle;
  }
}

/** Where the host's authorisation prompt would send the user (Apps Script's URL shape). */
const AUTHORIZATION_URL = 'https://script.google.com/macros/d/local-script/authorize';
/** What google.script.run's failure handler and a trigger's failure report when an execution needs authorisation. */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

/** AuthorizationInfo: whether the user must authorise the script (again), and which of the asked scopes they granted. */
export class LocalAuthorizationInfo implements Faithful<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationUrl' | 'getAuthorizedScopes'> {
  constructor(private readonly missing: string[] | null, private readonly authorized: string[], private readonly url: string) {}

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.missing === null ? 'NOT_REQUIRED' : 'REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** Google: null when no authorisation is required. */
  getAuthorizationUrl(): string {
    return this.missing === null ? (null as unknown as string) : this.url;
  }

  /** Google: "If authorization information is requested for a specified list of scopes, returns the authorized scopes from the specified list." */
  getAuthorizedScopes(): string[] {
    return [...this.authorized];
  }
}
