/**
 * The customer card panel: the customer of the selected row (Show selected) or of a search, as
 * the sections core built; from it, add a purchase, add an interaction, set the next contact,
 * ask the customer to check their details.
 * Every text from the sheet is set as text; links are the ones core made (tel:, WhatsApp,
 * Telegram, mailto:).
 */
import type { CardLine, CustomerCard } from '../core/card/customerCard';
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

function cardView(state: SidebarState, card: CustomerCard, reload: (query: string) => Promise<void>): HTMLElement {
  const t = state.messages;
  const sections = card.sections.map((section) =>
    h(
      'section',
      { 'data-section': section.id },
      h('h2', {}, section.title),
      section.lines.length === 0
        ? h('p', { class: 'muted' }, t.cardNothing)
        : h('ul', { class: 'card-lines' }, ...section.lines.map((line) => h('li', {}, line.when ? h('span', { class: 'muted' }, isolatedValue(line.when), ' ') : null, line.href ? h('a', { href: line.href, target: '_blank', rel: 'noopener' }, ...lineText(line)) : h('span', {}, ...lineText(line))))),
      section.more > 0 ? h('p', { class: 'muted' }, formatMessage(t.cardMore, { count: section.more })) : null,
    ),
  );
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
  const show = async (text: string | undefined): Promise<void> => {
    const answer = await server.getCustomerCard(text);
    if (answer.kind === 'card') body.replaceChildren(cardView(state, answer.card, (id) => show(id)));
    else if (answer.kind === 'message') body.replaceChildren(h('p', { 'data-testid': 'card-message' }, answer.message));
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
