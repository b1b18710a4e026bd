/**
 * One map of features: the add-on menu and the home panel are built from FEATURE_MAP, so every
 * feature is reachable from both, in the same order and under the same name. This pins the map
 * and checks that the menu built on the local host is it, item for item, in every language.
 * (The home panel's buttons are checked against the menu in test/browser/sidebarLayout.test.ts.)
 */
import { FEATURE_MAP } from '../../src/core/featureMap';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import * as entryPoints from '../../src/server/main';
import { addonHost } from '../support/addonHost';

const LOCALES = { en: 'en', ru: 'ru', kk: 'kk', mn: 'mn', fa: 'fa_IR', zh: 'zh_CN' } as const;

describe('the feature map', () => {
  it('lists every feature once, in the order the menu and the home panel show them', () => {
    expect(FEATURE_MAP.map((feature) => feature.id)).toEqual([
      'setUp', 'clean', 'quality', 'duplicates', 'import', 'quarantine', 'form',
      'card', 'purchases', 'today', 'keepInTouch',
      'nps', 'dashboard', 'followUp', 'predictions',
      'backupNow', 'backups', 'audit', 'privacy',
    ]);
    expect(new Set(FEATURE_MAP.map((feature) => feature.menu)).size).toBe(FEATURE_MAP.length);
  });

  it('names an entry point for each menu item, and the panel it opens the sidebar on', () => {
    for (const feature of FEATURE_MAP) expect(typeof (entryPoints as Record<string, unknown>)[feature.menu]).toBe('function');
    // Form and Dashboard used to be only in the menu, Quarantine and Audited editing only on the home panel.
    const panels = FEATURE_MAP.flatMap((feature) => ('panel' in feature ? [feature.panel] : []));
    expect(panels).toEqual(expect.arrayContaining(['form', 'quarantine', 'audit', 'keepInTouch', 'purchases']));
    expect(FEATURE_MAP.map((feature) => feature.menu)).toEqual(expect.arrayContaining(['updateDashboard', 'showFormPanel', 'showQuarantinePanel', 'showAuditPanel']));
  });

  it.each(LANGUAGES)('is the add-on menu in %s: Open Clientele, then each feature under its name, a separator between groups', (language) => {
    const host = addonHost({ user: { email: 'owner@example.com', locale: LOCALES[language] } });
    host.openDocument();
    const text = messagesFor(language);
    const expected: unknown[] = [{ caption: text.menuOpenSidebar, functionName: 'showSidebar' }];
    FEATURE_MAP.forEach((feature, i) => {
      if (i > 0 && FEATURE_MAP[i - 1]!.group !== feature.group) expected.push({ separator: true });
      expected.push({ caption: text[feature.label], functionName: feature.menu });
    });
    expect(host.ui.menus[0]?.items).toEqual(expected);
    // Every name is translated (the brand aside): no English label left in another language's menu.
    if (language !== 'en') for (const feature of FEATURE_MAP) expect(text[feature.label]).not.toBe(messagesFor('en')[feature.label]);
  });

  it.each(FEATURE_MAP.filter((feature) => 'panel' in feature))('$menu opens the sidebar on the $panel panel', (feature) => {
    const host = addonHost();
    host.run(feature.menu);
    expect(host.ui.sidebar?.html).toContain(`data-panel="${(feature as { panel: string }).panel}"`);
  });
});
