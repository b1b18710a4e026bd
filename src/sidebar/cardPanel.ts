/**
 * The customer card panel: the customer of the selected row (Show selected) or of a search, as
 * the sections core built; from it, add a purchase, add an interaction, set the next contact,
 * ask the customer to check their details. The card is shown as soon as the first server call
 * answers, its purchases, loyalty points and RFM rank as "Loading…" lines, which the second call
 * (getCustomerCardPurchases) then fills in, section by section, leaving the rest as it is.
 * Every text from the sheet is set as text; links are the ones core made (tel:, WhatsApp,
 * Telegram, mailto:).
 */
import { cardIsPending, type CardLine, type CardSection, type CustomerCard } from '../core/card/customerCard';
import { formatMessage } from './viewFormat';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue, type Child } from './dom';
import type { Navigation } from './navigation';
import { outreachControls } from './outreachMessages';
import { server } from './serverApi';
import { act, showStatus } from './status';

/** Today on the user's own clock (toISOString would give the UTC date, yesterday early in the morning east of Greenwich). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function field(id: string, label: string, value = ''): [HTMLElement, HTMLInputElement] {
  const input = h('input', { id, 'data-testid': id, value }) as HTMLInputElement;
  return [h('label', { for: id }, label), input];
}

/** A card line's text, the value it ends with (a phone, an email) isolated so it reads as written. */
function lineText(line: CardLine): Child[] {
  if (!line.value || !line.text.endsWith(line.value)) return [isolatedValue(line.text)];
  const label = line.text.slice(0, line.text.length - line.value.length);
  return label === '' ? [isolatedValue(line.value)] : [label, isolatedValue(line.value)];
}

function sectionView(state: SidebarState, section: CardSection): HTMLElement {
  const t = state.messages;
  const lines = section.lines.length === 0
    ? (section.loading === undefined ? h('p', { class: 'muted' }, t.cardNothing) : null)
    : h('ul', { class: 'card-lines' }, ...section.lines.map((line) => h('li', {}, line.when ? h('span', { class: 'muted' }, isolatedValue(line.when), ' ') : null, line.href ? h('a', { href: line.href, target: '_blank', rel: 'noopener' }, ...lineText(line)) : h('span', {}, ...lineText(line)))));
  return h(
    'section',
    { 'data-section': section.id, ...(section.loading === undefined ? {} : { 'data-loading': 'true' }) },
    h('h2', {}, section.title),
    lines,
    section.loading === undefined ? null : h('p', { class: 'muted', 'data-testid': 'card-loading' }, section.loading),
    section.more > 0 ? h('p', { class: 'muted' }, formatMessage(t.cardMore, { count: section.more })) : null,
  );
}

/** The placeholders of a card on view replaced by the second call's sections (as core's completeCard does), or its message. */
function fillIn(state: SidebarState, view: HTMLElement, later: CardSection[] | string): void {
  for (const placeholder of Array.from(view.querySelectorAll<HTMLElement>('section[data-loading]'))) {
    if (typeof later === 'string') {
      placeholder.removeAttribute('data-loading');
      placeholder.querySelector('[data-testid=card-loading]')?.replaceChildren(later);
      continue;
    }
    const section = later.find((s) => s.id === placeholder.dataset.section);
    if (section) placeholder.replaceWith(sectionView(state, section));
    else placeholder.remove();
  }
}

function cardView(state: SidebarState, card: CustomerCard, reload: (query: string) => Promise<void>): HTMLElement {
  const t = state.messages;
  const sections = card.sections.map((section) => sectionView(state, section));
  const [dateLabel, date] = field('purchase-date', t.cardDate, today());
  const [amountLabel, amount] = field('purchase-amount', t.cardAmount);
  const [itemLabel, item] = field('purchase-item', t.cardItem);
  const savePurchase = button(t.cardSave, 'save-purchase', true);
  savePurchase.addEventListener('click', () => void act(savePurchase, async () => {
    showStatus(await server.addPurchase(card.customerId, { date: date.value, amount: amount.value, item: item.value }));
    await reload(card.customerId);
  }));
  const kinds = [t.kindCall, t.kindVisit, t.kindMessage, t.kindEmail, t.kindComplaint, t.kindNote];
  const kind = h('select', { id: 'interaction-kind', 'data-testid': 'interaction-kind' }, ...kinds.map((k) => h('option', { value: k }, k))) as HTMLSelectElement;
  const [whenLabel, when] = field('interaction-date', t.cardDate, today());
  const [textLabel, text] = field('interaction-text', t.cardText);
  const saveInteraction = button(t.cardSave, 'save-interaction');
  saveInteraction.addEventListener('click', () => void act(saveInteraction, async () => {
    showStatus(await server.addInteraction(card.customerId, { date: when.value, kind: kind.value, text: text.value }));
    await reload(card.customerId);
  }));
  const [nextLabel, next] = field('next-contact', t.cardSetNextContact);
  const saveNext = button(t.cardSave, 'save-next-contact');
  saveNext.addEventListener('click', () => void act(saveNext, async () => {
    showStatus(await server.setNextContact(card.customerId, next.value));
    await reload(card.customerId);
  }));
  return h(
    'div',
    { 'data-testid': 'card', 'data-customer': card.customerId },
    h('h2', { class: 'card-name' }, isolatedValue(card.name), ' · ', isolatedValue(card.customerId)),
    ...sections,
    h('details', { class: 'card-action' }, h('summary', {}, t.cardAddPurchase), dateLabel, date, amountLabel, amount, itemLabel, item, savePurchase),
    h('details', { class: 'card-action' }, h('summary', {}, t.cardAddInteraction), h('label', { for: 'interaction-kind' }, t.cardKind), kind, whenLabel, when, textLabel, text, saveInteraction),
    h('details', { class: 'card-action' }, h('summary', {}, t.cardSetNextContact), nextLabel, next, saveNext),
    // Through the same contact gate as every list: no consent, suppressed or no address, and the preview says why.
    h('details', { class: 'card-action', 'data-testid': 'card-details-check' }, h('summary', {}, t.cardAskDetails),
      ...outreachControls(t, 'detailsCheck', { channel: 'card-details-channel', prepare: 'card-prepare-details' }, () => [card.customerId])),
  );
}

export function cardPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const selected = button(t.cardShowSelected, 'card-selected', true);
  const query = h('input', { id: 'card-query', 'data-testid': 'card-query' }) as HTMLInputElement;
  const find = button(t.cardSearchButton, 'card-find');
  const body = h('div', { 'data-testid': 'card-body' }, h('p', { class: 'muted' }, t.cardPickHint));
  // Each search or reload is numbered: an answer to an earlier one, arriving late, is dropped.
  let shown = 0;
  const show = async (text: string | undefined): Promise<void> => {
    const ticket = ++shown;
    const answer = await server.getCustomerCard(text);
    if (ticket !== shown) return;
    if (answer.kind === 'card') {
      const view = cardView(state, answer.card, (id) => show(id));
      body.replaceChildren(view);
      if (!cardIsPending(answer.card)) return;
      const later = await server.getCustomerCardPurchases(answer.card.customerId, answer.row).catch((error: unknown) => ({ kind: 'message' as const, message: error instanceof Error ? error.message : String(error) }));
      if (ticket === shown) fillIn(state, view, later.kind === 'sections' ? later.sections : later.message);
    } else if (answer.kind === 'message') body.replaceChildren(h('p', { 'data-testid': 'card-message' }, answer.message));
    else {
      body.replaceChildren(
        h('p', {}, answer.message),
        h('ul', { 'data-testid': 'card-choices' }, ...answer.customers.map((customer) => {
          const pick = button(`${customer.name} · ${customer.id}`, `card-choose-${customer.id}`);
          pick.addEventListener('click', () => void act(pick, () => show(customer.id)));
          return h('li', {}, pick);
        })),
      );
    }
  };
  selected.addEventListener('click', () => void act(selected, () => show(undefined)));
  find.addEventListener('click', () => void act(find, () => show(query.value)));
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void act(find, () => show(query.value));
  });
  container.replaceChildren(h('h1', {}, t.cardHeading), back, h('div', { class: 'actions' }, selected), h('label', { for: 'card-query' }, t.cardSearchLabel), query, find, body);
  void act(null, () => show(undefined));
}
