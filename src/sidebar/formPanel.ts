/**
 * The Google Form panel: create Clientele's form or link one the user has, see and change how
 * each question fills a customer field, and disconnect. Connecting installs the one trigger.
 */
import { formatMessage } from './viewFormat';
import type { FormPanel } from '../server/capture/formConnection';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

function mappingTable(state: SidebarState, panel: FormPanel): { table: HTMLElement; read: () => Record<string, string> } {
  const t = state.messages;
  const selects: [string, HTMLSelectElement][] = [];
  const rows = (panel.connected?.questions ?? []).map((question) => {
    const select = h('select', { 'data-testid': 'form-mapping-target', 'data-question': question.title },
      h('option', { value: 'ignore' }, t.formNotUsed),
      ...panel.targets.map((target) => h('option', { value: target.value }, target.label)),
    ) as HTMLSelectElement;
    select.value = question.target ?? 'ignore';
    selects.push([question.title, select]);
    select.setAttribute('style', 'display: block; width: 100%; margin-top: 2px');
    // The question above its field, full width: titles are long and field names differ in length by language.
    return h('label', { 'data-testid': 'form-question', style: 'display: block; margin: 0 0 10px' }, isolatedValue(question.title), select);
  });
  return {
    table: h('div', { 'data-testid': 'form-mapping' }, ...rows),
    read: () => Object.fromEntries(selects.map(([title, select]) => [title, select.value])),
  };
}

export function formPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const header = [h('h1', {}, t.formHeading), back];

  const render = (panel: FormPanel) => {
    if (!panel.connected) {
      const create = button(t.formCreate, 'form-create', true);
      const url = h('input', { type: 'url', 'data-testid': 'form-url', dir: 'ltr' }) as HTMLInputElement;
      const link = button(t.formLink, 'form-link');
      create.addEventListener('click', () => void act(create, async () => {
        const message = await server.createForm();
        render(await server.getFormPanel());
        showStatus(message);
      }));
      link.addEventListener('click', () => void act(link, async () => {
        const result = await server.linkForm(url.value);
        if (result.ok) render(await server.getFormPanel());
        showStatus(result.message, !result.ok);
      }));
      container.replaceChildren(...header, h('p', {}, t.formIntro), h('div', { class: 'actions' }, create), h('label', {}, t.formLinkLabel, ' ', url), h('div', { class: 'actions' }, link));
      return;
    }
    const connected = panel.connected;
    const { table, read } = mappingTable(state, panel);
    const save = button(t.formSaveMapping, 'form-save-mapping', true);
    save.addEventListener('click', () => void act(save, async () => showStatus(await server.saveFormMapping(read()))));
    const disconnect = button(t.formDisconnect, 'form-disconnect');
    disconnect.addEventListener('click', () => void act(disconnect, async () => {
      const message = await server.disconnectForm();
      render(await server.getFormPanel());
      showStatus(message);
    }));
    container.replaceChildren(
      ...header,
      h('p', { 'data-testid': 'form-connected' }, formatMessage(t.formConnected, { title: connected.title })),
      h('p', {}, h('a', { href: connected.publishedUrl, target: '_blank', rel: 'noopener', 'data-testid': 'form-open' }, t.formOpen)),
      connected.published ? h('span', {}) : h('p', { class: 'problem', 'data-testid': 'form-not-published' }, formatMessage(t.formNotPublished, { url: connected.editUrl })),
      connected.triggerInstalled ? h('p', { 'data-testid': 'form-trigger' }, t.formTriggerOn) : h('p', { class: 'problem', 'data-testid': 'form-trigger-missing' }, t.deployFormTriggerMissing),
      h('h2', {}, t.formMappingHeading),
      table,
      h('div', { class: 'actions' }, save, disconnect),
    );
  };

  container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
  void act(null, async () => render(await server.getFormPanel()));
}
