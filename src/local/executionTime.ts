/**
 * Apps Script's time limits, enforced on the local host by the cost model (executionCost.ts):
 *
 * - 6 minutes per execution ("Script runtime: 6 min / execution"),
 * - 30 seconds for simple triggers (onOpen, onEdit, onInstall, onSelectionChange: "They cannot
 *   run for longer than 30 seconds", developers.google.com/apps-script/guides/triggers#restrictions),
 * - the daily total runtime of installable triggers ("Triggers total runtime: 90 min / day" on
 *   consumer accounts, 6 hr / day on Google Workspace), per user, reset "24 hours after the first
 *   request" (developers.google.com/apps-script/guides/services/quotas).
 *
 * The host cannot know the real time an execution would take, so every decision is made on the
 * *typical* estimate of the cost model (the *high* one when the host is told `level: 'high'`,
 * a slow day on Google), never on the time the host itself took: the service side
 * is a function of the calls and their data alone, and CPU time enters as the Node CPU time the
 * script's own JavaScript used (process.cpuUsage, minus the time spent inside the host's service
 * implementations) × k_js. Tests that decide on enforcement inject a CPU clock, so that they
 * depend on nothing but the calls they make.
 *
 * Scripts that budget their own time (a backup step of 4 minutes, a matching step of 25 seconds)
 * read the clock: in the built add-on's vm, `Date` is Apps Script's clock (`scriptNow`), which
 * during an execution reads the host's clock plus the estimate so far, so a step stops where it would
 * stop on Google rather than after 4 minutes of the much faster Node.
 *
 * Google stops an execution when it runs out of time, wherever it is; the host checks after each
 * service call and once more at the end. A script cannot catch its way past the limit: once over,
 * every further call throws again and the execution ends with the error, whatever it returned.
 */
import { ExecutionCost, type Level, type Seconds } from './executionCost';

export const EXCEEDED_MAXIMUM_EXECUTION_TIME = 'Exceeded maximum execution time';
/** developers.google.com/apps-script/guides/services/quotas, "Exception messages". */
export const TOO_MUCH_COMPUTER_TIME = 'Service using too much computer time for one day.';

export const EXECUTION_LIMIT_SECONDS = 6 * 60;
export const SIMPLE_TRIGGER_LIMIT_SECONDS = 30;
export const DAILY_TRIGGER_RUNTIME_SECONDS = { consumer: 90 * 60, workspace: 6 * 60 * 60 } as const;
const QUOTA_WINDOW_MS = 24 * 60 * 60_000;

/** The functions Apps Script runs as simple triggers when a project declares them (guides/triggers). */
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onEdit', 'onInstall', 'onSelectionChange']);

export type ExecutionKind = 'script' | 'simple trigger' | 'installable trigger';
export type AccountType = keyof typeof DAILY_TRIGGER_RUNTIME_SECONDS;

export interface ExecutionTimeOptions {
  /** Consumer (gmail.com, the default) or Google Workspace: sets the daily trigger runtime. */
  account?: AccountType;
  /** Milliseconds of CPU time so far; default this process's user + system CPU time. */
  cpuClock?: () => number;
  /** false: estimate only, never stop an execution (the bench measures actions past the limits). */
  enforce?: boolean;
  /**
   * The estimate Apps Script's clock and the limits follow: 'typical' (the default), or 'high'
   * for a slow day on Google, to show that a step that budgets its own time still ends in time.
   */
  level?: Level;
}

/** What the last execution cost, as the model estimates it on Apps Script. */
export interface ExecutionEstimate {
  name: string;
  kind: ExecutionKind;
  /** Service calls, by the model's kind (read, write, bridge, driveCall…). */
  calls: Record<string, number>;
  totalCalls: number;
  cellsRead: number;
  cellsWritten: number;
  bytes: number;
  /** Node CPU milliseconds of the script's own JavaScript. */
  cpuMs: number;
  seconds: Seconds;
  limitSeconds: number;
  /** The error the execution ended with because of its time, if it did. */
  stopped: string | null;
}

function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Installable triggers carry `triggerUid` in their event (guides/triggers/events); simple triggers are known by name. */
export function executionKind(name: string, args: readonly unknown[]): ExecutionKind {
  const event = args[0];
  if (event && typeof event === 'object' && 'triggerUid' in event) return 'installable trigger';
  return SIMPLE_TRIGGERS.has(name) ? 'simple trigger' : 'script';
}

class Execution {
  readonly cost: ExecutionCost;
  private readonly cpuStart: number;
  /** CPU time spent inside the host's services (and nested executions): the host's work, not the script's. */
  private hostCpu = 0;
  private depth = 0;
  private callStart = 0;
  stopped: string | null = null;

  constructor(readonly name: string, readonly kind: ExecutionKind, readonly limitSeconds: number, readonly limitMessage: string, private readonly clock: () => number, codeMegabytes: number, private readonly level: Level) {
    this.cost = new ExecutionCost(codeMegabytes);
    this.cpuStart = clock();
  }

  enterHost(): void {
    if (this.depth++ === 0) this.callStart = this.clock();
  }

  leaveHost(): void {
    if (--this.depth === 0) this.hostCpu += this.clock() - this.callStart;
  }

  scriptCpuMs(): number {
    return Math.max(0, this.clock() - this.cpuStart - this.hostCpu);
  }

  /** Seconds so far by the estimate the clock and the limits follow (typical unless told). */
  seconds(): number {
    return this.cost.estimate(this.scriptCpuMs())[this.level];
  }
}

export class ExecutionTimer {
  /** The last execution's estimate, for tests, the bench and the playground. */
  last: ExecutionEstimate | null = null;
  /** Megabytes of script code, loaded at the start of each execution (set when the built bundle is loaded). */
  codeMegabytes = 0;
  private readonly account: AccountType;
  private readonly clock: () => number;
  private readonly enforce: boolean;
  private readonly level: Level;
  private readonly stack: Execution[] = [];
  /** Installable-trigger seconds per user in the current 24-hour quota window. */
  private readonly daily = new Map<string, { since: number; seconds: number }>();

  constructor(private readonly now: () => Date, private readonly user: () => string, options: ExecutionTimeOptions = {}) {
    this.account = options.account ?? 'consumer';
    this.clock = options.cpuClock ?? processCpuMs;
    this.enforce = options.enforce ?? true;
    this.level = options.level ?? 'typical';
  }

  /**
   * Milliseconds since the epoch on Apps Script's clock: the host's clock (which tests and the
   * playground move) plus the running execution's estimate so far.
   */
  scriptNow(): number {
    const execution = this.stack.at(-1);
    return this.now().getTime() + (execution ? Math.round(execution.seconds() * 1000) : 0);
  }

  /** Seconds of installable-trigger runtime the current user has used in this quota window. */
  triggerSecondsToday(): number {
    return this.window(this.user())?.seconds ?? 0;
  }

  private window(user: string): { since: number; seconds: number } | null {
    const entry = this.daily.get(user);
    if (!entry || this.now().getTime() - entry.since >= QUOTA_WINDOW_MS) return null;
    return entry;
  }

  /** Runs one execution of an entry point, charging and limiting its time. */
  run<T>(name: string, args: readonly unknown[], entryPoint: () => T): T {
    const kind = executionKind(name, args);
    const user = this.user();
    let limitSeconds = kind === 'simple trigger' ? SIMPLE_TRIGGER_LIMIT_SECONDS : EXECUTION_LIMIT_SECONDS;
    let limitMessage = EXCEEDED_MAXIMUM_EXECUTION_TIME;
    if (kind === 'installable trigger') {
      const left = DAILY_TRIGGER_RUNTIME_SECONDS[this.account] - (this.window(user)?.seconds ?? 0);
      if (this.enforce && left <= 0) throw new Error(TOO_MUCH_COMPUTER_TIME);
      if (left < limitSeconds) [limitSeconds, limitMessage] = [left, TOO_MUCH_COMPUTER_TIME];
    }
    const outer = this.stack.at(-1);
    outer?.enterHost();
    const execution = new Execution(name, kind, limitSeconds, limitMessage, this.clock, this.codeMegabytes, this.level);
    this.stack.push(execution);
    try {
      const result = entryPoint();
      execution.cost.finish();
      this.check(execution);
      if (execution.stopped) throw new Error(execution.stopped);
      return result;
    } catch (error) {
      execution.cost.finish();
      // Past its time, an execution ends with the time error, whatever the script threw or caught.
      throw execution.stopped ? new Error(execution.stopped) : error;
    } finally {
      this.stack.pop();
      outer?.leaveHost();
      this.last = this.estimateOf(execution);
      if (kind === 'installable trigger') this.chargeTrigger(user, Math.min(this.last.seconds[this.level], limitSeconds));
    }
  }

  private chargeTrigger(user: string, seconds: number): void {
    const entry = this.window(user) ?? { since: this.now().getTime(), seconds: 0 };
    entry.seconds += seconds;
    this.daily.set(user, entry);
  }

  /** One service call of the running execution (none runs outside an execution: host set-up is free). */
  serviceCall<T>(call: string, args: readonly unknown[], run: () => T): T {
    const execution = this.stack.at(-1);
    if (!execution) return run();
    if (execution.stopped) throw new Error(execution.stopped);
    let result: T | undefined;
    execution.enterHost();
    try {
      result = run();
      return result;
    } finally {
      execution.leaveHost();
      execution.cost.add(call, args, result);
      this.check(execution);
    }
  }

  private check(execution: Execution): void {
    if (!this.enforce || execution.stopped) return;
    if (execution.seconds() > execution.limitSeconds) {
      execution.stopped = execution.limitMessage;
      throw new Error(execution.stopped);
    }
  }

  private estimateOf(execution: Execution): ExecutionEstimate {
    const cpuMs = execution.scriptCpuMs();
    const { cost } = execution;
    return {
      name: execution.name,
      kind: execution.kind,
      calls: Object.fromEntries([...cost.calls.entries()].sort(([a], [b]) => a.localeCompare(b))),
      totalCalls: cost.totalCalls(),
      cellsRead: cost.cellsRead + cost.displayCellsRead,
      cellsWritten: cost.cellsWritten,
      bytes: cost.bytes,
      cpuMs,
      seconds: cost.estimate(cpuMs),
      limitSeconds: execution.limitSeconds,
      stopped: execution.stopped,
    };
  }
}
