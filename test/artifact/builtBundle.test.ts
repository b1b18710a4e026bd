/**
 * dist/Code.js as clasp pushes it: loaded into a fresh vm context that holds only the
 * local Apps Script services, the way Apps Script loads a project's files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { LocalHost, PROJECT_ROOT } from '../../src/local/localHost';
import type { SidebarState } from '../../src/server/sidebarState';

const dist = path.join(PROJECT_ROOT, 'dist');
const code = readFileSync(path.join(dist, 'Code.js'), 'utf8');
const entryPointNames = JSON.parse(readFileSync(path.join(dist, 'entry-points.json'), 'utf8')) as string[];

function loadBundle(): { host: LocalHost; context: vm.Context } {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z') });
  const context = loadBuiltAddon(host);
  host.createSpreadsheet('Artifact test');
  return { host, context };
}

describe('dist/Code.js', () => {
  it('exposes every export of src/server/main.ts as a top-level function', () => {
    const { context } = loadBundle();
    expect(entryPointNames).toEqual(
      expect.arrayContaining(['getSidebarState', 'onInstall', 'onOpen', 'saveSettings', 'setUpCustomerSheet', 'showSidebar']),
    );
    for (const name of entryPointNames) expect({ name, type: typeof context[name] }).toEqual({ name, type: 'function' });
  });

  it('touches no Apps Script service while loading (one failing top-level line would break every menu)', () => {
    const bare = vm.createContext({});
    expect(() => vm.runInContext(code, bare, { filename: 'Code.js' })).not.toThrow();
  });

  it('declares the entry points as plain function declarations, the only kind Apps Script lists', () => {
    for (const name of entryPointNames) expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, 'm'));
  });

  it('builds the menu in AuthMode.NONE, opens the sidebar, sets up the sheet and summarises it', () => {
    const { host } = loadBundle();
    host.openDocument();
    expect(host.ui.menus[0]?.items.map((item) => ('functionName' in item ? item.functionName : null))).toEqual([
      'showSidebar',
      'setUpCustomerSheet',
      null,
      'showCleaningPanel',
      'showDataQuality',
      'showDuplicatesPanel',
      'showImportPanel',
      'showQuarantinePanel',
      'showFormPanel',
      null,
      'showCustomerCard',
      'showPurchasesPanel',
      'showTodayPanel',
      'showKeepInTouchPanel',
      null,
      'showNpsReport',
      'updateDashboard',
      'updateFollowUpList',
      'updatePredictions',
      null,
      'backUpNow',
      'showBackupsPanel',
      'showAuditPanel',
      'showPrivacyPanel',
    ]);
    for (const item of host.ui.menus[0]!.items) if ('functionName' in item) expect(entryPointNames).toContain(item.functionName);

    host.run('showSidebar');
    expect(host.ui.sidebar?.html).toContain('<script>');

    expect(host.run<string>('setUpCustomerSheet')).toContain('Customers');
    const state = host.run<SidebarState>('getSidebarState');
    expect(state.summary?.sheetName).toBe('Customers');
    expect(host.run<SidebarState>('saveSettings', { language: 'mn', defaultCountry: 'MN' }).messages.settingsHeading).toBe('Тохиргоо');

    host.run('showCleaningPanel');
    expect(host.ui.sidebar?.html).toContain('data-panel="clean"');
    host.run('getCleaningPanel');
    host.run('applyCleaning', []);
    host.run('undoLastAction');
    host.run('showDataQuality');
    host.run('getDataQuality');
    host.run('showDuplicatesPanel');
    // The new Customers sheet has no customers yet.
    expect(host.run('getDuplicates')).toBeNull();
  });

  it('updates the Dashboard sheet with native charts from inside the vm (the Charts enum is a global there)', () => {
    const { host } = loadBundle();
    host.run('setUpCustomerSheet');
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
    spreadsheet.sheetNamed('Customers')!.rangeModel(2, 1, 2, 1).setValues([['Ann'], ['Bo']]);
    const npsColumn = spreadsheet.sheetNamed('Customers')!.rangeModel(1, 1, 1, spreadsheet.sheetNamed('Customers')!.getLastColumn()).getValues()[0]!.indexOf('NPS') + 1;
    spreadsheet.sheetNamed('Customers')!.rangeModel(2, npsColumn, 2, 1).setValues([[10], [4]]);
    expect(host.run<string>('updateDashboard')).toBe('Dashboard updated from 2 answers.');
    expect(spreadsheet.sheetNamed('Dashboard')!.charts.map((chart) => chart.type)).toEqual(['PIE', 'COLUMN', 'BAR']);
  });
});

describe('backups inside the vm, through the advanced Drive service only', () => {
  // DriveApp needs the full drive scope; the manifest asks for drive.file, which Drive.Files accepts.
  it('backs up Cyrillic and Chinese customers to Drive, verifies, and restores them, calling Drive.Files and never DriveApp', () => {
    const { host } = loadBundle();
    host.run('setUpCustomerSheet');
    const customers = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
    customers.rangeModel(2, 1, 2, 1).setValues([['Айгүл Сейітқызы'], ['王小明']]);
    host.ctx.calls.reset();
    const { progress } = host.run<{ progress: { record: { id: string; status: string; day: string } } }>('backUpNow');
    expect(progress.record.status).toBe('good');
    const calls = Object.keys(host.ctx.calls.snapshot());
    expect(calls.filter((call) => call.startsWith('Drive'))).toEqual(['Drive.Files.create', 'Drive.Files.get', 'Drive.Files.list']);
    expect(host.run<string>('verifyBackup', progress.record.id)).toBe('The backup matches its checksums.');
    customers.rangeModel(2, 1, 1, 1).setValues([['changed']]);
    host.run('restoreBackup', progress.record.id, 'replace');
    expect(customers.rangeModel(2, 1, 2, 1).getValues()).toEqual([['Айгүл Сейітқызы'], ['王小明']]);
  });
});

describe('privacy inside the vm (Apps Script has no TextEncoder: the suppression hashes must not need one)', () => {
  it('erases a customer, then an import of the same person is suppressed', () => {
    const { host } = loadBundle();
    host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    const contacts = (rows: string[][]) => ({ kind: 'rows', name: 'leads.csv', rows: [['Name', 'Email', 'Phone'], ...rows] });
    host.run('importContactRows', contacts([['Мөлдір', 'moldir@example.kz', '+77015550011'], ['Wang', 'wang@163.com', '']]));
    expect(host.run<{ message: string }>('eraseCustomer', 'moldir@example.kz').message).toMatch(/^Erased C-000001: .* 2 contacts on the suppression list/);
    const again = host.run<{ lines: { outcome: string }[] }>('importContactRows', contacts([['Мөлдір', '', '8 701 555 00 11']]));
    expect(again.lines.map((line) => line.outcome)).toEqual(['suppressed']);
  });
});

describe('dist/Sidebar.html', () => {
  it('is one self-contained page: no external scripts or styles', () => {
    const html = readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toContain('/* inline:');
  });
});
