/**
 * State shared by every local service: the clock, who is running the script,
 * which execution is running, and the count of service calls.
 */
export interface LocalUser {
  email: string;
  locale: string;
}

/** Runs around each allowed call, with its arguments and answer: the execution's time accounting (executionTime.ts). */
export interface ServiceCallObserver {
  serviceCall<T>(call: string, args: readonly unknown[], run: () => T): T;
}

export class ServiceCallCounter {
  private readonly counts = new Map<string, number>();
  /** Runs before each call is counted; throwing refuses the call (authorisation mode, OAuth scopes). */
  private guard: ((call: string) => void) | null = null;
  private observer: ServiceCallObserver | null = null;

  setGuard(guard: ((call: string) => void) | null): void {
    this.guard = guard;
  }

  setObserver(observer: ServiceCallObserver | null): void {
    this.observer = observer;
  }

  /** One call a script makes: refused by the guard, or counted and run under the observer. */
  call<T>(call: string, args: readonly unknown[], run: () => T): T {
    this.record(call);
    return this.observer ? this.observer.serviceCall(call, args, run) : run();
  }

  record(call: string): void {
    this.guard?.(call);
    this.counts.set(call, (this.counts.get(call) ?? 0) + 1);
  }

  /** Calls recorded since the last reset, e.g. { 'Range.getValues': 1 }. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }
}

export class HostContext {
  readonly calls = new ServiceCallCounter();
  /** Milliseconds since the epoch; tests move it with `advance`, the playground follows the wall clock. */
  private fixedNow: number | null;
  /** How far a wall-clock host has let simulated time run ahead of the wall clock (the playground's "let time pass"). */
  private wallClockOffset = 0;
  user: LocalUser;
  scriptTimeZone: string;
  /** Identifies the running execution: locks belong to an execution, as in Apps Script. */
  executionId = 0;
  private nextExecutionId = 1;
  private idCounter = 0;

  constructor(options: { now?: Date | null; user?: LocalUser; scriptTimeZone?: string } = {}) {
    this.fixedNow = options.now === undefined ? null : options.now === null ? null : options.now.getTime();
    this.user = options.user ?? { email: 'owner@example.com', locale: 'en' };
    this.scriptTimeZone = options.scriptTimeZone ?? 'Etc/GMT';
  }

  now(): Date {
    return new Date(this.fixedNow ?? Date.now() + this.wallClockOffset);
  }

  /** Lets time pass: a fixed clock moves, a wall clock runs ahead of the wall from now on. */
  skipAhead(ms: number): void {
    if (this.fixedNow === null) this.wallClockOffset += ms;
    else this.fixedNow += ms;
  }

  clockOffsetState(): number {
    return this.wallClockOffset;
  }

  restoreClockOffset(ms: number): void {
    this.wallClockOffset = ms;
  }

  /** Moves a fixed clock forward (tests); a wall clock cannot be moved. */
  advance(ms: number): void {
    if (this.fixedNow === null) throw new Error('The host clock follows the wall clock; create the host with a fixed `now` to move it.');
    this.fixedNow += ms;
  }

  beginExecution(): number {
    this.executionId = this.nextExecutionId++;
    return this.executionId;
  }

  /** A Drive-like identifier: stable within a host, unique across its objects. */
  newId(prefix: string): string {
    this.idCounter += 1;
    return `${prefix}${this.idCounter.toString(36).padStart(6, '0')}`;
  }

  idCounterState(): number {
    return this.idCounter;
  }

  restoreIdCounter(value: number): void {
    this.idCounter = Math.max(this.idCounter, value);
  }
}
