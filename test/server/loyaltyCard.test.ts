/** Loyalty on the customer card (issue 16's card, a section of keep in touch): points, level and each change of level as a dated line. */
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';
import { fullCard } from '../support/customerCard';

beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
afterEach(() => jest.useRealTimers());

/** One consented customer, a Purchases sheet and the shop's currency. */
function shopWithPurchases() {
  const h = addonHost({ user: { email: 'owner@example.com', locale: 'en' } });
  putTable(h, 'Customers', [['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent'], ['C-000001', 'Aida', 'aida@example.kz', '+77011234567', 'yes']]);
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
  h.run('setUpPurchases');
  h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
  return h;
}

it('shows the points balance, the level and when the level changed, newest first; no section without a programme', () => {
  const h = shopWithPurchases();
  h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100', '', 'Haircut'], ['2026-03-11', 'C-000001', '', '300', '', 'Colour']]);
  h.userSelect('Customers', 2, 1);
  const loyalty = () => (fullCard(h).sections.find((s) => s.id === 'loyalty')?.lines ?? []).map((l) => (l.when ? `${l.when} ${l.text}` : l.text));
  expect(loyalty()).toEqual([]);
  h.run('saveKeepInTouchSettings', { loyalty: { pointsPerUnit: 1, pointsPerVisit: 10, currency: 'KZT', tiers: [{ name: 'Silver', threshold: 100 }, { name: 'Gold', threshold: 400 }], tierWindow: 'allTime' } });
  expect(loyalty()).toEqual(['Points: 420', 'Level: Gold', '2026-03-11 Level Silver → Gold', '2026-03-01 Level — → Silver']);
});

it('subtracts points redeemed in the Purchases sheet’s Points column from the balance on the card and in the digest, not from the level', () => {
  const h = shopWithPurchases();
  h.run('saveKeepInTouchSettings', { loyalty: { pointsPerUnit: 1, pointsPerVisit: 10, currency: 'KZT', tiers: [{ name: 'Silver', threshold: 100 }, { name: 'Gold', threshold: 400 }], tierWindow: 'allTime' } });
  const lastColumn = sheetValues(h, 'Purchases')[0]!.length;
  // The owner adds the optional Points column, then a purchase and a reward taken with points.
  h.userPaste('Purchases', 1, lastColumn + 1, [['Points']]);
  h.userPaste('Purchases', 2, 1, [['2026-03-08', 'C-000001', '', '400', '', 'Colour'], ['2026-03-11', 'C-000001', '', '', '', 'Free haircut']]);
  h.userPaste('Purchases', 3, lastColumn + 1, [['-150']]);
  h.userSelect('Customers', 2, 1);
  const card = fullCard(h);
  expect(card.sections.find((s) => s.id === 'loyalty')?.lines.map((l) => l.text).slice(0, 2)).toEqual(['Points: 260', 'Level: Gold']);
  const report = h.run<{ digest: { tierChanges: { id: string; to: string; points: number }[] } }>('getTodayDigest', '2026-03-12');
  expect(report.digest.tierChanges).toEqual([expect.objectContaining({ id: 'C-000001', to: 'Gold', points: 260 })]);
});
