/**
 * The Privacy panel: consent coverage, open data-subject requests with their due dates (overdue
 * ones marked), logging a request that arrived, and for one customer found by ID, email or phone:
 * what is held, Export (JSON, CSV: downloads made here, no Drive file) and Erase (after a
 * confirmation that names what goes and how long older backups keep it).
 */
import { formatMessage, viewNumber, viewPercent } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { FoundCustomer, PrivacyPanel } from '../server/privacy/privacy';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

function consentSection(state: SidebarState, panel: PrivacyPanel): HTMLElement {
  const t = state.messages;
  const consent = panel.consent;
  if (!consent) return h('section', { 'data-testid': 'privacy-consent' }, h('h2', {}, t.privacyConsentHeading), h('p', {}, t.summaryNoSheet));
  const n = (value: number) => viewNumber(value);
  const share = consent.customers === 0 ? 0 : consent.yes / consent.customers;
  return h('section', { 'data-testid': 'privacy-consent' },
    h('h2', {}, t.privacyConsentHeading),
    h('p', {}, formatMessage(t.privacyConsentLine, { yes: n(consent.yes), no: n(consent.no), unknown: n(consent.unknown), customers: n(consent.customers) })),
    h('p', { class: 'count' }, formatMessage(t.privacyConsentShare, { share: viewPercent(share) })),
    consent.hasColumn ? null : h('p', { class: 'problem' }, t.privacyConsentNoColumn));
}

function kindText(t: Messages, kind: string): string {
  return kind === 'erasure' ? t.privacyKindErasure : t.privacyKindAccess;
}

function requestsSection(state: SidebarState, panel: PrivacyPanel): HTMLElement {
  const t = state.messages;
  const items = panel.requests.map((request) =>
    h('li', { 'data-testid': 'privacy-request', ...(request.overdue ? { class: 'problem', 'data-overdue': 'true' } : {}) },
      isolatedValue(formatMessage(t.privacyRequestLine, { id: request.id, kind: kindText(t, request.kind), customer: request.customerId, received: request.received, due: request.due })),
      request.overdue ? ` · ${t.privacyOverdue}` : ''));
  return h('section', { 'data-testid': 'privacy-requests' }, h('h2', {}, t.privacyRequestsHeading),
    items.length > 0 ? h('ul', {}, ...items) : h('p', { class: 'muted' }, t.privacyRequestsNone));
}

function logForm(state: SidebarState, today: string, reload: () => void): HTMLElement {
  const t = state.messages;
  const kind = h('select', { 'data-testid': 'privacy-log-kind' }, h('option', { value: 'access' }, t.privacyKindAccess), h('option', { value: 'erasure' }, t.privacyKindErasure)) as HTMLSelectElement;
  const customer = h('input', { 'data-testid': 'privacy-log-customer', dir: 'auto' }) as HTMLInputElement;
  const received = h('input', { type: 'date', 'data-testid': 'privacy-log-received', value: today }) as HTMLInputElement;
  const channel = h('select', { 'data-testid': 'privacy-log-channel' },
    h('option', { value: 'email' }, t.privacyChannelEmail), h('option', { value: 'phone' }, t.privacyChannelPhone),
    h('option', { value: 'letter' }, t.privacyChannelLetter), h('option', { value: 'inPerson' }, t.privacyChannelInPerson)) as HTMLSelectElement;
  const log = button(t.privacyLogButton, 'privacy-log');
  log.addEventListener('click', () => void act(log, async () => {
    const result = await server.logPrivacyRequest({ kind: kind.value as 'access' | 'erasure', customer: customer.value, received: received.value, channel: channel.value as 'email' });
    if ('error' in result) return showStatus(result.error, true);
    reload();
    showStatus(result.message);
  }));
  return h('section', { 'data-testid': 'privacy-log-form' }, h('h2', {}, t.privacyLogHeading),
    h('label', {}, t.privacyLogKind, ' ', kind), h('label', {}, t.privacySearchLabel, ' ', customer),
    h('label', {}, t.privacyLogReceived, ' ', received), h('label', {}, t.privacyLogChannel, ' ', channel), log);
}

/** A download made in the sidebar from text: a Blob URL on a link with a file name, clicked for the user. */
function download(fileName: string, text: string, type: string): HTMLAnchorElement {
  const link = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: fileName, 'data-testid': `privacy-download-${fileName.split('.').pop()}` }, fileName) as HTMLAnchorElement;
  link.click();
  return link;
}

function customerSection(state: SidebarState, query: string, found: FoundCustomer, reload: () => void): HTMLElement {
  const t = state.messages;
  const ids = found.customerIds.join(', ');
  const downloads = h('p', { 'data-testid': 'privacy-downloads' });
  const exportButton = (label: string, testId: string, format: 'json' | 'csv') => {
    const control = button(label, testId);
    control.addEventListener('click', () => void act(control, async () => {
      const result = await server.exportCustomerData(query);
      if ('error' in result) return showStatus(result.error, true);
      const link = format === 'json'
        ? download(`${result.fileName}.json`, result.json, 'application/json')
        : download(`${result.fileName}.csv`, result.csv, 'text/csv;charset=utf-8');
      downloads.replaceChildren(link);
      showStatus(result.message);
    }));
    return control;
  };
  const confirmation = h('div', { 'data-testid': 'privacy-erase-confirmation' });
  const erase = button(t.privacyEraseButton, 'privacy-erase');
  erase.addEventListener('click', () => void act(erase, async () => {
    const preview = await server.getErasurePreview(query);
    if ('error' in preview) return showStatus(preview.error, true);
    const yes = button(t.privacyEraseConfirm, 'privacy-erase-confirm', 'destructive');
    const no = button(t.privacyCancel, 'privacy-erase-cancel');
    no.addEventListener('click', () => confirmation.replaceChildren());
    yes.addEventListener('click', () => void act(yes, async () => {
      const result = await server.eraseCustomer(query);
      if ('error' in result) return showStatus(result.error, true);
      reload();
      showStatus(result.message);
    }));
    confirmation.replaceChildren(
      h('p', {}, h('strong', {}, formatMessage(t.privacyEraseConfirmHeading, { ids: preview.customerIds.join(', ') }))),
      h('ul', {}, ...preview.lines.map((line) => h('li', {}, isolatedValue(line)))),
      h('p', { class: 'problem', 'data-testid': 'privacy-backups-caveat' }, preview.backups),
      h('div', { class: 'actions' }, yes, no));
  }));
  return h('div', { 'data-testid': 'privacy-customer' },
    h('h2', {}, isolatedValue(formatMessage(t.privacyHeldHeading, { name: found.name, ids }))),
    h('ul', {}, ...found.held.map((held) => h('li', {}, isolatedValue(formatMessage(t.privacyHeldLine, { sheet: held.sheet, rows: viewNumber(held.rows) }))))),
    h('div', { class: 'actions' }, exportButton(t.privacyExportJson, 'privacy-export-json', 'json'), exportButton(t.privacyExportCsv, 'privacy-export-csv', 'csv'), erase),
    downloads,
    confirmation);
}

function searchSection(state: SidebarState, reload: () => void): HTMLElement {
  const t = state.messages;
  const query = h('input', { 'data-testid': 'privacy-search', dir: 'auto' }) as HTMLInputElement;
  const result = h('div', {});
  const find = button(t.privacySearchButton, 'privacy-find', true);
  find.addEventListener('click', () => void act(find, async () => {
    const text = query.value;
    const found = await server.findCustomerForPrivacy(text);
    if ('error' in found) {
      result.replaceChildren(h('p', { class: 'muted', 'data-testid': 'privacy-not-found' }, found.error));
      return;
    }
    result.replaceChildren(customerSection(state, text, found, reload));
  }));
  return h('section', { 'data-testid': 'privacy-search-section' }, h('label', {}, t.privacySearchLabel, ' ', query), find, result);
}

export function privacyPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const load = () => {
    container.replaceChildren(h('h1', {}, t.privacyHeading), back, h('p', { class: 'muted' }, t.loading));
    void act(null, async () => {
      const panel = await server.getPrivacyPanel();
      container.replaceChildren(h('h1', {}, t.privacyHeading), back,
        searchSection(state, load), consentSection(state, panel), requestsSection(state, panel), logForm(state, panel.today, load));
    });
  };
  load();
}
