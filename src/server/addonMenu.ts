import { FEATURE_MAP } from '../core/featureMap';
import { messagesFor } from '../core/i18n/messages';
import { userLanguage } from './userLanguage';

/**
 * The Clientele add-on menu: Open Clientele, then every feature of the feature map, in its
 * order and under its name (the home panel lists the same), a separator between its groups.
 * It may run in AuthMode.NONE (before the user has authorised the add-on in this document),
 * so it reads nothing but the user's locale.
 */
export function buildAddonMenu(): void {
  const text = messagesFor(userLanguage());
  const menu = SpreadsheetApp.getUi().createAddonMenu().addItem(text.menuOpenSidebar, 'showSidebar');
  let group: string | null = null;
  for (const feature of FEATURE_MAP) {
    if (group !== null && feature.group !== group) menu.addSeparator();
    group = feature.group;
    menu.addItem(text[feature.label], feature.menu);
  }
  menu.addToUi();
}
