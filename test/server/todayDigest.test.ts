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

describe('the Today panel’s keep in touch lists', () => {
  type Contact = { list: string; id: string; name: string; date: string; text: string };
  type Panel = { birthdays: Contact[]; recallsDue: Contact[]; tierChanges: Contact[]; overdue: { customerId: string }[] };
  const CARL = ['C-000003', 'Carl', 'carl@example.kz', '+77011234569', 'no', '1992-03-07', 'KZ'];
  const LOYALTY = { pointsPerUnit: 0.01, pointsPerVisit: 0, currency: '', tiers: [{ name: 'Silver', threshold: 50 }, { name: 'Gold', threshold: 100 }], tierWindow: 'allTime' };

  function shop(more = 0) {
    const h = host([HEADER, AIDA, BOB, CARL, ...Array.from({ length: more }, (_, i) => [`C-${i + 10}`, `N${i}`, `n${i}@example.com`, '', 'yes', '1980-06-07', 'KZ'])]);
    putTable(h, 'Purchases', [['Date', 'Customer', 'Amount', 'Item'],
      ['2025-08-01', 'C-000002', 1000, 'Check-up'],
      ['2025-12-01', 'C-000001', 5_000, 'Haircut'],
      ['2026-03-02', 'aida@example.kz', 20_000, 'Haircut'],
      ['2025-08-01', 'C-000003', 50_000, 'Check-up'],
      ...Array.from({ length: more }, (_, i) => ['2026-02-01', `C-${i + 10}`, 100, 'Haircut'])]);
    h.run('saveKeepInTouchSettings', { recallServices: 'check-up: 180', loyalty: LOYALTY });
    return h;
  }

  it('lists this week’s birthdays, recalls due and new levels of consented customers only, and a message to one goes through the gate', () => {
    const h = shop();
    const panel = h.run<Panel>('getTodayPanel', TODAY);
    expect(panel.birthdays.map((c) => `${c.id} ${c.date}`)).toEqual(['C-000001 2026-03-05', 'C-000002 2026-03-06']);
    expect(panel.recallsDue).toEqual([{ list: 'recallsDue', id: 'C-000002', name: 'Bob', date: '2026-01-28', text: 'check-up, last on 2025-08-01' }]);
    expect(panel.tierChanges.map((c) => [c.id, c.date, c.text])).toEqual([['C-000001', '2026-03-02', 'Silver → Gold (250)']]);
    const everyone = [...panel.birthdays, ...panel.recallsDue, ...panel.tierChanges].map((c) => c.id);
    expect(everyone).not.toContain('C-000003');

    const preview = h.run<{ messages: { id: string; link?: string; text: string }[] }>('getOutreach', { list: 'birthdays', channel: 'whatsapp', customerIds: ['C-000002'] }, TODAY);
    expect(preview.messages.map((m) => m.id)).toEqual(['C-000002']);
    expect(preview.messages[0]!.link).toMatch(/^https:\/\/wa\.me\/77011234568\?text=/);
    const refused = h.run<{ messages: unknown[] }>('getOutreach', { list: 'recallsDue', channel: 'email', customerIds: ['C-000003'] }, TODAY);
    expect(refused.messages).toEqual([]);
  });

  it('costs the same service calls on 10 and 1,000 more customers and purchases', () => {
    const calls = (more: number) => {
      const h = shop(more);
      h.ctx.calls.reset();
      h.run('getTodayPanel', TODAY);
      return h.ctx.calls.total();
    };
    expect(calls(1_000)).toBe(calls(10));
  });
});

describe('the loyalty programme from the settings form', () => {
  it('saves the rule typed in the form, shows it back, and refuses a bad line before saving anything', () => {
    const h = host();
    h.run('saveKeepInTouchSettings', { loyaltyForm: { pointsPerUnit: '0.01', pointsPerVisit: '5', currency: 'kzt', tiers: 'Gold: 1000\nSilver: 100', tierWindow: 'last12Months' } });
    const shown = () => h.run<TodayDigestReport>('getTodayDigest', TODAY).settings.loyalty;
    expect(shown()).toEqual({ pointsPerUnit: '0.01', pointsPerVisit: '5', currency: 'KZT', tiers: 'Silver: 100\nGold: 1000', tierWindow: 'last12Months' });
    expect(() => h.run('saveKeepInTouchSettings', { shopName: 'Other', loyaltyForm: { ...shown(), tiers: 'Silver: 100\nGold: lots' } }))
      .toThrow('Levels, line 2: “Gold: lots” is not “name: points” with whole points.');
    expect(shown().tiers).toBe('Silver: 100\nGold: 1000');
    expect(h.run<TodayDigestReport>('getTodayDigest', TODAY).settings.shopName).toBe('');
    h.run('saveKeepInTouchSettings', { loyaltyForm: { pointsPerUnit: '', pointsPerVisit: '', currency: '', tiers: '', tierWindow: 'allTime' } });
    expect(shown()).toEqual({ pointsPerUnit: '', pointsPerVisit: '', currency: '', tiers: '', tierWindow: 'allTime' });
  });
});
