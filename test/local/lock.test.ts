import { HostContext } from '../../src/local/hostContext';
import { LOCK_TIMEOUT, LocalLockService } from '../../src/local/services/lock';

function setup() {
  const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
  let doc: string | null = 'ss-1';
  const service = new LocalLockService(ctx, () => doc);
  return { ctx, service, openDocument: (id: string | null) => { doc = id; } };
}

describe('LocalLockService', () => {
  // https://developers.google.com/apps-script/reference/lock/lock: a mutual-exclusion lock between executions.
  it('excludes other executions until released', () => {
    const { ctx, service } = setup();
    const first = ctx.beginExecution();
    expect(service.getScriptLock().tryLock(1000)).toBe(true);
    ctx.beginExecution();
    const lock = service.getScriptLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    service.releaseAllFor(first);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
  });

  // waitLock "timing out with an exception after the provided number of milliseconds".
  it('waitLock throws Google\'s timeout and the wait takes the timeout on a fixed clock', () => {
    const { ctx, service } = setup();
    ctx.beginExecution();
    service.getScriptLock().waitLock(30000);
    ctx.beginExecution();
    const before = ctx.now().getTime();
    expect(() => service.getScriptLock().waitLock(30000)).toThrow(LOCK_TIMEOUT);
    expect(ctx.now().getTime() - before).toBe(30000);
  });

  it('hasLock is false before acquiring and after releaseLock; releasing an unheld lock does nothing', () => {
    const { ctx, service } = setup();
    ctx.beginExecution();
    const lock = service.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock();
    lock.waitLock(10);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('keeps script, document and user locks separate', () => {
    const { ctx, service, openDocument } = setup();
    ctx.beginExecution();
    expect(service.getDocumentLock()!.tryLock(0)).toBe(true);
    expect(service.getUserLock().tryLock(0)).toBe(true);
    ctx.beginExecution();
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    expect(service.getDocumentLock()!.tryLock(0)).toBe(false);
    openDocument('ss-2');
    expect(service.getDocumentLock()!.tryLock(0)).toBe(true);
    expect(service.getUserLock().tryLock(0)).toBe(false);
    ctx.user = { email: 'other@example.com', locale: 'en' };
    expect(service.getUserLock().tryLock(0)).toBe(true);
  });

  it('has no document lock outside a document', () => {
    const { service, openDocument } = setup();
    openDocument(null);
    expect(service.getDocumentLock()).toBeNull();
  });

  it('round-trips its state', () => {
    const { ctx, service } = setup();
    ctx.beginExecution();
    service.getScriptLock().tryLock(0);
    const copy = new LocalLockService(ctx, () => null);
    copy.importState(JSON.parse(JSON.stringify(service.exportState())));
    expect(copy.exportState()).toEqual(service.exportState());
    expect(copy.getScriptLock().hasLock()).toBe(true);
  });
});
