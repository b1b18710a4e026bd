/** The home panel: the customer sheet's summary, set-up, the way to the other panels, and the settings. */
import type { CustomerSheetSummary } from '../core/customerSheetSummary';
import { formatMessage } from './viewFormat';
import type { SidebarState } from '../server/sidebarState';
import { button, h, type Child } from './dom';
import type { Navigation, PanelName } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

function summarySection(state: SidebarState, summary: CustomerSheetSummary): HTMLElement {
  const t = state.messages;
  const problems: HTMLElement[] = [];
  if (summary.missingIds > 0) problems.push(h('li', { class: 'problem' }, formatMessage(t.problemMissingIds, { count: summary.missingIds })));
  for (const duplicate of summary.duplicateIds) {
    problems.push(h('li', { class: 'problem' }, formatMessage(t.problemDuplicateId, { id: duplicate.id, rows: duplicate.rows.join(', ') })));
  }
  for (const problem of summary.invalidValues) {
    const reason = formatMessage(t[problem.reason], { value: problem.value });
    problems.push(h('li', { class: 'problem' }, formatMessage(t.problemInvalidValue, { row: problem.row, column: problem.column, reason })));
  }
  return h(
    'section',
    { 'data-testid': 'summary' },
    h('h2', {}, t.summaryHeading),
    h('p', { 'data-testid': 'sheet-name' }, formatMessage(t.summarySheet, { sheet: summary.sheetName })),
    h('p', { class: 'count', 'data-testid': 'customer-count' }, formatMessage(t.summaryRows, { count: summary.customerCount })),
    h('h2', {}, t.summaryColumns),
    h(
      'ul',
      { class: 'columns', 'data-testid': 'columns' },
      ...summary.columns.map((column) =>
        h('li', { 'data-field': column.field }, `${state.fieldLabels[column.field]} `, h('span', {}, `← ${column.column}: ${column.header}`)),
      ),
    ),
    summary.extras.length > 0 && h('h2', {}, t.summaryExtras),
    summary.extras.length > 0 && h('ul', { class: 'columns' }, ...summary.extras.map((extra) => h('li', {}, `${extra.column}: ${extra.header}`))),
    h('h2', {}, t.problemsHeading),
    problems.length > 0 ? h('ul', { 'data-testid': 'problems' }, ...problems) : h('p', { class: 'muted' }, t.problemsNone),
  );
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
  const setUp = button(t.setUpButton, 'set-up', !state.summary);
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
  const opens = (label: string, panel: PanelName) => {
    const opener = button(label, `open-${panel}`);
    opener.addEventListener('click', () => nav.open(panel));
    return opener;
  };
  const clean = opens(t.menuClean, 'clean');
  const quality = opens(t.menuDataQuality, 'quality');
  const duplicates = opens(t.menuDuplicates, 'duplicates');
  const nps = opens(t.menuNps, 'nps');
  const importContacts = opens(t.menuImportContacts, 'import');
  const quarantine = opens(t.quarantineHeading, 'quarantine');
  const backups = opens(t.backupHeading, 'backups');
  const audit = opens(t.auditHeading, 'audit');
  const privacy = opens(t.privacyHeading, 'privacy');
  const card = opens(t.cardHeading, 'card');
  const today = opens(t.todayHeading, 'today');
  const purchases = opens(t.purchasesHeading, 'purchases');
  const keepInTouch = opens(t.kitPanelHeading, 'keepInTouch');
  return [
    h('h1', {}, t.sidebarTitle),
    state.permissionNotice ? h('p', { class: 'problem', 'data-testid': 'permission-notice' }, state.permissionNotice) : null,
    state.settingsProblem ? h('p', { class: 'problem', 'data-testid': 'settings-problem' }, state.settingsProblem) : null,
    state.summary ? summarySection(state, state.summary) : h('p', { 'data-testid': 'no-sheet' }, t.summaryNoSheet),
    h('div', { class: 'actions' }, setUp, refresh, state.summary ? clean : null, state.summary ? quality : null, state.summary ? duplicates : null, state.summary ? nps : null, state.summary ? card : null, state.summary ? today : null, state.summary ? purchases : null, state.summary ? keepInTouch : null, importContacts, quarantine, backups, privacy, audit),
    settingsSection(state, nav),
  ];
}
