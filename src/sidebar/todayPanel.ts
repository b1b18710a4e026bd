/**
 * The Today panel: follow-ups overdue, due today and this week (Done marks one in one click);
 * then birthdays, recalls due and new membership levels, each customer with a Message button
 * that prepares their message on the chosen channel through the contact gate.
 */
import type { Messages } from '../core/i18n/messages';
import type { Channel } from '../core/keepInTouch/contactGate';
import type { SidebarState } from '../server/sidebarState';
import type { TodayContact, TodayLine, TodayPanel } from '../server/card/todayPanel';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { channelSelect, drawOutreach } from './outreachMessages';
import { server } from './serverApi';
import { act, showStatus } from './status';
import { formatMessage } from './viewFormat';

function contactGroup(t: Messages, heading: string, contacts: TodayContact[]): HTMLElement | null {
  const first = contacts[0];
  if (!first) return null;
  const channel = channelSelect(t, `today-channel-${first.list}`);
  return h('section', { 'data-group': first.list },
    h('h2', {}, heading),
    h('div', { class: 'actions' }, channel),
    h('ul', {}, ...contacts.map((contact) => {
      const message = button(t.todayMessage, `message-${contact.list}-${contact.id}`);
      const preview = h('div', { class: 'messages' });
      message.addEventListener('click', () => void act(message, async () =>
        drawOutreach(t, contact.list, await server.getOutreach({ list: contact.list, channel: channel.value as Channel, customerIds: [contact.id] }), preview)));
      return h('li', { 'data-id': contact.id }, h('span', { class: 'muted' }, isolatedValue(contact.date), ' '), isolatedValue(contact.name), ' ', isolatedValue(contact.text), ' ', message, preview);
    })));
}

export function todayPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const body = h('div', { 'data-testid': 'today' }, h('p', { class: 'muted' }, t.loading));
  container.replaceChildren(h('h1', {}, t.todayHeading), back, body);
  const group = (id: string, title: string, lines: TodayLine[]) =>
    lines.length === 0 ? null : h('section', { 'data-group': id }, h('h2', {}, title), h('ul', {}, ...lines.map((line) => {
      const done = button(t.todayDone, `done-${line.row}`);
      done.addEventListener('click', () => void act(done, async () => {
        const message = await server.markFollowUpDone(line.row, line.customerId, line.dueTime);
        await refresh();
        showStatus(message);
      }));
      return h('li', { 'data-row': String(line.row) }, h('span', { class: 'muted' }, `${line.due} `), isolatedValue(line.name), ' · ', isolatedValue(line.text), ' ', done);
    })));
  // Redraws the lists; the caller's act shows what went wrong, so a Done's message is not wiped.
  const refresh = async () => {
    const panel: TodayPanel = await server.getTodayPanel();
    const followUps = [group('overdue', t.todayOverdue, panel.overdue), group('today', t.todayDue, panel.today), group('week', t.todayWeek, panel.week)].filter(Boolean) as HTMLElement[];
    const count = (template: string, entries: readonly unknown[]) => formatMessage(template, { count: entries.length });
    const contacts = [
      contactGroup(t, count(t.kitDigestBirthdays, panel.birthdays), panel.birthdays),
      contactGroup(t, count(t.kitDigestRecalls, panel.recallsDue), panel.recallsDue),
      contactGroup(t, count(t.kitDigestTierChanges, panel.tierChanges), panel.tierChanges),
    ].filter(Boolean) as HTMLElement[];
    body.replaceChildren(...(followUps.length === 0 ? [h('p', { class: 'muted' }, t.todayNothing)] : followUps), ...contacts);
  };
  void act(null, refresh);
}
