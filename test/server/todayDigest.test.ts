import type { TodayDigestReport } from '../../src/server/keepInTouch/todayDigest';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const TODAY = '2026-03-04T09:30:00Z';
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Date of birth', 'Country'];
const AIDA = ['C-000001', 'Aida', 'aida@example.kz', '+77011234567', 'yes', '1990-03-05', 'KZ'];
const BOB = ['C-000002', 'Bob', 'bob@example.kz', '+77011234568', 'yes', '1991-03-06', 'KZ'];

function host(rows: unknown[][] = [HEADER, AIDA, BOB]) {
  const h = addonHost();
  putTable(h, 'Customers', rows as string[][]);
  return h;
}

const birthdays = (h: ReturnType<typeof host>) => h.run<TodayDigestReport>('getTodayDigest', TODAY).digest.birthdays.map((b) => `${b.id} ${b.date}`);

describe('the day’s digest on the host', () => {
  it('lists this week’s birthdays, and after an erasure never the person again, even re-added with a yes', () => {
    const h = host();
    expect(birthdays(h)).toEqual(['C-000001 2026-03-05', 'C-000002 2026-03-06']);
    h.run('eraseCustomer', AIDA[2]);
    putTable(h, 'Customers', [...sheetValues(h, 'Customers'), ['C-000009', 'Aida again', 'AIDA@example.kz', '', 'yes', '1990-03-05', 'KZ']]);
    expect(birthdays(h)).toEqual(['C-000002 2026-03-06']);
    expect(h.run<TodayDigestReport>('getTodayDigest', TODAY).digest.withheld).toBe(1);
  });

  it('saves recall services and a loyalty rule, refuses a rule outside its ranges, and names the lines it cannot read', () => {
    const h = host();
    expect(h.run('saveKeepInTouchSettings', { recallServices: 'check-up: 180 days\nevery so often' })).toEqual([{ line: 2, text: 'every so often' }]);
    expect(() => h.run('saveKeepInTouchSettings', { loyalty: { pointsPerUnit: -1, pointsPerVisit: 0, currency: 'KZT', tiers: [], tierWindow: 'allTime' } })).toThrow();
    putTable(h, 'Purchases', [['Date', 'Customer', 'Amount', 'Item'], ['2025-08-01', 'C-000002', 1000, 'Check-up']]);
    expect(h.run<TodayDigestReport>('getTodayDigest', TODAY).digest.recallsDue).toEqual([
      { id: 'C-000002', name: 'Bob', service: 'check-up', lastVisit: '2025-08-01', dueDate: '2026-01-28' },
    ]);
  });

  it('says when there is no customer sheet, and costs the same service calls on 10 and 1,000 more customers and purchases', () => {
    expect(addonHost().run('getTodayDigest', TODAY)).toEqual({ error: 'noSheet' });
    const calls = (more: number) => {
      const h = host([HEADER, AIDA, BOB, ...Array.from({ length: more }, (_, i) => [`C-${i + 10}`, `N${i}`, `n${i}@example.com`, '', 'yes', '1980-03-07', 'KZ'])]);
      putTable(h, 'Purchases', [['Date', 'Customer', 'Amount', 'Item'], ...Array.from({ length: more }, (_, i) => ['2025-06-01', `C-${i + 10}`, 100, 'check-up'])]);
      h.run('saveKeepInTouchSettings', { recallServices: 'check-up: 180' });
      h.ctx.calls.reset();
      const report = h.run<TodayDigestReport>('getTodayDigest', TODAY);
      expect(report.digest.recallsDue).toHaveLength(more);
      return h.ctx.calls.total();
    };
    expect(calls(1_000)).toBe(calls(10));
  });
});
