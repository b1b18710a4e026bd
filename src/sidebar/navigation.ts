import type { SidebarState } from '../server/sidebarState';

export type PanelName = 'home' | 'clean' | 'quality' | 'duplicates' | 'nps' | 'insights' | 'backups' | 'form' | 'import' | 'quarantine' | 'privacy' | 'audit' | 'card' | 'today' | 'purchases' | 'keepInTouch' | 'setUp' | 'setUpQuestion';

/** How a panel moves the sidebar: back home (with fresh state) or to another panel. */
export interface Navigation {
  home(state: SidebarState): void;
  open(panel: PanelName): void;
}
