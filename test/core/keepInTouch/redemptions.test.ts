/** Issue 18: loyalty points redeemed by a row of negative points in the Purchases sheet's optional Points column. */
import { dayNumber } from '../../../src/core/keepInTouch/anniversaries';
import { loyaltyAccount, loyaltyEntriesOf, type LoyaltyRule } from '../../../src/core/keepInTouch/loyalty';
import { digestPurchases } from '../../../src/core/keepInTouch/todayDigest';
import { LANGUAGES } from '../../../src/core/i18n/languages';
import { messagesFor } from '../../../src/core/i18n/messages';
import { PURCHASE_HEADERS, PURCHASES, recognisePurchaseColumns } from '../../../src/core/purchases/historySheets';
import { planHistoryNotes } from '../../../src/core/purchases/purchaseNotes';
import { readPurchases } from '../../../src/core/purchases/purchaseRecords';
import type { CellValue } from '../../../src/core/customerRecord';

const READING = { locale: 'ru_RU', timeZone: 'Asia/Almaty', shopCurrency: 'KZT' };
const RULE: LoyaltyRule = { pointsPerUnit: 0.01, pointsPerVisit: 0, currency: 'KZT', tiers: [{ name: 'Silver', threshold: 100 }, { name: 'Gold', threshold: 300 }], tierWindow: 'allTime' };

describe('the Points column', () => {
  it.each([
    ['en', 'Points'], ['ru', 'Баллы'], ['kk', 'Ұпай'], ['mn', 'Оноо'], ['fa', 'امتیاز'], ['zh', '积分'],
  ] as const)('is recognised by its %s header “%s”, and a new Purchases sheet does not get it unasked', (language, header) => {
    expect(PURCHASE_HEADERS[language].points).toBe(header);
    expect(recognisePurchaseColumns(['Date', 'Customer', header]).points).toBe(2);
    expect(PURCHASES.fields).not.toContain('points');
  });

  it.each([
    ['-200', -200], ['−200', -200], ['-۲۰۰', -200], ['-١٢٠', -120], [-50, -50], ['', null], [0, null],
  ] as const)('reads %p as %p points redeemed', (cell, points) => {
    const { purchases, problems } = readPurchases([['Дата', 'Клиент', 'Сумма', 'Баллы'], ['2026-03-01', 'C-1', '', cell]], recognisePurchaseColumns(['Дата', 'Клиент', 'Сумма', 'Баллы']), READING);
    expect(problems).toEqual([]);
    expect(purchases[0]).toMatchObject({ points, countable: true });
  });

  it.each(['200', '-1.5', 'много', 'bonus'])('lists %p by row and column, with the reason in every language, and does not count the row', (cell) => {
    const values: CellValue[][] = [['Date', 'Customer', 'Amount', 'Points'], ['2026-03-01', 'C-1', '1000', cell]];
    const { purchases, problems } = readPurchases(values, recognisePurchaseColumns(values[0]!), READING);
    expect(problems).toEqual([{ row: 2, column: 'D', index: 3, header: 'Points', value: cell, reason: 'notPoints' }]);
    expect(purchases[0]).toMatchObject({ points: null, countable: false });
    for (const language of LANGUAGES) {
      const notes = planHistoryNotes({ current: [['', '', '', '']], top: 2, customerColumn: 1, links: [{ kind: 'linked', customerId: 'C-1' }] as never, problems, checkedColumns: [0, 1, 2, 3], idHeader: 'Customer ID', text: messagesFor(language) });
      expect(notes?.[0]?.[3]).toContain(messagesFor(language).purchaseReasonNotPoints);
    }
  });
});

describe('redemptions in the loyalty account', () => {
  const day = (d: string) => dayNumber({ year: 2026, month: Number(d.slice(5, 7)), day: Number(d.slice(8)) });

  it('a row of points and no amount is a redemption alone; with an amount it is a purchase too', () => {
    expect(loyaltyEntriesOf({ day: 1, amount: null, currency: 'KZT', points: -100 })).toEqual([{ kind: 'redemption', day: 1, points: -100 }]);
    expect(loyaltyEntriesOf({ day: 1, amount: 5000, currency: 'KZT', points: -100 })).toEqual([{ kind: 'purchase', day: 1, amount: 5000, currency: 'KZT' }, { kind: 'redemption', day: 1, points: -100 }]);
    expect(loyaltyEntriesOf({ day: 1, amount: null, currency: 'KZT', points: null })).toEqual([{ kind: 'purchase', day: 1, amount: null, currency: 'KZT' }]);
  });

  it('a redemption read from the sheet lowers the balance, never the level (levels count points earned)', () => {
    const values: CellValue[][] = [
      ['Date', 'Customer', 'Amount', 'Points'],
      ['2026-01-10', 'C-1', '35 000', ''],
      ['2026-02-10', 'C-1', '', '-250'],
    ];
    const { purchases } = readPurchases(values, recognisePurchaseColumns(values[0]!), READING);
    const rows = digestPurchases(purchases, purchases.map(() => ({ kind: 'linked', customerId: 'C-1' }) as never), 'Asia/Almaty').rows;
    const account = loyaltyAccount(rows.flatMap((r) => r.entries), RULE, day('2026-03-01'));
    expect(account).toMatchObject({ earned: 350, redeemed: 250, balance: 100, tier: 'Gold', tierPoints: 350 });
    expect(account.tierChanges.map((c) => c.to)).toEqual(['Gold']);
  });
});
