/** The Purchases panel: set-up, purchases with no customer (one click makes the customer), the order form, Recalculate totals, currencies. */
import { formatMessage } from './viewFormat';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

export function purchasesPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const body = h('div', { 'data-testid': 'purchases' }, h('p', { class: 'muted' }, t.loading));
  const recalculate = button(t.purchasesRecalculate, 'recalculate', true);
  recalculate.addEventListener('click', () => void act(recalculate, async () => {
    for (;;) {
      const progress = await server.recalculateTotals();
      if (progress.done) {
        showStatus(formatMessage(t.purchasesRecalculated, { customers: progress.customers, purchases: progress.purchases }));
        break;
      }
      showStatus(formatMessage(t.purchasesRecalculating, { done: progress.processed, total: progress.total }));
    }
    await load();
  }));
  container.replaceChildren(h('h1', {}, t.purchasesHeading), back, body, h('div', { class: 'actions' }, recalculate));
  const load = () => act(null, async () => {
    const panel = await server.getPurchasesPanel();
    const currency = h('input', { id: 'shop-currency', 'data-testid': 'shop-currency', value: panel.shopCurrency, maxlength: '3' }) as HTMLInputElement;
    const rates = h('textarea', { id: 'currency-rates', 'data-testid': 'currency-rates', rows: '3' }) as HTMLTextAreaElement;
    rates.value = panel.rates;
    const save = button(t.purchasesSaveSettings, 'save-currency');
    save.addEventListener('click', () => void act(save, async () => showStatus(await server.savePurchaseSettings({ shopCurrency: currency.value, rates: rates.value }))));
    const setUp = button(t.purchasesSetUp, 'set-up-purchases', true);
    setUp.addEventListener('click', () => void act(setUp, async () => {
      showStatus(await server.setUpPurchases());
      await load();
    }));
    const createOrderForm = button(t.orderFormCreate, 'create-order-form');
    createOrderForm.addEventListener('click', () => void act(createOrderForm, async () => {
      showStatus(await server.createOrderForm());
      await load();
    }));
    const orderForm = panel.orderForm
      ? h('p', {}, h('a', { href: panel.orderForm.publishedUrl, target: '_blank', rel: 'noopener', 'data-testid': 'order-form-link' }, isolatedValue(formatMessage(t.orderFormLink, { url: panel.orderForm.publishedUrl }))))
      : createOrderForm;
    const parts: (HTMLElement | null)[] = [
      panel.sheet === null
        ? h('div', {}, h('p', {}, t.purchasesNoSheet), setUp)
        : h('p', { 'data-testid': 'purchases-summary' }, formatMessage(t.purchasesSummary, { purchases: panel.purchases, sheet: panel.sheet, linked: panel.linked })),
      panel.unlinkedCount > 0 ? h('h2', {}, t.purchasesUnlinkedHeading) : null,
      panel.unlinkedCount > 0 ? h('ul', {}, ...panel.unlinked.map((line) => {
        const make = button(t.purchasesMakeCustomer, `make-customer-${line.row}`);
        make.addEventListener('click', () => void act(make, async () => {
          showStatus(await server.makeCustomerFromPurchaseRow(line.row));
          await load();
        }));
        return h('li', {}, isolatedValue(formatMessage(t.purchasesUnlinkedLine, { row: line.row, customer: line.customer })), ' ', make);
      })) : null,
      panel.sheet === null ? null : orderForm,
      h('label', { for: 'shop-currency' }, t.purchasesShopCurrency), currency,
      h('label', { for: 'currency-rates' }, t.purchasesRates), rates, save,
    ];
    body.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  });
  void load();
}
