/**
 * Set-up asks for the default country (issue 19): while none is set, the sidebar's state carries
 * the question with a suggestion from the sheet's phones and the spreadsheet's locale; the menu's
 * set-up opens the sidebar on it; the answer is saved in the settings, and then "8 701 729 1870"
 * cleans as a Kazakh number.
 */
import { manifestScopes } from '../../src/local/localHost';
import { SCOPE } from '../../src/local/scopeTable';
import { createDemoWorkbook, DEMO_COLUMNS, DEMO_SHEET_NAME, demoCustomerTable } from '../../src/local/demo/demoCustomers';
import type { CleaningPanel } from '../../src/server/cleaning/cleaning';
import type { SidebarState } from '../../src/server/sidebarState';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const KAZAKH_NUMBER = '8 701 729 1870';

function demoHost(options: Parameters<typeof addonHost>[0] = {}) {
  const host = addonHost(options);
  createDemoWorkbook(host);
  return host;
}

/** The demo's 1-based sheet row holding the Kazakh number typed without a country code, in a row that names no country. */
const kazakhRow = demoCustomerTable().findIndex((row) => row[DEMO_COLUMNS.phone] === KAZAKH_NUMBER) + 1;

describe('the set-up question', () => {
  it('suggests Kazakhstan from the demo’s phones: the numbers only the default can read are Kazakh ones typed 8 7xx', () => {
    expect(kazakhRow).toBeGreaterThan(1);
    expect(demoCustomerTable()[kazakhRow - 1]?.[DEMO_COLUMNS.country]).toBe('');
    const question = demoHost().run<SidebarState>('getSidebarState').setUpQuestion;
    expect(question?.suggestedCountry).toBe('KZ');
    expect(question?.countries).toContainEqual({ code: 'KZ', name: 'Kazakhstan' });
    expect(question?.countries).toContainEqual({ code: 'IR', name: 'Iran' });
  });

  it('names the countries in the user’s language', () => {
    const question = demoHost({ user: { email: 'owner@example.com', locale: 'fa_IR' } }).run<SidebarState>('getSidebarState').setUpQuestion;
    expect(question?.countries).toContainEqual({ code: 'KZ', name: 'قزاقستان' });
    expect(question?.countries).toContainEqual({ code: 'CN', name: 'چین' });
  });

  it('suggests the spreadsheet locale’s country when there are no phones yet', () => {
    const host = addonHost();
    host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.setSpreadsheetLocale('fa_IR');
    expect(host.run<SidebarState>('getSidebarState').setUpQuestion?.suggestedCountry).toBe('IR');
  });

  it('is gone once a default country is saved, with the language chosen beside it', () => {
    const host = demoHost();
    const state = host.run<SidebarState>('saveSettings', { language: 'ru', defaultCountry: 'KZ' });
    expect(state.setUpQuestion).toBeNull();
    expect(state.settings).toMatchObject({ language: 'ru', defaultCountry: 'KZ' });
    expect(state.language).toBe('ru');
  });

  it('once answered with the suggestion, "8 701 729 1870" cleans as a Kazakh number (before, it was left as invalid)', () => {
    const host = demoHost();
    const issueAt = (panel: CleaningPanel) => panel.preview!.issues.some((issue) => issue.row === kazakhRow && issue.column === 'B' && issue.problem === 'invalidPhone');
    expect(issueAt(host.run<CleaningPanel>('getCleaningPanel'))).toBe(true);
    const suggested = host.run<SidebarState>('getSidebarState').setUpQuestion!.suggestedCountry!;
    host.run('saveSettings', { language: null, defaultCountry: suggested });
    expect(issueAt(host.run<CleaningPanel>('getCleaningPanel'))).toBe(false);
    host.run('applyCleaning', []);
    expect(sheetValues(host, DEMO_SHEET_NAME)[kazakhRow - 1]?.[DEMO_COLUMNS.phone]).toBe('+77017291870');
  });
});

describe('Set up customer sheet from the menu', () => {
  it('sets up, then opens the sidebar on the question while no default country is set', () => {
    const host = demoHost();
    expect(host.run<string>('setUpCustomerSheet')).toContain('customer IDs added');
    expect(host.ui.sidebar?.html).toContain('data-panel="setUpQuestion"');
  });

  it('opens nothing once a default country is set', () => {
    const host = demoHost();
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    expect(host.ui.sidebar).toBeNull();
  });

  it('still sets up when the permission to show the sidebar was not granted, and asks no question it cannot show', () => {
    const host = addonHost({ grantedScopes: manifestScopes().filter((scope) => scope !== SCOPE.containerUi) });
    putTable(host, 'Customers', demoCustomerTable());
    expect(host.run<string>('setUpCustomerSheet')).toContain('customer IDs added');
    expect(host.ui.sidebar).toBeNull();
  });
});
