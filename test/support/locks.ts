import type { LocalHost } from '../../src/local/localHost';

/**
 * Another execution is inside its locked section, as a capture that has not finished would be:
 * it holds the lock until the returned release is called. The document lock is that of the
 * spreadsheet open now (or the one given).
 */
export function anotherExecutionHolds(host: LocalHost, lock: 'document' | 'script', spreadsheetId?: string): () => void {
  const open = host.activeSpreadsheetId();
  if (spreadsheetId) host.spreadsheetApp.setActiveSpreadsheet(spreadsheetId);
  const execution = host.ctx.beginExecution();
  const held = lock === 'script' ? host.lockService.getScriptLock() : host.lockService.getDocumentLock()!;
  held.waitLock(0);
  if (open) host.spreadsheetApp.setActiveSpreadsheet(open);
  return () => host.lockService.releaseAllFor(execution);
}
