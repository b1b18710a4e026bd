import type { PlaygroundView } from '../playgroundView';
import { byId, h } from './dom';

/** How long "Let time pass" moves the clock, in hours. */
const STEPS: readonly (readonly [string, number])[] = [['1 hour', 1], ['1 day', 24], ['1 week', 24 * 7]];

/**
 * The project's installable triggers, as the Apps Script triggers page lists them, each with
 * "Run now"; and the host's clock, which "Let time pass" moves on, firing the time-driven
 * triggers (the document's hourly scheduler) as they would fire meanwhile.
 */
export class TriggersPanel {
  private readonly panel = byId('triggers');
  private readonly button = byId<HTMLButtonElement>('triggers-button');

  constructor(
    private readonly runNow: (id: string) => void,
    private readonly letTimePass: (hours: number) => void,
  ) {
    this.button.addEventListener('click', () => {
      this.panel.hidden = !this.panel.hidden;
      this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
    });
  }

  show(view: Pick<PlaygroundView, 'triggers' | 'clock' | 'mode'>): void {
    const { triggers } = view;
    this.button.textContent = `Triggers (${triggers.length})`;
    const passButtons = STEPS.map(([label, hours]) => {
      const pass = h('button', { type: 'button', 'data-testid': 'time-pass', 'data-hours': String(hours) }, `Let ${label} pass`);
      pass.addEventListener('click', () => this.letTimePass(hours));
      return pass;
    });
    const clock = h('p', { 'data-testid': 'host-clock' }, `Deployed as: ${view.mode}. Now: ${new Date(view.clock).toLocaleString()} `, ...passButtons);
    if (triggers.length === 0) {
      this.panel.replaceChildren(h('h2', {}, 'Installable triggers'), clock, h('p', { class: 'muted', 'data-testid': 'no-triggers' }, 'None yet: the add-on installs them from its menu.'));
      return;
    }
    const rows = triggers.map((trigger) => {
      const run = h('button', { type: 'button', 'data-testid': 'trigger-run' }, 'Run now');
      run.addEventListener('click', () => this.runNow(trigger.id));
      return h('tr', { 'data-testid': 'trigger', 'data-trigger-id': trigger.id },
        h('td', {}, trigger.handler),
        h('td', {}, trigger.eventType),
        h('td', {}, trigger.schedule),
        h('td', { dir: 'auto' }, trigger.spreadsheet),
        h('td', { 'data-testid': 'trigger-last-run' }, trigger.lastFiredAt ? new Date(trigger.lastFiredAt).toLocaleString() : '—'),
        h('td', {}, run),
      );
    });
    const head = h('tr', {}, ...['Function', 'Event', 'Schedule', 'Spreadsheet', 'Last run', ''].map((title) => h('th', {}, title)));
    this.panel.replaceChildren(h('h2', {}, 'Installable triggers'), clock, h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)));
  }
}
