/**
 * The NPS report panel: the score with its 95% interval, the counts and the response rate,
 * invalid answers by row, and the score by month, quarter or any column, each with its interval.
 */
import { formatMessage, viewNumber, viewPercent } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { NpsSummary } from '../core/nps/npsScore';
import type { NpsReport } from '../server/nps/npsReport';
import type { SidebarState } from '../server/sidebarState';
import { button, folded, h, isolatedValue, messageWithValues, unit } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act } from './status';
import { dashboardActions } from './dashboardActions';

const whole = (n: number | null) => (n === null ? '—' : viewNumber(n));

function summaryLines(t: Messages, summary: NpsSummary): HTMLElement[] {
  return [
    h('p', { class: 'count', 'data-testid': 'nps-score' }, ...messageWithValues(t.npsScore, { nps: whole(summary.nps) })),
    summary.interval95
      ? h('p', { 'data-testid': 'nps-interval' }, ...messageWithValues(t.npsInterval, { low: whole(summary.interval95[0]), high: whole(summary.interval95[1]), moe: whole(summary.marginOfError) }))
      : h('span', {}),
    h('p', {}, formatMessage(t.npsCounts, { promoters: summary.promoters, passives: summary.passives, detractors: summary.detractors })),
    ...(summary.smallSample && summary.responses > 0 ? [h('p', { class: 'problem' }, t.npsSmall)] : []),
  ];
}

function groupTable(t: Messages, report: NpsReport): HTMLElement | null {
  if (!report.groups) return null;
  return h(
    'table',
    { class: 'quality nps-groups', 'data-testid': 'nps-groups' },
    h('thead', {}, h('tr', {}, h('th', {}, t.layoutColumnGroup), h('th', {}, 'NPS'), h('th', {}, t.layoutColumnInterval), h('th', {}, t.layoutColumnAnswers))),
    h('tbody', {}, ...report.groups.map((g) => {
      const interval = g.summary.interval95 ? `${whole(g.summary.interval95[0])}…${whole(g.summary.interval95[1])}` : '';
      return h('tr', {}, h('td', {}, isolatedValue(g.group)), h('td', {}, unit(whole(g.summary.nps))), h('td', {}, unit(interval)), h('td', {}, unit(viewNumber(g.summary.responses))));
    })),
  );
}

export function npsPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const insights = button(t.insightOpen, 'open-insights');
  insights.addEventListener('click', () => nav.open('insights'));
  const header = [h('h1', {}, t.npsHeading), back, insights];
  const load = (by: string) => {
    container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
    void act(null, async () => {
      const report = await server.getNpsReport(by ? { by } : {});
      if ('error' in report) {
        container.replaceChildren(...header, h('p', {}, report.error === 'noSheet' ? t.summaryNoSheet : t.npsNoColumn));
        return;
      }
      const choose = h(
        'select',
        { 'data-testid': 'nps-by' },
        h('option', { value: '' }, t.npsByNothing),
        h('option', { value: 'month' }, t.npsByMonth),
        h('option', { value: 'quarter' }, t.npsByQuarter),
        h('option', { value: 'channel' }, t.npsByChannel),
        ...report.headers.filter((name) => name !== '' && name !== report.scoreColumn).map((name) => h('option', { value: name }, name)),
      ) as HTMLSelectElement;
      choose.value = by;
      choose.addEventListener('change', () => load(choose.value));
      const rate = viewPercent(report.customers === 0 ? 0 : report.respondents / report.customers);
      const source = report.from === 'responses'
        ? formatMessage(t.insightFromResponses, { sheet: report.answersSheet, mode: report.responsesMode === 'all' ? t.insightModeAll : t.insightModeLatest })
        : formatMessage(t.insightFromColumn, { column: report.scoreColumn, sheet: report.answersSheet });
      container.replaceChildren(
        ...header,
        ...summaryLines(t, report.summary),
        h('p', { 'data-testid': 'nps-responses' }, formatMessage(t.npsResponses, { count: report.summary.responses, rows: report.customers, rate })),
        h('p', { class: 'muted', 'data-testid': 'nps-source' }, source),
        report.unknownCustomers > 0 ? h('p', {}, formatMessage(t.insightUnknownCustomers, { count: report.unknownCustomers })) : h('span', {}),
        h('label', {}, t.npsBy, ' ', choose),
        ...[groupTable(t, report)].filter((part): part is HTMLElement => part !== null),
        folded(formatMessage(t.npsInvalid, { count: report.invalid.length }), report.invalid.slice(0, 100).map((answer) => h('li', { class: 'problem' }, isolatedValue(`${answer.column}${viewNumber(answer.row)}`), ': ', isolatedValue(answer.value))), 'nps-invalid'),
        dashboardActions(t),
      );
    });
  };
  load('');
}
