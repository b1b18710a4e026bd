/**
 * The customer card, Today panel and Persian layout in the playground, in headless Chromium: a
 * cell of a customer's row selected in the grid, the card for it (on view with its purchases
 * "Loading…" while the second server call is held back, then filled in), a purchase added from the card
 * (the Purchases sheet appears and the card's totals count it), a follow-up set and done from the
 * Today panel, Create order form in the Purchases panel (the panel then shows the form's link),
 * and the card right to left with Solar Hijri dates in Persian.
 */
import type { Frame, Page, Route } from 'playwright-core';
import { chooseMenuItem, openSidebarFrom } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(120_000);

const playground = usePlaygroundPage('card', { onePage: true });
const { pageErrors } = playground;
let page: Page;

beforeAll(async () => {
  page = playground.page();
  await page.locator('[data-testid=grid] td[data-a1="A1"]').waitFor();
  await chooseMenuItem(page, 'setUpCustomerSheet');
  await page.locator('[data-testid=grid] td', { hasText: /^C-000001$/ }).waitFor();
});

function cardSidebar(): Promise<Frame> {
  return openSidebarFrom(page, 'showCustomerCard', 'card-selected');
}

/** Holds back the card's second call (getCustomerCardPurchases) until the returned function is called. */
async function holdSecondCall(): Promise<() => Promise<void>> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Every call in flight is let through before the route is removed: removing it while a handler
  // still waits lets Playwright continue the request itself, and the handler's continue then fails.
  const inFlight = new Set<Promise<void>>();
  const handler = (route: Route) => {
    const passing = (async () => {
      if (route.request().postData()?.includes('"name":"getCustomerCardPurchases"')) await held;
      await route.continue();
    })();
    inFlight.add(passing);
    return passing.finally(() => inFlight.delete(passing));
  };
  await page.route('**/api/script-run', handler);
  return async () => {
    release();
    await Promise.all(inFlight);
    await page.unroute('**/api/script-run', handler);
  };
}

/** The card's sections once the second call has filled in its placeholders. */
async function filledIn(sidebar: Frame): Promise<void> {
  await sidebar.locator('[data-testid=card] [data-section=purchases]:not([data-loading])').waitFor();
  expect(await sidebar.locator('[data-testid=card-loading]').count()).toBe(0);
}

test('the card of the selected row, and a purchase added from it', async () => {
  const idCell = page.locator('[data-testid=grid] td', { hasText: /^C-000002$/ });
  const row = await idCell.getAttribute('data-row');
  await page.locator(`[data-testid=grid] td[data-row="${row}"][data-column="2"]`).dispatchEvent('mousedown');
  const release = await holdSecondCall();
  const sidebar = await cardSidebar();
  await sidebar.locator('[data-testid=card][data-customer="C-000002"]').waitFor();
  // The card is on view before its purchases: contacts and totals at once, the purchases loading.
  expect(await sidebar.locator('[data-section=contacts] a').count()).toBeGreaterThan(0);
  await sidebar.locator('[data-section=purchases][data-loading] [data-testid=card-loading]', { hasText: 'Loading purchases…' }).waitFor();
  expect(await sidebar.locator('[data-section=purchases] li').count()).toBe(0);
  await release();
  await filledIn(sidebar);
  // The demo's own Purchases column is the count the totals start from: one more after the purchase.
  const countBefore = Number(/Purchases: (\d+)/.exec((await sidebar.locator('[data-section=totals]').textContent().catch(() => '')) ?? '')?.[1] ?? 0);

  await sidebar.getByText('Add a purchase').click();
  await sidebar.getByTestId('purchase-amount').fill('12 000');
  await sidebar.getByTestId('purchase-item').fill('Haircut');
  await sidebar.getByTestId('save-purchase').click();
  await sidebar.getByTestId('status').filter({ hasText: 'Purchase added to C-000002.' }).waitFor();
  await sidebar.locator('[data-section=totals]', { hasText: `Purchases: ${countBefore + 1}` }).waitFor();
  // The card opened again after the purchase: its second call brings the new purchase.
  await sidebar.locator('[data-section=purchases]:not([data-loading])', { hasText: 'Haircut · 12,000' }).waitFor();
  await filledIn(sidebar);
  await page.locator('[data-testid=sheet-tab][data-sheet="Purchases"]').waitFor();
  expect(pageErrors).toEqual([]);
});

test('a follow-up set from the card is on the Today panel and done in one click', async () => {
  const sidebar = await cardSidebar();
  await sidebar.getByTestId('card-query').fill('C-000002');
  await sidebar.getByTestId('card-find').click();
  await sidebar.locator('[data-testid=card][data-customer="C-000002"]').waitFor();
  await sidebar.getByText('Set the next contact date').first().click();
  await sidebar.getByTestId('next-contact').fill(await sidebar.getByTestId('purchase-date').inputValue());
  await sidebar.getByTestId('save-next-contact').click();
  await sidebar.getByTestId('status').filter({ hasText: /^Next contact with C-000002 on / }).waitFor();

  const today = await openSidebarFrom(page, 'showTodayPanel', 'today');
  const line = today.locator('[data-testid=today] [data-group=today] li');
  await line.waitFor();
  await line.getByRole('button').click();
  await today.getByTestId('status').filter({ hasText: 'Marked done.' }).waitFor();
  await today.getByText('No follow-ups due.').waitFor();
  expect(pageErrors).toEqual([]);
});

test('Create order form in the Purchases panel makes the form and shows its link', async () => {
  // A click in the grid first: without one the add-on menu did not open in a fresh playground.
  await page.locator('[data-testid=grid] td[data-a1="A1"]').dispatchEvent('mousedown');
  const sidebar = await openSidebarFrom(page, 'showPurchasesPanel', 'purchases');
  await sidebar.getByTestId('create-order-form').click();
  await sidebar.getByTestId('status').filter({ hasText: 'Created the form “Orders and visits”' }).waitFor();
  const link = sidebar.getByTestId('order-form-link');
  await link.waitFor();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
  expect(await sidebar.getByTestId('create-order-form').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});

test('in Persian the card runs right to left, with Solar Hijri dates', async () => {
  await page.getByTestId('locale').selectOption('fa');
  const sidebar = await cardSidebar();
  await sidebar.getByTestId('card-query').fill('C-000002');
  await sidebar.getByTestId('card-find').click();
  await sidebar.locator('[data-testid=card][data-customer="C-000002"]').waitFor();
  expect(await sidebar.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await filledIn(sidebar);
  expect(await sidebar.locator('[data-section=purchases]').textContent()).toMatch(/[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}/);
  await page.getByTestId('locale').selectOption('en');
  expect(pageErrors).toEqual([]);
});
