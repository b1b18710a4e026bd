/** The Today panel: follow-ups overdue, due today and this week; Done marks one in one click. */
import type { SidebarState } from '../server/sidebarState';
import type { TodayLine, TodayPanel } from '../server/card/todayPanel';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

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
    const groups = [group('overdue', t.todayOverdue, panel.overdue), group('today', t.todayDue, panel.today), group('week', t.todayWeek, panel.week)].filter(Boolean);
    body.replaceChildren(...(groups.length === 0 ? [h('p', { class: 'muted' }, t.todayNothing)] : (groups as HTMLElement[])));
  };
  void act(null, refresh);
}
