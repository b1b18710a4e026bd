import type { DriveFileView } from '../playgroundView';
import { byId, h } from './dom';

/** The local Drive's Clientele backups folder: what backups wrote, as Drive would list it. */
export class DrivePanel {
  private readonly panel = byId('drive');
  private readonly button = byId<HTMLButtonElement>('drive-button');

  constructor() {
    this.button.addEventListener('click', () => {
      this.panel.hidden = !this.panel.hidden;
      this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
    });
  }

  show(files: DriveFileView[]): void {
    this.button.textContent = `Drive (${files.length})`;
    const title = h('h2', {}, 'Drive: Clientele backups');
    if (files.length === 0) {
      this.panel.replaceChildren(title, h('p', { class: 'muted', 'data-testid': 'no-drive-files' }, 'Empty: Back up now writes here.'));
      return;
    }
    const head = h('tr', {}, ...['Name', 'Size', 'Created'].map((text) => h('th', {}, text)));
    const rows = files.map((file) => h('tr', { 'data-testid': 'drive-file' }, h('td', {}, file.name), h('td', {}, `${file.bytes} B`), h('td', {}, new Date(file.created).toLocaleString())));
    this.panel.replaceChildren(title, h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)));
  }
}
