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

describe('a Purchases sheet Clientele keeps, read as the totals count it', () => {
  const LOYALTY = { pointsPerUnit: 0.01, pointsPerVisit: 0, currency: '', tiers: [{ name: 'Silver', threshold: 50 }, { name: 'Gold', threshold: 100 }], tierWindow: 'allTime' };
  /** Date, Customer, Customer ID (Clientele's), Amount, Currency, Item: typed as a shop types them. */
  const TYPED = [
    ['2025-08-01', 'C-000002', '', '1000', '', 'Check-up'],
    ['2025-12-01', 'C-000001', '', '5 000 тг', '', 'Haircut'],
    ['2026-03-02', 'AIDA@example.kz', '', '20000', '', 'Haircut'],
    ['2026-03-03', 'nobody@example.kz', '', '300', '', 'Check-up'],
  ];

  function keptShop(settings: object = { recallServices: 'check-up: 180', loyalty: LOYALTY }) {
    const h = host();
    h.run('setUpCustomerSheet');
    h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    h.run('setUpPurchases');
    h.run('saveKeepInTouchSettings', settings);
    h.userPaste('Purchases', 2, 1, TYPED);
    return h;
  }
  const digest = (h: ReturnType<typeof host>) => h.run<TodayDigestReport>('getTodayDigest', TODAY);

  it('gives the digest that reading and linking every row gives, without linking them again', () => {
    const h = keptShop();
    const counted = digest(h);
    expect(counted.purchases).toMatchObject({ source: 'counted', linked: 3 });
    expect(counted.digest.recallsDue.map((r) => `${r.id} ${r.dueDate}`)).toEqual(['C-000002 2026-01-28']);
    expect(counted.digest.tierChanges.map((t) => `${t.id} ${t.to} ${t.points}`)).toEqual(['C-000001 Gold 200']);

    // The same rows without the Counted column: read whole and linked again, as the CLI reads a file.
    const countedColumn = sheetValues(h, 'Purchases')[0]!.indexOf('Counted');
    h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Purchases')!.deleteColumns(countedColumn + 1, 1);
    const linked = digest(h);
    expect(linked.purchases).toMatchObject({ source: 'rows', linked: 3, unlinked: 1 });
    expect(linked.digest).toEqual(counted.digest);
  });

  it('reads of each purchase row only its Counted cell, and the item when recalls need it', () => {
    // One host at a time: a host's services are the globals the add-on calls while it is the latest made.
    const cellsPerRow = (settings: object) => {
      const cellsRead = (rows: number) => {
        const h = keptShop(settings);
        h.userPaste('Purchases', 6, 1, Array.from({ length: rows }, (_, i) => [`2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, 'C-000001', '', '100', '', 'Haircut']));
        digest(h);
        return h.executionTime.last!.cellsRead;
      };
      return (cellsRead(30) - cellsRead(10)) / 20;
    };
    // A new Purchases sheet has no Points column: the Counted and item cells.
    expect(cellsPerRow({ recallServices: 'check-up: 180', loyalty: LOYALTY })).toBe(2);
    expect(cellsPerRow({ recallServices: '', loyalty: null })).toBe(1);
  });

  it('leaves out a row the totals have not counted (pasted before the set-up) until Recalculate totals counts it', () => {
    const h = host();
    putTable(h, 'Purchases', [['Date', 'Customer', 'Amount', 'Item'], ['2025-08-01', 'C-000002', '1000', 'Check-up']]);
    h.run('setUpCustomerSheet');
    h.run('setUpPurchases');
    h.run('saveKeepInTouchSettings', { recallServices: 'check-up: 180' });
    expect(digest(h).digest.recallsDue).toEqual([]);
    for (let step = 0; step < 10 && !(h.run('recalculateTotals') as { done: boolean }).done; step++);
    expect(digest(h).digest.recallsDue.map((r) => `${r.id} ${r.lastVisit}`)).toEqual(['C-000002 2025-08-01']);
  });
});
