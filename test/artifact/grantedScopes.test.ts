/**
 * dist/Code.js as clasp pushes it, run by a user who granted only some of its scopes
 * (https://developers.google.com/apps-script/concepts/scopes#handle-granular): the actions that
 * need the withheld permission say so in the user's language, the others work.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { LocalHost, manifestScopes } from '../../src/local/localHost';
import { SCOPE } from '../../src/local/scopeTable';
import type { SidebarState } from '../../src/server/sidebarState';

function partialHost(withheld: string[], locale: string): LocalHost {
  const host = new LocalHost({
    now: new Date('2026-11-23T09:30:00Z'),
    user: { email: 'owner@example.com', locale },
    grantedScopes: manifestScopes().filter((scope) => !withheld.includes(scope)),
  });
  loadBuiltAddon(host);
  host.createSpreadsheet('Artifact test');
  return host;
}

describe('dist/Code.js with a partial grant', () => {
  it('without Forms and triggers: the menu, set-up blocked with the reason in Kazakh, the sidebar and cleaning work', () => {
    const host = partialHost([SCOPE.forms, SCOPE.scriptApp], 'kk');
    host.openDocument();
    expect(host.ui.menus[0]?.items.length).toBeGreaterThan(5);
    expect(() => host.run('showSidebar')).not.toThrow();
    expect(() => host.run('createForm')).toThrow(/^Бұл үшін сіз Clientele-ге бермеген рұқсат керек: Google Формаларыңызды жасау және өзгерту және сіз жоқта өздігінен жұмыс істеу/);
    expect(() => host.run('setUpCustomerSheet')).toThrow(/сіз жоқта өздігінен жұмыс істеу/);
    expect(host.run<SidebarState>('getSidebarState').language).toBe('kk');
    expect(() => host.run('getCleaningPanel')).not.toThrow();
  });

  it('without the sidebar permission: opening it says so in Persian, a toast-only action still runs', () => {
    const host = partialHost([SCOPE.containerUi], 'fa');
    expect(() => host.run('showSidebar')).toThrow(/^این کار به اجازه‌ای نیاز دارد که به Clientele نداده‌اید: نمایش نوار کناری و پنجره‌هایش در Google Sheets\./);
    expect(() => host.run('updateDashboard')).not.toThrow();
  });
});
