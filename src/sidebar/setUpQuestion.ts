/**
 * Set-up's question while no default country is set: the country phone numbers written without a
 * country code belong to, the suggestion preselected, and the language. The answers go into the
 * settings. The sidebar rather than Ui.prompt: a prompt takes free text only, no list to choose from
 * (developers.google.com/apps-script/reference/base/ui#promptprompt).
 *
 * Two ways in: the home panel's Set up button asks first, then sets up (`then: 'setUp'`); the
 * menu's "Set up customer sheet" has set up already and opens the sidebar here, so answering
 * only saves (`then: 'save'`).
 */
import type { Language } from '../core/i18n/languages';
import type { SidebarState } from '../server/sidebarState';
import { button, h } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

function select(id: string, options: { value: string; text: string }[], selected: string): HTMLSelectElement {
  const element = h('select', { id, 'data-testid': id, required: '' }, ...options.map(({ value, text }) => h('option', { value }, text))) as HTMLSelectElement;
  element.value = selected;
  return element;
}

export function setUpQuestionPanel(state: SidebarState, nav: Navigation, container: HTMLElement, then: 'setUp' | 'save'): void {
  const t = state.messages;
  const question = state.setUpQuestion;
  const suggested = question?.suggestedCountry ?? '';
  const byName = new Intl.Collator(state.language).compare;
  const countries = [...(question?.countries ?? [])].sort((a, b) => byName(a.name, b.name));
  // No suggestion: an empty first choice, which `required` does not let through.
  const country = select('set-up-country', [...(suggested ? [] : [{ value: '', text: t.setUpQuestionChoose }]), ...countries.map((c) => ({ value: c.code, text: c.name }))], suggested);
  const language = select('set-up-language', state.languages.map((l) => ({ value: l.code, text: l.name })), state.language);
  const confirm = h('button', { type: 'submit', class: 'primary', 'data-testid': 'set-up-confirm' }, then === 'setUp' ? t.menuSetUpSheet : t.settingsSave) as HTMLButtonElement;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => nav.home(state));
  const form = h(
    'form',
    { 'data-testid': 'set-up-question' },
    h('p', {}, t.setUpQuestionIntro),
    h('label', { for: 'set-up-country' }, t.setUpQuestionCountry),
    country,
    suggested ? h('p', { class: 'muted', 'data-testid': 'set-up-suggested' }, t.setUpQuestionSuggested) : null,
    h('label', { for: 'set-up-language' }, t.settingsLanguage),
    language,
    h('p', { class: 'muted' }, t.setUpQuestionLater),
    h('div', { class: 'actions' }, confirm, back),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void act(confirm, async () => {
      const saved = await server.saveSettings({ language: language.value as Language, defaultCountry: country.value });
      if (then === 'save') {
        nav.home(saved);
        showStatus(saved.messages.settingsSaved);
        return;
      }
      const message = await server.setUpCustomerSheet();
      nav.home(await server.getSidebarState());
      showStatus(message);
    });
  });
  container.replaceChildren(h('h1', {}, t.setUpQuestionHeading), form);
}
