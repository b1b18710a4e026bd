/**
 * The customer insights panel: activity segments, RFM segments, customers, revenue and NPS per
 * acquisition channel, the win-back list with contacts, cells that could not be read, and the
 * settings behind them (at-risk and lapsed days, which NPS answers count).
 */
import { channelLabel } from '../core/dashboard/dashboardPlan';
import { cellProblemText, rfmLabel } from '../core/i18n/codeLabels';
import { formatMessage, viewNumber } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { ActivitySegment } from '../core/segments/customerSegments';
import { RFM_SEGMENTS } from '../core/segments/rfm';
import type { InsightsPanel } from '../server/nps/insights';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue, unit } from './dom';
import type { Navigation } from './navigation';
import { predictionSettingsForm, predictionsSection, winBackPredictionText } from './predictionsView';
import { server } from './serverApi';
import { act, showStatus } from './status';

function activityLabel(t: Messages, panel: InsightsPanel, segment: ActivitySegment): string {
  switch (segment) {
    case 'active':
      return formatMessage(t.insightActive, { days: panel.atRiskDays });
    case 'atRisk':
      return formatMessage(t.insightAtRisk, { from: panel.atRiskDays, to: panel.lapsedDays - 1 });
    case 'lapsed':
      return formatMessage(t.insightLapsed, { days: panel.lapsedDays });
    case 'noPurchase':
      return t.insightNoPurchase;
    case 'unknown':
      return t.insightUnknown;
  }
}

const countTable = (testId: string, rows: [string, number][]) =>
  h('table', { class: 'quality', 'data-testid': testId }, h('tbody', {}, ...rows.map(([label, count]) => h('tr', {}, h('td', {}, label), h('td', {}, viewNumber(count))))));

function settingsForm(t: Messages, panel: InsightsPanel, reload: () => void): HTMLElement {
  const number = (id: string, value: number) => h('input', { id, 'data-testid': id, type: 'number', min: '1', max: '3650', value: String(value) }) as HTMLInputElement;
  const atRisk = number('insight-at-risk-days', panel.atRiskDays);
  const lapsed = number('insight-lapsed-days', panel.lapsedDays);
  const mode = h('select', { id: 'insight-nps-mode', 'data-testid': 'insight-nps-mode' },
    h('option', { value: 'latest' }, t.insightModeLatest),
    h('option', { value: 'all' }, t.insightModeAll)) as HTMLSelectElement;
  mode.value = panel.npsResponses;
  const save = button(t.settingsSave, 'insight-save');
  save.addEventListener('click', () => {
    const atRiskDays = Number(atRisk.value);
    const lapsedDays = Number(lapsed.value);
    const valid = [atRiskDays, lapsedDays].every((days) => Number.isInteger(days) && days >= 1 && days <= 3650) && lapsedDays > atRiskDays;
    if (!valid) {
      showStatus(t.insightInvalidDays, true);
      return;
    }
    void act(save, async () => {
      await server.saveInsightSettings({ segmentAtRiskDays: atRiskDays, segmentLapsedDays: lapsedDays, npsResponses: mode.value === 'all' ? 'all' : 'latest' });
      reload();
      showStatus(t.settingsSaved);
    });
  });
  return h('section', {},
    h('h2', {}, t.insightSettings),
    h('label', { for: 'insight-at-risk-days' }, t.insightAtRiskDays), atRisk,
    h('label', { for: 'insight-lapsed-days' }, t.insightLapsedDays), lapsed,
    h('label', { for: 'insight-nps-mode' }, t.insightResponsesMode), mode,
    save);
}

export function insightsPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => nav.open('nps'));
  const header = [h('h1', {}, t.insightHeading), back];
  const load = () => {
    container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
    void act(null, async () => {
      const panel = await server.getInsights();
      if ('error' in panel) {
        container.replaceChildren(...header, h('p', {}, t.summaryNoSheet));
        return;
      }
      const { summary } = panel;
      const rfmRows = RFM_SEGMENTS.filter((segment) => summary.rfm[segment] > 0).map((segment): [string, number] => [rfmLabel(t, segment), summary.rfm[segment]]);
      const channels = h('table', { class: 'quality insight-channels', 'data-testid': 'insight-channels' },
        h('thead', {}, h('tr', {}, h('th', {}, t.insightColumnChannel), h('th', {}, t.insightColumnCustomers), h('th', {}, t.insightColumnRevenue), h('th', {}, 'NPS'))),
        h('tbody', {}, ...summary.channels.map((row) => h('tr', {},
          h('td', {}, channelLabel(t, row.channel)),
          h('td', {}, viewNumber(row.customers)),
          // Each other currency on a line of its own: amounts in two currencies are never added.
          h('td', { 'data-testid': 'channel-revenue' }, viewNumber(row.revenue),
            ...row.otherCurrencies.map((other) => h('div', { class: 'muted' }, isolatedValue(`${other.currency} ${viewNumber(other.amount)}`)))),
          h('td', {}, row.nps.nps === null ? '—' : unit(viewNumber(row.nps.nps)), row.nps.nps === null ? null : h('span', { class: 'muted unit' }, ` n=${viewNumber(row.nps.responses)}`))))));
      container.replaceChildren(
        ...header,
        h('p', {}, formatMessage(t.summaryRows, { count: summary.customers })),
        h('h2', {}, t.insightActivity),
        countTable('insight-activity', (Object.keys(summary.activity) as ActivitySegment[]).map((segment): [string, number] => [activityLabel(t, panel, segment), summary.activity[segment]])),
        h('h2', {}, t.insightRfm),
        rfmRows.length > 0 ? countTable('insight-rfm', rfmRows) : h('p', {}, t.insightRfmNone),
        panel.purchasesColumn === null && rfmRows.length > 0 ? h('p', { class: 'muted' }, t.insightRfmNoCount) : h('span', {}),
        h('h2', {}, t.insightChannels),
        channels,
        predictionsSection(t, panel.predictions, state.language),
        h('h2', {}, formatMessage(t.insightWinBack, { count: panel.winBackCount, days: panel.atRiskDays })),
        h('ul', { 'data-testid': 'insight-win-back' }, ...panel.winBack.map((c) => h('li', {},
          isolatedValue(c.name || c.id), ` · ${formatMessage(t.insightDays, { days: c.daysSincePurchase })} · `,
          isolatedValue([c.phone, c.email].filter(Boolean).join(' · ')),
          c.probabilityActive === undefined ? null : h('div', { class: 'muted' }, winBackPredictionText(t, c))))),
        h('h2', {}, formatMessage(t.insightProblems, { count: panel.problemCount })),
        h('ul', {}, ...panel.problems.map((problem) => h('li', { class: 'problem' }, isolatedValue(`${problem.column}${viewNumber(problem.row)}`), ': ', isolatedValue(cellProblemText(t, problem))))),
        settingsForm(t, panel, load),
        predictionSettingsForm(t, panel.predictions, load),
      );
    });
  };
  load();
}
