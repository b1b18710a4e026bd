import { dayNumber } from '../../../src/core/keepInTouch/anniversaries';
import { loyaltyAccount, LoyaltyRuleSchema, pointsFor, yearLater, type LoyaltyEntry, type LoyaltyRule } from '../../../src/core/keepInTouch/loyalty';
import { parseRecallServices, recallsDue } from '../../../src/core/keepInTouch/recalls';

const day = (text: string) => {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  return dayNumber({ year, month, day: date });
};
const TIERS = [{ name: 'Bronze', threshold: 0 }, { name: 'Gold', threshold: 500 }, { name: 'Silver', threshold: 100 }];
const rule = (overrides: Partial<LoyaltyRule> = {}): LoyaltyRule => ({ pointsPerUnit: 0.01, pointsPerVisit: 5, currency: 'KZT', tiers: TIERS, tierWindow: 'allTime', ...overrides });
const purchase = (date: string, amount: number | null, currency = 'KZT'): LoyaltyEntry => ({ kind: 'purchase', day: day(date), amount, currency });

describe('loyalty points', () => {
  it.each([
    ['per unit and per visit', rule(), purchase('2026-01-05', 12_345), 128],
    ['per unit only', rule({ pointsPerVisit: 0 }), purchase('2026-01-05', 12_345), 123],
    ['per visit only', rule({ pointsPerUnit: 0 }), purchase('2026-01-05', 12_345), 5],
    ['a visit with no amount', rule(), purchase('2026-01-05', null), 5],
    ['a refund takes back its amount’s points, not a visit', rule(), purchase('2026-01-05', -5_000), -50],
    ['another currency earns only the visit', rule(), purchase('2026-01-05', 100, 'USD'), 5],
    ['an amount with no currency is the shop’s', rule(), purchase('2026-01-05', 1_000, ''), 15],
  ])('%s', (_name, theRule, entry, points) => {
    expect(pointsFor(entry as Extract<LoyaltyEntry, { kind: 'purchase' }>, theRule).points).toBe(points);
  });

  it('adds earned points, subtracts redemptions, and never hides an overdraft', () => {
    const entries: LoyaltyEntry[] = [purchase('2026-01-05', 10_000), purchase('2026-02-05', 20_000), { kind: 'redemption', day: day('2026-03-01'), points: -200 }];
    const account = loyaltyAccount(entries, rule(), day('2026-03-10'));
    expect(account).toMatchObject({ earned: 310, redeemed: 200, balance: 110, overdrawn: false, tier: 'Silver', tierPoints: 310 });
    const overdrawn = loyaltyAccount([...entries, { kind: 'redemption', day: day('2026-03-02'), points: -500 }], rule(), day('2026-03-10'));
    expect(overdrawn).toMatchObject({ balance: -390, overdrawn: true });
  });

  it('dates each tier change, up and (over 12 months) down as purchases age', () => {
    const entries = [purchase('2025-01-10', 9_500), purchase('2025-03-01', 40_000)];
    const allTime = loyaltyAccount(entries, rule(), day('2026-06-01'));
    expect(allTime.tierChanges).toEqual([
      { day: day('2025-01-10'), from: null, to: 'Silver' },
      { day: day('2025-03-01'), from: 'Silver', to: 'Gold' },
    ]);
    const rolling = loyaltyAccount(entries, rule({ tierWindow: 'last12Months' }), day('2026-06-01'));
    // 100 + 5 points from the first purchase, 400 + 5 from the second; each leaves a year later.
    expect(rolling.tierChanges.slice(2)).toEqual([
      { day: day('2026-01-10'), from: 'Gold', to: 'Silver' },
      { day: day('2026-03-01'), from: 'Silver', to: 'Bronze' },
    ]);
    expect(rolling.tier).toBe('Bronze');
    expect(rolling.tierPoints).toBe(0);
  });

  it('counts nothing after today and notes purchases in another currency', () => {
    const account = loyaltyAccount([purchase('2026-01-05', 100, 'USD'), purchase('2026-12-05', 1_000_000)], rule(), day('2026-03-10'));
    expect(account).toMatchObject({ earned: 5, otherCurrency: 1, tier: 'Bronze' });
  });

  it('a year later of 29 February is 28 February', () => {
    expect(yearLater(day('2024-02-29'))).toBe(day('2025-02-28'));
  });

  it.each([
    [{ pointsPerUnit: -1 }], [{ pointsPerVisit: 1.5 }], [{ currency: 'tenge' }], [{ tiers: [{ name: '', threshold: 10 }] }], [{ tierWindow: 'forever' }],
  ])('refuses the rule %j', (overrides) => {
    expect(LoyaltyRuleSchema.safeParse({ ...rule(), ...overrides }).success).toBe(false);
  });
});

describe('recalls', () => {
  it('reads the owner’s lines in any language and names the lines it cannot read', () => {
    expect(parseRecallServices('check-up: 180 days\nСтрижка: 30 дней\nمعاینه: ۹۰ روز\n\n洗牙：180天\nhaircut every month\nx: 0')).toEqual({
      services: [{ name: 'check-up', days: 180 }, { name: 'Стрижка', days: 30 }, { name: 'معاینه', days: 90 }, { name: '洗牙', days: 180 }],
      problems: [{ line: 6, text: 'haircut every month' }, { line: 7, text: 'x: 0' }],
    });
  });

  const services = [{ name: 'check-up', days: 180 }, { name: 'стрижка', days: 30 }];
  it('lists who is due, by the last visit for each service, longest overdue first', () => {
    const due = recallsDue([
      { customerId: 'C1', day: day('2025-06-01'), item: 'Annual check-up' },
      { customerId: 'C1', day: day('2025-12-01'), item: 'Check-up' },
      { customerId: 'C2', day: day('2025-09-01'), item: 'check up' },
      { customerId: 'C3', day: day('2026-02-01'), item: 'Стрижка модельная' },
      { customerId: 'C4', day: day('2026-02-20'), item: 'стрижка' },
      { customerId: '', day: day('2025-01-01'), item: 'check-up' },
    ], services, day('2026-03-10'));
    expect(due).toEqual([{ customerId: 'C3', service: 'стрижка', lastDay: day('2026-02-01'), dueDay: day('2026-03-03') }]);
  });

  it('is due on the day the interval has passed, not a day before', () => {
    const visits = [{ customerId: 'C1', day: day('2026-01-01'), item: 'check-up' }];
    expect(recallsDue(visits, services, day('2026-06-29'))).toEqual([]);
    expect(recallsDue(visits, services, day('2026-06-30'))).toHaveLength(1);
  });
});
