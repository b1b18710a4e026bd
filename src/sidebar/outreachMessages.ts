/**
 * The messages prepared for customers of a keep in touch list, drawn in a container: each text
 * in its language and direction, a chat link to open (the opening is logged), or a button that
 * sends the emails; and who the contact gate kept out. Used by the Keep in touch panel (a whole
 * list), the Today panel and the customer card (one customer).
 */
import { CHANNEL_ORDER, channelLabel } from '../core/i18n/codeLabels';
import type { Messages } from '../core/i18n/messages';
import type { Channel } from '../core/keepInTouch/contactGate';
import type { OutreachList } from '../core/keepInTouch/listMessages';
import type { OutreachPreview } from '../server/keepInTouch/listMessages';
import { button, h, isolatedValue } from './dom';
import { server } from './serverApi';
import { act, showStatus } from './status';
import { viewNumber } from './viewFormat';


/** Email, WhatsApp, Telegram or SMS. */
export function channelSelect(t: Messages, testId: string): HTMLSelectElement {
  return h('select', { 'data-testid': testId, 'aria-label': t.kitChannelLabel },
    ...CHANNEL_ORDER.map((c) => h('option', { value: c }, channelLabel(t, c)))) as HTMLSelectElement;
}

export function drawOutreach(t: Messages, list: OutreachList, preview: OutreachPreview, container: HTMLElement): void {
  const items = preview.messages.map((m) => {
    const text = h('p', { dir: m.direction, lang: m.language, class: 'message-text' }, m.text);
    if (!m.link) return h('li', { 'data-testid': 'message', 'data-id': m.id }, isolatedValue(m.name), text);
    const open = h('a', { href: m.link, target: '_blank', rel: 'noopener', 'data-testid': 'chat-link' }, t.kitOpenChat);
    open.addEventListener('click', () => void server.logChatOpened({ list, channel: preview.channel, customerIds: [m.id] }));
    return h('li', { 'data-testid': 'message', 'data-id': m.id }, isolatedValue(m.name), ' ', open, text);
  });
  const send = preview.channel === 'email' && preview.messages.length > 0 ? button(`${t.kitSendEmails} (${viewNumber(preview.messages.length)})`, `send-${list}`, true) : null;
  send?.addEventListener('click', () => void act(send, async () => {
    const result = await server.sendListEmails({ list, channel: 'email', customerIds: preview.messages.map((m) => m.id) });
    drawOutreach(t, list, result.preview, container);
    showStatus(result.message);
  }));
  const refused = preview.refused.length === 0 ? null : h('details', { 'data-testid': 'refused' }, h('summary', {}, `${t.kitRefusedHeading}: ${viewNumber(preview.refused.length)}`),
    h('ul', {}, ...preview.refused.map((r) => h('li', {}, isolatedValue(r.name), ` — ${r.reason}`))));
  container.replaceChildren(preview.messages.length === 0 ? h('p', { class: 'muted' }, t.kitNoMessages) : h('ul', {}, ...items), send ?? '', refused ?? '');
}

/** A channel, a button and where its messages are drawn: the list prepared for the given customers (all of the list when none are given). */
export function outreachControls(t: Messages, list: OutreachList, testIds: { channel: string; prepare: string }, customerIds: () => string[] | undefined): HTMLElement[] {
  const channel = channelSelect(t, testIds.channel);
  const prepare = button(t.kitPrepare, testIds.prepare);
  const messages = h('div', { class: 'messages' });
  prepare.addEventListener('click', () => void act(prepare, async () => {
    const ids = customerIds();
    drawOutreach(t, list, await server.getOutreach({ list, channel: channel.value as Channel, ...(ids ? { customerIds: ids } : {}) }), messages);
  }));
  return [h('div', { class: 'actions' }, channel, prepare), messages];
}
