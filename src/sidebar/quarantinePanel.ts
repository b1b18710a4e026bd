/**
 * The quarantine panel: how many submissions wait in the Quarantine sheet and why, and Re-run
 * for after the user corrected them in the sheet (or settled which customer one is).
 */
import { formatMessage, viewNumber } from './viewFormat';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

export function quarantinePanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const rerun = button(t.quarantineRerun, 'quarantine-rerun', true);
  const body = h('div', {}, h('p', { class: 'muted' }, t.loading));
  container.replaceChildren(h('h1', {}, t.quarantineHeading), back, body, h('div', { class: 'actions' }, rerun));
  const load = () =>
    act(null, async () => {
      const panel = await server.getQuarantinePanel();
      rerun.disabled = panel.count === 0;
      body.replaceChildren(
        h('p', { 'data-testid': 'quarantine-count' }, panel.count === 0 ? t.quarantineEmpty : formatMessage(t.quarantineCount, { count: panel.count })),
        h(
          'table',
          { class: 'quality', 'data-testid': 'quarantine-rows' },
          h('tbody', {}, ...panel.rows.map((row) => h('tr', {}, h('td', {}, viewNumber(row.row)), h('td', {}, isolatedValue(row.reason))))),
        ),
      );
    });
  rerun.addEventListener('click', () =>
    void act(rerun, async () => {
      const result = await server.rerunQuarantined();
      showStatus(result.message);
      await load();
    }),
  );
  void load();
}
