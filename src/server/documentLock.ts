/**
 * The lock that serialises work on one spreadsheet. The script lock would not do:
 * in a published add-on it is one lock for every user and every document, so every customer's
 * captures and edits would queue behind each other. getDocumentLock() excludes only executions
 * in the same document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 */

import { markDocumentChanged } from './documentVersion';

/**
 * Runs `work` holding this spreadsheet's lock, waiting up to `timeoutMs` for it (Google's
 * "Lock timeout" exception when it cannot). Google gives no document lock outside a document
 * (a standalone run, a web app): Clientele always runs in a spreadsheet, so that is an error,
 * never a reason to fall back on the lock every document shares.
 * Work done under the lock writes: the document's version moves when it ends, still under the
 * lock, so an open sidebar that sees the new version reads what the work wrote.
 */
export function withDocumentLock<T>(timeoutMs: number, work: () => T): T {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new Error('Clientele runs inside a spreadsheet: this execution has no document to lock.');
  lock.waitLock(timeoutMs);
  try {
    const result = work();
    markDocumentChanged();
    return result;
  } finally {
    lock.releaseLock();
  }
}
