/**
 * The sidebar page. It renders what the server's getSidebarState returns and sends the
 * user's actions back through the typed server API. Text from the sheet is only ever
 * set as text content, never parsed as HTML.
 */
import type { CustomerSheetSummary } from '../core/customerSheetSummary';
import { formatMessage } from '../core/i18n/formatMessage';
import type { SidebarState } from '../server/sidebarState';
import { server } from './serverApi';

type Child = Node | string | null | false;

function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function showStatus(message: string, isError = false): void {
  status.textContent = message;
  status.classList.toggle('error', isError);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

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

function settingsSection(state: SidebarState): HTMLElement {
  const t = state.messages;
  const language = h('select', { id: 'language', 'data-testid': 'language' }, h('option', { value: '' }, t.settingsLanguageAuto)) as HTMLSelectElement;
  for (const option of state.languages) language.append(h('option', { value: option.code }, option.name));
  language.value = state.settings.language ?? '';
  const country = h('input', { id: 'country', 'data-testid': 'default-country', maxlength: '2', value: state.settings.defaultCountry ?? '' }) as HTMLInputElement;
  const save = h('button', { type: 'submit', 'data-testid': 'save-settings' }, t.settingsSave) as HTMLButtonElement;
  const form = h(
    'form',
    {},
    h('label', { for: 'language' }, t.settingsLanguage),
    language,
    h('label', { for: 'country' }, t.settingsDefaultCountry),
    country,
    save,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void act(save, async () => {
      const next = await server.saveSettings({ language: (language.value || null) as SidebarState['language'] | null, defaultCountry: country.value });
      render(next);
      showStatus(next.messages.settingsSaved);
    });
  });
  return h('section', { 'data-testid': 'settings' }, h('h2', {}, t.settingsHeading), form);
}

/** Runs a server action with its button disabled; failures are shown, not swallowed. */
async function act(button: HTMLButtonElement, action: () => Promise<void>): Promise<void> {
  button.disabled = true;
  showStatus('');
  try {
    await action();
  } catch (error) {
    showStatus(errorText(error), true);
  } finally {
    button.disabled = false;
  }
}

function render(state: SidebarState): void {
  const t = state.messages;
  document.documentElement.lang = state.language;
  document.documentElement.dir = state.direction;
  const setUp = h('button', { class: state.summary ? '' : 'primary', 'data-testid': 'set-up' }, t.setUpButton) as HTMLButtonElement;
  setUp.addEventListener('click', () =>
    void act(setUp, async () => {
      const message = await server.setUpCustomerSheet();
      render(await server.getSidebarState());
      showStatus(message);
    }),
  );
  const refresh = h('button', { 'data-testid': 'refresh' }, t.refresh) as HTMLButtonElement;
  refresh.addEventListener('click', () => void act(refresh, async () => render(await server.getSidebarState())));
  const parts: Child[] = [
    h('h1', {}, t.sidebarTitle),
    state.settingsProblem ? h('p', { class: 'problem', 'data-testid': 'settings-problem' }, state.settingsProblem) : null,
    state.summary ? summarySection(state, state.summary) : h('p', { 'data-testid': 'no-sheet' }, t.summaryNoSheet),
    setUp,
    ' ',
    refresh,
    settingsSection(state),
  ];
  app.replaceChildren(...parts.filter((part): part is Node | string => part !== null && part !== false));
  app.setAttribute('aria-busy', 'false');
}

server
  .getSidebarState()
  .then(render)
  .catch((error: unknown) => showStatus(errorText(error), true));
