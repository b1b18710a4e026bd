import fc from 'fast-check';
import { totalsByCustomer, totalsCells, type CurrencyRules } from '../../../src/core/purchases/customerTotals';
import type { Contribution } from '../../../src/core/purchases/purchaseRecords';
import { TotalsAccumulator } from '../../../src/core/purchases/totalsAccumulator';

const DAY = 86_400_000;
const IDS = ['C-1', 'C-2', 'C-3'];

/** Purchases, visits (no amount) and refunds in the shop's currency, a rated one, an unrated one, and rial beside toman. */
const contribution = fc.record({
  customerId: fc.constantFrom(...IDS),
  time: fc.integer({ min: 0, max: 1000 }).map((d) => d * DAY),
  amount: fc.option(fc.integer({ min: -100_000, max: 10_000_000 }).map((n) => n / 100), { nil: null }),
  currency: fc.constantFrom('', 'IRT', 'IRR', 'USD', 'EUR'),
});

describe('Totals summed in arrays by customer row (Recalculate totals at a million purchases)', () => {
  it('give every customer exactly the totals totalsByCustomer gives, cell for cell (property)', () => {
    fc.assert(
      fc.property(fc.array(contribution, { maxLength: 60 }), fc.constantFrom<CurrencyRules>({ shopCurrency: 'IRT', rates: { EUR: 61_000.5 } }, { shopCurrency: '', rates: {} }), (all: Contribution[], rules) => {
        const sums = new TotalsAccumulator(IDS.length + 1, rules);
        for (const c of all) sums.add(IDS.indexOf(c.customerId) + 1, c);
        const expected = totalsByCustomer(all, rules);
        IDS.forEach((id, i) => {
          const want = expected.get(id);
          const got = sums.totalsOf(i + 1);
          expect(got === null ? null : totalsCells(got, rules)).toEqual(want === undefined ? null : totalsCells(want, rules));
        });
        expect(sums.customers()).toBe(expected.size);
        expect(sums.purchases()).toBe([...expected.values()].reduce((n, t) => n + t.count, 0));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a refund alone as reaching its customer, with no purchase and no dates', () => {
    const sums = new TotalsAccumulator(2, { shopCurrency: 'KZT', rates: {} });
    sums.add(1, { customerId: 'C-1', time: 5 * DAY, amount: -300, currency: 'KZT' });
    expect(sums.totalsOf(1)).toEqual({ count: 0, total: -300, others: new Map(), first: null, last: null });
    expect(sums.customers()).toBe(1);
    expect(sums.purchases()).toBe(0);
  });
});
