/**
 * Under the NPS report: Update dashboard (the Dashboard sheet with its charts) and the
 * Follow-up list of detractors, with how many are to contact, contacted and resolved.
 */
import { formatMessage, viewNumber } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { FollowUpResult } from '../server/nps/followUpSheet';
import { button, h, isolatedValue } from './dom';
import { server } from './serverApi';
import { act, showStatus } from './status';

function followUpView(t: Messages, result: FollowUpResult): HTMLElement[] {
  const { counts } = result;
  const count = (label: string, value: number, testId: string) => h('li', { 'data-testid': testId }, `${label}: ${value}`);
  return [
    h('p', { class: 'muted' }, formatMessage(t.followUpHint, { days: result.days })),
    h(
      'ul',
      { 'data-testid': 'follow-up-counts' },
      count(t.followUpToContact, counts.toContact, 'follow-up-to-contact'),
      count(t.followUpContacted, counts.contacted, 'follow-up-contacted'),
      count(t.followUpResolved, counts.resolved, 'follow-up-resolved'),
      ...(counts.other > 0 ? [count(t.followUpOther, counts.other, 'follow-up-other')] : []),
    ),
    h(
      'ul',
      { 'data-testid': 'follow-up-open' },
      ...result.open.map((item) => h('li', {}, isolatedValue(item.name || item.customerId), ' — ', isolatedValue(typeof item.score === 'number' ? viewNumber(item.score) : String(item.score)), ...(item.comment ? [': ', isolatedValue(item.comment)] : []))),
    ),
  ];
}

export function dashboardActions(t: Messages): HTMLElement {
  const dashboard = button(t.dashboardMenu, 'update-dashboard');
  const followUp = button(t.followUpMenu, 'update-follow-up');
  const details = h('div', { 'data-testid': 'follow-up' });
  dashboard.addEventListener('click', () => void act(dashboard, async () => showStatus(await server.updateDashboard())));
  followUp.addEventListener('click', () =>
    void act(followUp, async () => {
      const result = await server.updateFollowUpList();
      if ('error' in result) {
        showStatus(t.summaryNoSheet, true);
        return;
      }
      showStatus(formatMessage(t.followUpAdded, { count: result.added, sheet: result.sheet }));
      details.replaceChildren(...followUpView(t, result));
    }),
  );
  return h('section', {}, h('h2', {}, t.followUpHeading), h('div', { class: 'actions' }, dashboard, followUp), details);
}
