import fc from 'fast-check';
import type { CellValue } from '../../../src/core/customerRecord';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { customerInsights, type ChannelRow } from '../../../src/core/segments/insightSummary';
import type { Settings } from '../../../src/core/settings';
import { DEMO_COLUMNS, DEMO_TODAY, demoCustomerTable } from '../../../src/local/demo/demoCustomers';

/** Revenue by channel never adds toman, tenge and yuan together (issue 19). */
function channels(values: CellValue[][], settings: Settings = {}): ChannelRow[] {
  return customerInsights({ values, columns: recogniseColumns(values[0]!), settings, today: DEMO_TODAY, timeZone: 'Etc/GMT', locale: 'en_US' }).summary.channels;
}

const HEADER = ['Name', 'Source', 'Total spent', 'Currency'];

describe('revenue by channel', () => {
  it('in the demo, sums each currency apart: no channel’s figure adds two currencies', () => {
    const values = demoCustomerTable() as CellValue[][];
    const rows = channels(values);
    const currencies = new Set(values.slice(1).map((row) => row[DEMO_COLUMNS.currency]).filter((c) => c !== ''));
    expect([...currencies].sort()).toEqual(['CNY', 'IRT', 'KZT', 'MNT', 'RUB']);
    // The demo states a currency on most rows: they all land under their own code.
    const stated = rows.flatMap((row) => row.otherCurrencies.map((other) => other.currency));
    expect(new Set(stated)).toEqual(currencies);
    for (const row of rows) expect(new Set(row.otherCurrencies.map((o) => o.currency)).size).toBe(row.otherCurrencies.length);
  });

  it.each<[string, Settings, number, { currency: string; amount: number }[]]>([
    ['no shop currency: only amounts that say none are the channel’s revenue', {}, 100, [{ currency: 'CNY', amount: 30 }, { currency: 'IRR', amount: 5000 }, { currency: 'IRT', amount: 700 }, { currency: 'KZT', amount: 2000 }]],
    ['shop in toman: rial converts exactly (÷10), the rest stays apart', { shopCurrency: 'IRT' }, 100 + 700 + 500, [{ currency: 'CNY', amount: 30 }, { currency: 'KZT', amount: 2000 }]],
    ['a rate the user gave converts; none is guessed', { shopCurrency: 'KZT', currencyRates: { CNY: 70 } }, 100 + 2000 + 2100, [{ currency: 'IRR', amount: 5000 }, { currency: 'IRT', amount: 700 }]],
  ])('%s', (_, settings, revenue, others) => {
    const [row] = channels([
      HEADER,
      ['A', 'Instagram', 100, ''],
      ['B', 'Instagram', 2000, 'KZT'],
      ['C', 'Instagram', '30元', ''],
      ['D', 'Instagram', 700, 'تومان'],
      ['E', 'Instagram', 5000, 'ریال'],
    ], settings);
    expect(row?.revenue).toBe(revenue);
    expect(row?.otherCurrencies).toEqual(others);
  });

  it('keeps every amount: the revenue and the other currencies together hold each row’s Total spent exactly once (property)', () => {
    const currency = fc.constantFrom('', 'KZT', 'CNY', 'IRT', 'RUB');
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), currency), { minLength: 1, maxLength: 30 }), (rows) => {
      const [row] = channels([HEADER, ...rows.map(([amount, code], i) => [`N${i}`, 'Instagram', amount, code])]);
      const byCurrency = new Map<string, number>();
      for (const [amount, code] of rows) byCurrency.set(code, (byCurrency.get(code) ?? 0) + amount);
      expect(row!.revenue).toBe(byCurrency.get('') ?? 0);
      for (const other of row!.otherCurrencies) expect(other.amount).toBe(byCurrency.get(other.currency));
      expect(row!.otherCurrencies.map((o) => o.currency)).toEqual([...byCurrency.keys()].filter((c) => c !== '').sort());
    }), { numRuns: 50 });
  });
});
