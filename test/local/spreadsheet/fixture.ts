import { HostContext } from '../../../src/local/hostContext';
import { counted } from '../../../src/local/countedService';
import { LocalUi } from '../../../src/local/services/ui';
import { LocalSpreadsheetApp } from '../../../src/local/services/spreadsheet/localSpreadsheetApp';

/**
 * A local host with one active spreadsheet, and SpreadsheetApp typed as Google's
 * so the tests read like the add-on's own script code.
 */
export function newHost(options: { user?: string } = {}) {
  const ctx = new HostContext({
    now: new Date('2024-05-01T10:00:00Z'),
    user: { email: options.user ?? 'owner@example.com', locale: 'en' },
  });
  const ui = new LocalUi(ctx);
  const app = new LocalSpreadsheetApp(ctx, ui);
  const model = app.createSpreadsheet('Customers');
  app.setActiveSpreadsheet(model.id);
  const SpreadsheetApp = counted('SpreadsheetApp', app, ctx.calls) as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheets()[0]!;
  ctx.calls.reset();
  return { ctx, ui, app, model, SpreadsheetApp, ss, sheet };
}
