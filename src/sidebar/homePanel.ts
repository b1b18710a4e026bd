/**
 * The home panel: first the customer sheet in one line with Set up and Refresh, then every
 * feature in the order and under the names of the add-on menu (both come from the feature
 * map, src/core/featureMap.ts), then the sheet's details folded with their counts (problems,
 * recognised columns), and the settings.
 */
import type { CustomerSheetSummary } from '../core/customerSheetSummary';
import { FEATURE_MAP, type DirectFeature } from '../core/featureMap';
import type { Messages } from '../core/i18n/messages';
import { formatMessage, viewNumber } from './viewFormat';
import type { SidebarState } from '../server/sidebarState';
import { actionBar, backArrow, button, folded, h, isolatedList, messageWithValues, type Child } from './dom';
import { listSeparator } from '../core/i18n/languages';
import type { Navigation, PanelName } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

function problemItems(state: SidebarState, summary: CustomerSheetSummary): HTMLElement[] {
  const t = state.messages;
  const problems: HTMLElement[] = [];
  if (summary.missingIds > 0) problems.push(h('li', { class: 'problem' }, formatMessage(t.problemMissingIds, { count: summary.missingIds })));
  for (const duplicate of summary.duplicateIds) {
    problems.push(h('li', { class: 'problem' }, ...messageWithValues(t.problemDuplicateId, { id: duplicate.id, rows: isolatedList(duplicate.rows.map((row) => viewNumber(row)), listSeparator(state.language)) })));
  }
  for (const problem of summary.invalidValues) {
    // The cell's value as typed, isolated: «714 000₮» or «-5» must not be reordered by the Persian sentence around it.
    const reason = messageWithValues(t[problem.reason], { value: problem.value });
    problems.push(h('li', { class: 'problem' }, ...messageWithValues(t.problemInvalidValue, { row: problem.row, column: problem.column, reason })));
  }
  return problems;
}

/** The sheet's details under the features: its name, then its problems and columns folded under their counts. */
function summarySection(state: SidebarState, summary: CustomerSheetSummary): HTMLElement {
  const t = state.messages;
  const problems = problemItems(state, summary);
  const columns = summary.columns.map((column) =>
    h('li', { 'data-field': column.field }, `${state.fieldLabels[column.field]} `, h('span', {}, `${backArrow()} ${column.column}: ${column.header}`)),
  );
  return h(
    'section',
    { 'data-testid': 'summary' },
    h('h2', {}, t.summaryHeading),
    h('p', { 'data-testid': 'sheet-name' }, formatMessage(t.summarySheet, { sheet: summary.sheetName })),
    problems.length > 0 ? folded(formatMessage(t.layoutProblemsFound, { count: problems.length }), problems, 'problems') : h('p', { class: 'muted' }, t.problemsNone),
    folded(formatMessage(t.layoutColumnsRecognised, { count: columns.length }), columns, 'columns'),
    summary.extras.length > 0 &&
      folded(formatMessage(t.layoutExtraColumns, { count: summary.extras.length }), summary.extras.map((extra) => h('li', {}, `${extra.column}: ${extra.header}`)), 'extra-columns'),
  );
}

/** The one-line summary first on the panel: how many customers, how many problems. */
function summaryLine(state: SidebarState, summary: CustomerSheetSummary): HTMLElement {
  const t = state.messages;
  const problems = problemItems(state, summary).length;
  return h(
    'p',
    {},
    h('span', { class: 'count', 'data-testid': 'customer-count' }, formatMessage(t.summaryRows, { count: summary.customerCount })),
    problems > 0 ? h('span', { class: 'problem', 'data-testid': 'problem-count' }, formatMessage(t.layoutProblemsFound, { count: problems })) : null,
  );
}

/** What the home panel's button of a feature without a panel does: what its menu item does, with its message shown. */
const RUN_FEATURE: Record<Exclude<DirectFeature, 'setUpCustomerSheet'>, (t: Messages) => Promise<string>> = {
  updateDashboard: () => server.updateDashboard(),
  updateFollowUpList: async (t) => {
    const result = await server.updateFollowUpList();
    return 'error' in result ? t.summaryNoSheet : formatMessage(t.followUpAdded, { count: result.added, sheet: result.sheet });
  },
  updatePredictions: async () => (await server.updatePredictions()).message,
  // One step per call, each within Apps Script's time limit, as the Backups panel does.
  backUpNow: async () => {
    for (;;) {
      const { progress, message } = await server.backUpNow();
      showStatus(message);
      if (progress.done) return message;
    }
  },
};

/** Every feature but set-up (first in the action bar), in the feature map's order: a panel opens, a direct feature runs. */
function featureButtons(state: SidebarState, nav: Navigation): HTMLElement {
  const t = state.messages;
  const buttons = FEATURE_MAP.filter((feature) => feature.id !== 'setUp' && (state.summary !== null || !feature.needsSheet)).map((feature) => {
    if ('panel' in feature) {
      const opener = button(t[feature.label], `open-${feature.panel}`);
      opener.dataset.feature = feature.menu;
      opener.addEventListener('click', () => nav.open(feature.panel as PanelName));
      return opener;
    }
    const runner = button(t[feature.label], `run-${feature.id}`);
    runner.dataset.feature = feature.menu;
    const run = RUN_FEATURE[feature.menu as keyof typeof RUN_FEATURE];
    runner.addEventListener('click', () =>
      void act(runner, async () => {
        const message = await run(t);
        nav.home(await server.getSidebarState());
        showStatus(message);
      }),
    );
    return runner;
  });
  return h('div', { class: 'actions features', 'data-testid': 'features' }, ...buttons);
}

function choice(id: string, label: string, options: [string, string][], selected: string): [HTMLElement, HTMLSelectElement] {
  const select = h('select', { id, 'data-testid': id }, ...options.map(([value, text]) => h('option', { value }, text))) as HTMLSelectElement;
  select.value = selected;
  return [h('label', { for: id }, label), select];
}

function settingsSection(state: SidebarState, nav: Navigation): HTMLElement {
  const t = state.messages;
  const [languageLabel, language] = choice('language', t.settingsLanguage, [['', t.settingsLanguageAuto], ...state.languages.map((l): [string, string] => [l.code, l.name])], state.settings.language ?? '');
  const [phoneLabel, phoneFormat] = choice('phone-format', t.settingsPhoneFormat, [['E164', t.settingsPhoneE164], ['INTERNATIONAL', t.settingsPhoneInternational]], state.settings.phoneFormat);
  const [countryStyleLabel, countryStyle] = choice(
    'country-style',
    t.settingsCountryStyle,
    [['code', t.settingsCountryCode], ['english', t.settingsCountryEnglish], ['language', t.settingsCountryLanguage]],
    state.settings.countryStyle,
  );
  const [digitsLabel, digits] = choice('digits', t.settingsDigits, [['native', t.settingsDigitsNative], ['latin', t.settingsDigitsLatin]], state.settings.digits);
  const country = h('input', { id: 'country', 'data-testid': 'default-country', maxlength: '2', value: state.settings.defaultCountry ?? '' }) as HTMLInputElement;
  const save = h('button', { type: 'submit', 'data-testid': 'save-settings' }, t.settingsSave) as HTMLButtonElement;
  const form = h('form', {}, languageLabel, language, h('label', { for: 'country' }, t.settingsDefaultCountry), country, phoneLabel, phoneFormat, countryStyleLabel, countryStyle, digitsLabel, digits, save);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void act(save, async () => {
      const next = await server.saveSettings({
        language: (language.value || null) as SidebarState['language'] | null,
        defaultCountry: country.value,
        phoneFormat: phoneFormat.value as SidebarState['settings']['phoneFormat'],
        countryStyle: countryStyle.value as SidebarState['settings']['countryStyle'],
        digits: digits.value as SidebarState['settings']['digits'],
      });
      nav.home(next);
      showStatus(next.messages.settingsSaved);
    });
  });
  return h('section', { 'data-testid': 'settings' }, h('h2', {}, t.settingsHeading), form);
}

export function homePanel(state: SidebarState, nav: Navigation): Child[] {
  const t = state.messages;
  // Set up is the panel's main action while there is no sheet or rows lack an ID (what it adds).
  const setUp = button(t.menuSetUpSheet, 'set-up', !state.summary || state.summary.missingIds > 0);
  setUp.dataset.feature = 'setUpCustomerSheet';
  setUp.addEventListener('click', () => {
    // While no default country is set, set-up asks for it (and the language) first.
    if (state.setUpQuestion) {
      nav.open('setUp');
      return;
    }
    void act(setUp, async () => {
      const message = await server.setUpCustomerSheet();
      nav.home(await server.getSidebarState());
      showStatus(message);
    });
  });
  const refresh = button(t.refresh, 'refresh');
  refresh.addEventListener('click', () => void act(refresh, async () => nav.home(await server.getSidebarState())));
  return [
    h('h1', {}, t.sidebarTitle),
    state.permissionNotice ? h('p', { class: 'problem', 'data-testid': 'permission-notice' }, state.permissionNotice) : null,
    state.settingsProblem ? h('p', { class: 'problem', 'data-testid': 'settings-problem' }, state.settingsProblem) : null,
    actionBar(state.summary ? summaryLine(state, state.summary) : h('p', { 'data-testid': 'no-sheet' }, t.summaryNoSheet), setUp, refresh),
    featureButtons(state, nav),
    state.summary ? summarySection(state, state.summary) : null,
    settingsSection(state, nav),
  ];
}
