import type { OutboxMailView } from '../playgroundView';
import { byId, h } from './dom';

/** What the add-on sent with MailApp (digests, alerts, messages to customers), newest first: the local host sends nothing. */
export class OutboxPanel {
  private readonly panel = byId('outbox');
  private readonly button = byId<HTMLButtonElement>('outbox-button');

  constructor() {
    this.button.addEventListener('click', () => {
      this.panel.hidden = !this.panel.hidden;
      this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
    });
  }

  show(mails: OutboxMailView[]): void {
    this.button.textContent = `Outbox (${mails.length})`;
    const title = h('h2', {}, 'Outbox: what MailApp sent');
    if (mails.length === 0) {
      this.panel.replaceChildren(title, h('p', { class: 'muted', 'data-testid': 'no-mail' }, 'Empty: nothing was mailed yet.'));
      return;
    }
    const items = mails.map((mail) =>
      h('details', { 'data-testid': 'outbox-mail' },
        h('summary', { dir: 'auto' }, `${new Date(mail.at).toLocaleString()} · ${mail.to} · `, h('strong', { 'data-testid': 'outbox-subject' }, mail.subject)),
        h('pre', { dir: 'auto', 'data-testid': 'outbox-body' }, mail.body)));
    this.panel.replaceChildren(title, ...items);
  }
}
