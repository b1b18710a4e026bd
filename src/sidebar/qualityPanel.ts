/** The data quality panel: how complete and valid each column is, likely duplicates, and writing the audit to a sheet. */
import { formatMessage, viewPercent } from './viewFormat';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

const percent = (share: number | null) => (share === null ? '—' : viewPercent(share));

export function qualityPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const header = [h('h1', {}, t.qualityHeading), back];
  container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
  void act(null, async () => {
    const report = await server.getDataQuality();
    if (!report) {
      container.replaceChildren(...header, h('p', {}, t.summaryNoSheet));
      return;
    }
    const write = button(t.qualityWrite, 'quality-write', true);
    write.addEventListener('click', () => void act(write, async () => showStatus(await server.writeDataQuality())));
    const rows = report.columns
      .filter((column) => column.header.trim() !== '')
      .map((column) =>
        h('tr', {}, h('td', {}, isolatedValue(`${column.column} ${column.header}`)), h('td', {}, percent(column.completeness)), h('td', {}, percent(column.validity))),
      );
    container.replaceChildren(
      ...header,
      h('p', { 'data-testid': 'quality-rows' }, formatMessage(t.qualityRows, { count: report.rows })),
      h('p', { 'data-testid': 'quality-duplicates' }, formatMessage(t.qualityDuplicates, { count: report.likelyDuplicates })),
      h(
        'table',
        { class: 'quality', 'data-testid': 'quality-table' },
        h('thead', {}, h('tr', {}, h('th', {}, t.qualityColumn), h('th', {}, t.qualityComplete), h('th', {}, t.qualityValid))),
        h('tbody', {}, ...rows),
      ),
      write,
    );
  });
}
