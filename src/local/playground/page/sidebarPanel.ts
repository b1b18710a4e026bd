import type { PlaygroundView } from '../playgroundView';
import { byId } from './dom';

/**
 * The right-hand panel Sheets shows an add-on's sidebar in: 300 px, its title and a close
 * box above the page. The page is the real built sidebar, served with the google.script
 * bridge; a sidebar shown anew (a new version) is loaded anew.
 */
export class SidebarPanel {
  private readonly panel = byId('sidebar');
  private readonly title = byId('sidebar-title');
  private readonly frame = byId<HTMLIFrameElement>('sidebar-frame');
  private version = 0;

  constructor(onClose: () => void) {
    byId('sidebar-close').addEventListener('click', onClose);
  }

  show(sidebar: PlaygroundView['sidebar']): void {
    if (!sidebar) {
      if (this.version !== 0) this.frame.src = 'about:blank';
      this.version = 0;
      this.panel.hidden = true;
      return;
    }
    this.title.textContent = sidebar.title;
    this.panel.hidden = false;
    if (sidebar.version !== this.version) {
      this.version = sidebar.version;
      this.frame.src = `/sidebar?v=${sidebar.version}`;
    }
  }
}
