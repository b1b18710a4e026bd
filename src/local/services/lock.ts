import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';
import { counted } from '../countedService';

/** The exception `waitLock` throws when the lock could not be acquired in time. */
export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

type LockMethods = 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock';

/**
 * A lock belongs to the execution that acquired it (`ctx.executionId`). The host
 * runs one execution at a time, so while another execution holds a lock nothing
 * can release it during a wait: waiting always times out, and a fixed clock is
 * moved on by the timeout as the real wait would take.
 */
export class LocalLock implements Faithful<GoogleAppsScript.Lock.Lock, LockMethods> {
  readonly handle: LocalLock;

  constructor(private readonly ctx: HostContext, private readonly holders: Map<string, number>, private readonly key: string) {
    this.handle = counted('Lock', this, ctx.calls);
  }

  /** A negative timeout never gets the lock (gas-fakes' live-checked "tryLock with a negative timeout should fail and return false"). */
  tryLock(timeoutInMillis: number): boolean {
    if (timeoutInMillis < 0) return false;
    const holder = this.holders.get(this.key);
    if (holder === undefined || holder === this.ctx.executionId) {
      this.holders.set(this.key, this.ctx.executionId);
      return true;
    }
    waitOut(this.ctx, timeoutInMillis);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT);
  }

  /** Google: releasing a lock the execution does not hold does nothing. */
  releaseLock(): void {
    if (this.holders.get(this.key) === this.ctx.executionId) this.holders.delete(this.key);
  }

  hasLock(): boolean {
    return this.holders.get(this.key) === this.ctx.executionId;
  }
}

function waitOut(ctx: HostContext, ms: number): void {
  try {
    ctx.advance(Math.max(0, ms));
  } catch {
    // A wall-clock host cannot be moved; the script simply sees the timeout.
  }
}

/** LockService: a script lock, a lock per document and a lock per user, each independent of the others. */
export class LocalLockService implements Faithful<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getUserLock'> {
  private holders = new Map<string, number>();

  constructor(private readonly ctx: HostContext, private readonly currentDocumentId: () => string | null) {}

  getScriptLock(): LocalLock {
    return new LocalLock(this.ctx, this.holders, 'script').handle;
  }

  getUserLock(): LocalLock {
    return new LocalLock(this.ctx, this.holders, `user:${this.ctx.user.email}`).handle;
  }

  /** Google: null when the script runs outside a document (neither bound to one nor an add-on in one). */
  getDocumentLock(): LocalLock | null {
    const documentId = this.currentDocumentId();
    return documentId === null ? null : new LocalLock(this.ctx, this.holders, `document:${documentId}`).handle;
  }

  /** Host: Apps Script releases an execution's locks when it ends. */
  releaseAllFor(executionId: number): void {
    for (const [key, holder] of [...this.holders]) if (holder === executionId) this.holders.delete(key);
  }

  exportState(): { held: Record<string, number> } {
    return { held: Object.fromEntries(this.holders) };
  }

  importState(state: unknown): void {
    const { held } = state as { held: Record<string, number> };
    this.holders.clear();
    for (const [key, holder] of Object.entries(held)) this.holders.set(key, holder);
  }
}
