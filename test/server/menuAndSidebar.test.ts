import { scriptRunResult } from '../../src/local/scriptRunBridge';
import type { SidebarState } from '../../src/server/sidebarState';
import { addonHost, putTable } from '../support/addonHost';

describe('the add-on menu', () => {
  it('is built by onOpen in AuthMode.NONE, before the add-on is authorised in the document', () => {
    const host = addonHost();
    host.openDocument();
    expect(host.ui.menus).toEqual([
      {
        caption: 'Clientele',
        addon: true,
        items: [
          { caption: 'Open Clientele', functionName: 'showSidebar' },
          { caption: 'Set up customer sheet', functionName: 'setUpCustomerSheet' },
          { separator: true },
          { caption: 'Clean customer data…', functionName: 'showCleaningPanel' },
          { caption: 'Data quality report', functionName: 'showDataQuality' },
          { caption: 'Find duplicates…', functionName: 'showDuplicatesPanel' },
          { caption: 'Import contacts or purchases…', functionName: 'showImportPanel' },
          { caption: 'Quarantine…', functionName: 'showQuarantinePanel' },
          { caption: 'Connect a Google Form…', functionName: 'showFormPanel' },
          { separator: true },
          { caption: 'Purchases and customer card…', functionName: 'showCustomerCard' },
          { caption: 'Purchases and currency…', functionName: 'showPurchasesPanel' },
          { caption: 'Today’s follow-ups', functionName: 'showTodayPanel' },
          { caption: 'Keep in touch…', functionName: 'showKeepInTouchPanel' },
          { separator: true },
          { caption: 'NPS report', functionName: 'showNpsReport' },
          { caption: 'Update dashboard', functionName: 'updateDashboard' },
          { caption: 'Update follow-up list', functionName: 'updateFollowUpList' },
          { caption: 'Update predictions', functionName: 'updatePredictions' },
          { separator: true },
          { caption: 'Back up now', functionName: 'backUpNow' },
          { caption: 'Schedule backups…', functionName: 'showBackupsPanel' },
          { caption: 'Audited editing…', functionName: 'showAuditPanel' },
          { caption: 'Privacy…', functionName: 'showPrivacyPanel' },
        ],
      },
    ]);
  });

  it.each([
    ['ru', 'Открыть Clientele'],
    ['kk', 'Clientele ашу'],
    ['mn', 'Clientele нээх'],
    ['fa_IR', 'باز کردن Clientele'],
    ['zh_CN', '打开 Clientele'],
  ])('speaks the user locale %s', (locale, caption) => {
    const host = addonHost({ user: { email: 'owner@example.com', locale } });
    host.openDocument();
    expect(host.ui.menus[0]?.items[0]).toEqual({ caption, functionName: 'showSidebar' });
  });

  it('onInstall builds the same menu', () => {
    const host = addonHost();
    host.runAs('FULL', 'onInstall', { authMode: 'FULL' });
    expect(host.ui.menus).toHaveLength(1);
  });
});

describe('the sidebar', () => {
  it('opens from the menu with the built page', () => {
    const host = addonHost();
    host.run('showSidebar');
    expect(host.ui.sidebar?.title).toBe('Clientele');
    expect(host.ui.sidebar?.html).toContain('getSidebarState');
  });

  it('invites the user to set up when there is no customer sheet', () => {
    const host = addonHost();
    const state = host.run<SidebarState>('getSidebarState');
    expect(state.summary).toBeNull();
    expect(state.messages.summaryNoSheet).toContain('Set one up');
  });

  it('keeps the Latin digits a Persian user chose, and the language’s own digits otherwise', () => {
    const host = addonHost();
    expect(host.run<SidebarState>('saveSettings', { language: 'fa', defaultCountry: '' }).settings.digits).toBe('native');
    expect(host.run<SidebarState>('saveSettings', { language: 'fa', defaultCountry: '', digits: 'latin' }).settings.digits).toBe('latin');
    expect(host.run<SidebarState>('getSidebarState').settings.digits).toBe('latin');
    expect(() => host.run('saveSettings', { language: 'fa', defaultCountry: '', digits: 'arabic' })).toThrow();
  });

  it('speaks Persian right to left when the user chooses it, and keeps the choice', () => {
    const host = addonHost();
    const state = host.run<SidebarState>('saveSettings', { language: 'fa', defaultCountry: 'ir' });
    expect(state.direction).toBe('rtl');
    expect(state.messages.settingsHeading).toBe('تنظیمات');
    expect(state.settings).toEqual({ language: 'fa', defaultCountry: 'IR', phoneFormat: 'E164', countryStyle: 'code', digits: 'native' });
    expect(host.run<SidebarState>('getSidebarState').language).toBe('fa');
  });

  it('refuses a default country that is not a two-letter code, in the user language', () => {
    const host = addonHost({ user: { email: 'owner@example.com', locale: 'zh_CN' } });
    expect(() => host.run('saveSettings', { language: null, defaultCountry: 'China' })).toThrow('默认国家/地区应为两位字母代码');
  });

  it.each(['XX', 'zz', 'SU'])('refuses %s, two letters that name no country, and keeps the setting it had', (code) => {
    const host = addonHost();
    host.run('saveSettings', { language: null, defaultCountry: 'KZ' });
    expect(() => host.run('saveSettings', { language: null, defaultCountry: code })).toThrow('The default country must be a two-letter code such as KZ');
    expect(host.run<SidebarState>('getSidebarState').settings.defaultCountry).toBe('KZ');
  });

  it('reports damaged settings instead of failing, and saving repairs them', () => {
    const host = addonHost();
    host.propertiesService.getDocumentProperties()!.setProperty('clientele.settings', '{"language":"klingon"');
    const state = host.run<SidebarState>('getSidebarState');
    expect(state.settingsProblem).toContain('could not be read');
    expect(state.language).toBe('en');
    expect(host.run<SidebarState>('saveSettings', { language: 'kk', defaultCountry: 'KZ' }).settingsProblem).toBeNull();
  });

  it('gets its state across google.script.run intact (no Dates, no functions)', () => {
    const host = addonHost();
    putTable(host, 'Sheet1', [
      ['Name', 'Last purchase', 'Created'],
      ['Ali', new Date('2026-10-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z')],
    ]);
    const state = host.run<SidebarState>('getSidebarState');
    expect(scriptRunResult(state)).toEqual(state);
  });

  it('lists problems by row and column', () => {
    const host = addonHost();
    putTable(host, 'Sheet1', [
      ['Customer ID', 'Name', 'Email', 'NPS', 'Total spent'],
      ['C-000001', 'Ali Rezaei', 'ali@example.com', 9, 120],
      ['C-000001', 'Sara Ahmadi', 'sara@example.com', 'ten', 80],
      ['', 'Wang Fang', '', 11, 'lots'],
    ]);
    const summary = host.run<SidebarState>('getSidebarState').summary!;
    expect(summary.missingIds).toBe(1);
    expect(summary.duplicateIds).toEqual([{ id: 'C-000001', rows: [2, 3] }]);
    expect(summary.invalidValues.map((p) => `${p.row}:${p.column}:${p.reason}`)).toEqual([
      '3:NPS:reasonNpsRange',
      '4:NPS:reasonNpsRange',
      '4:Total spent:reasonNotNumber',
    ]);
  });
});

describe('service calls', () => {
  function callsForSidebar(rows: number): Record<string, number> {
    const host = addonHost();
    const table = [['Customer ID', 'Name', 'Phone', 'Email']];
    for (let i = 1; i <= rows; i += 1) table.push([`C-${String(i).padStart(6, '0')}`, `Customer ${i}`, `+7701${String(i).padStart(7, '0')}`, `c${i}@example.com`]);
    putTable(host, 'Sheet1', table);
    host.ctx.calls.reset();
    host.run('getSidebarState');
    return host.ctx.calls.snapshot();
  }

  it('cost the same for the sidebar on 10 rows as on 20,000', () => {
    expect(callsForSidebar(20_000)).toEqual(callsForSidebar(10));
  });

  it('cost the same for set-up on 10 rows as on 20,000', () => {
    const calls = (rows: number) => {
      const host = addonHost();
      const table = [['Name', 'Phone']];
      for (let i = 1; i <= rows; i += 1) table.push([`Customer ${i}`, `+7701${String(i).padStart(7, '0')}`]);
      putTable(host, 'Sheet1', table);
      host.ctx.calls.reset();
      host.run('setUpCustomerSheet');
      return host.ctx.calls.snapshot();
    };
    expect(calls(20_000)).toEqual(calls(10));
  });
});
