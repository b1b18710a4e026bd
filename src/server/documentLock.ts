/**
 * The lock that serialises work on one spreadsheet. The script lock would not do:
 * in a published add-on it is one lock for every user and every document, so every customer's
 * captures and edits would queue behind each other. getDocumentLock() excludes only executions
 * in the same document (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
 */

import { messagesFor } from '../core/i18n/messages';
import { markDocumentChanged } from './documentVersion';
import { DocumentStore } from './settingsStore';
import { userLanguage } from './userLanguage';

/**
 * Runs `work` holding this spreadsheet's lock, waiting up to `timeoutMs` for it; when it
 * cannot, the user is told, in their language, that another action is changing the spreadsheet.
 * Google gives no document lock outside a document (a standalone run, a web app): Clientele
 * always runs in a spreadsheet, so that is an error, never a reason to fall back on the lock
 * every document shares.
 * Work done under the lock writes: the document's version moves when it ends, still under the
 * lock, so an open sidebar that sees the new version reads what the work wrote.
 */
export function withDocumentLock<T>(timeoutMs: number, work: () => T): T {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new Error(messagesFor(userLanguage()).errorNoDocument);
  if (!lock.tryLock(timeoutMs)) throw new Error(messagesFor(userLanguage(DocumentStore.open().loadSettings().settings)).errorDocumentBusy);
  try {
    const result = work();
    markDocumentChanged();
    return result;
  } finally {
    lock.releaseLock();
  }
}
