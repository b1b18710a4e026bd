import type { TriggerView } from '../playgroundView';
import { byId, h } from './dom';

/** The project's installable triggers, as the Apps Script triggers page lists them, each with "Run now". */
export class TriggersPanel {
  private readonly panel = byId('triggers');
  private readonly button = byId<HTMLButtonElement>('triggers-button');

  constructor(private readonly runNow: (id: string) => void) {
    this.button.addEventListener('click', () => {
      this.panel.hidden = !this.panel.hidden;
      this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
    });
  }

  show(triggers: TriggerView[]): void {
    this.button.textContent = `Triggers (${triggers.length})`;
    if (triggers.length === 0) {
      this.panel.replaceChildren(h('h2', {}, 'Installable triggers'), h('p', { class: 'muted', 'data-testid': 'no-triggers' }, 'None yet: the add-on installs them from its menu.'));
      return;
    }
    const rows = triggers.map((trigger) => {
      const run = h('button', { type: 'button', 'data-testid': 'trigger-run' }, 'Run now');
      run.addEventListener('click', () => this.runNow(trigger.id));
      return h('tr', { 'data-testid': 'trigger', 'data-trigger-id': trigger.id },
        h('td', {}, trigger.handler),
        h('td', {}, trigger.eventType),
        h('td', {}, trigger.schedule),
        h('td', {}, trigger.lastFiredAt ? new Date(trigger.lastFiredAt).toLocaleString() : '—'),
        h('td', {}, run),
      );
    });
    const head = h('tr', {}, ...['Function', 'Event', 'Schedule', 'Last run', ''].map((title) => h('th', {}, title)));
    this.panel.replaceChildren(h('h2', {}, 'Installable triggers'), h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)));
  }
}
