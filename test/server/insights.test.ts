import type { InsightsPanel, SegmentColumns } from '../../src/server/nps/insights';
import { addonHost, putTable } from '../support/addonHost';

const TODAY = '2026-11-23T09:30:00Z';

// Hand-computed, in the spreadsheet's zone (Asia/Almaty) and locale (ru_RU), today 23.11.2026:
//   C-1 20.11.2026        → 3 days, active;   54 000 тг, 10 purchases, consents, from Instagram
//   C-2 ۱۴۰۵/۰۸/۰۱ (Jalali) = 23.10.2026 → 31 days, at risk; 1000, 2, yes, from a friend
//   C-3 2026-08-01        → 114 days, lapsed;  3680元, 1, 否 (no), Google
//   C-4 no purchase;  C-5 31.02.2026 → unreadable (listed), "many" and "maybe" too
//   C-6 2026-09-23        → 61 days, at risk;  500, 4, a checkbox ticked, walked by
// R by quintiles of days over the 4 dated customers (3, 31, 61, 114 → 5, 4, 2, 1),
// F of purchases (10, 2, 4, 1 → 5, 2, 4, 1), M of spent (54000, 1000, 500, 3680 → 5, 2, 1, 4);
// FM = ⌈(F + M) / 2⌉: C-1 5, C-2 2, C-6 3, C-3 3 → champions, potential loyalists, at risk, at risk.
const CUSTOMERS = [
  ['Customer ID', 'Name', 'Last purchase', 'Total spent', 'Purchases', 'Marketing consent', 'Source', 'Email', 'Phone', 'NPS'],
  ['C-1', 'Айгерим', '20.11.2026', '54 000 тг', 10, 'да', 'инста', 'a@example.kz', '+77011234567', 10],
  ['C-2', 'Бахыт', '۱۴۰۵/۰۸/۰۱', 1000, 2, 'yes', 'от подруги', 'b@example.kz', '+77011234568', 6],
  ['C-3', '王芳', '2026-08-01', '3680元', 1, '否', 'Google', 'c@example.cn', '', 9],
  ['C-4', 'Dana', '', '', '', 'да', '', '', '', ''],
  ['C-5', 'Erlan', '31.02.2026', 'many', '', 'maybe', '', '', '', ''],
  ['C-6', 'Farida', '2026-09-23', 500, 4, true, 'walked by', 'f@example.kz', '', 'ten'],
];

function host() {
  const h = addonHost();
  putTable(h, 'Sheet1', CUSTOMERS);
  const spreadsheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
  spreadsheet.setSpreadsheetTimeZone('Asia/Almaty');
  spreadsheet.setSpreadsheetLocale('ru_RU');
  return h;
}

describe('customer insights', () => {
  it('counts activity and RFM segments, channels with revenue and NPS, and lists the win-back customers and unreadable cells', () => {
    const panel = host().run<InsightsPanel>('getInsights', TODAY);
    expect(panel.summary.customers).toBe(6);
    expect(panel.summary.activity).toEqual({ active: 1, atRisk: 2, lapsed: 1, noPurchase: 1, unknown: 1 });
    expect(panel.summary.rfm).toMatchObject({ champions: 1, potentialLoyalists: 1, atRisk: 2, lost: 0 });
    expect(panel.purchasesColumn).toBe('Purchases');
    expect(panel.npsSource).toBe('customerColumn');
    // "54 000 тг" and "3680元" say their currency and no shop currency is set: they are summed apart, never added to the others (issue 19).
    expect(panel.summary.channels.map((c) => [c.channel, c.customers, c.revenue, c.otherCurrencies, c.nps.responses, c.nps.nps])).toEqual([
      ['instagram', 1, 0, [{ currency: 'KZT', amount: 54000 }], 1, 100],
      ['google', 1, 0, [{ currency: 'CNY', amount: 3680 }], 1, 100],
      ['friend', 1, 1000, [], 1, -100],
      ['walkIn', 1, 500, [], 0, null],
      ['unknown', 2, 0, [], 0, null],
    ]);
    // Inactive 30+ days and consented: C-2 (31 days, yes) and C-6 (61, ticked); not C-3 (否). Biggest spender first.
    expect(panel.winBack.map((c) => [c.id, c.name, c.daysSincePurchase, c.email, c.phone])).toEqual([
      ['C-2', 'Бахыт', 31, 'b@example.kz', '+77011234568'],
      ['C-6', 'Farida', 61, 'f@example.kz', ''],
    ]);
    expect(panel.problems.map((p) => [p.row, p.column, p.value, p.reason])).toEqual([
      [6, 'C', '31.02.2026', 'notDate'],
      [6, 'D', 'many', 'notNumber'],
      [6, 'F', 'maybe', 'notYesNo'],
    ]);
  });

  it('uses the at-risk and lapsed days from the settings', () => {
    const h = host();
    h.run('saveInsightSettings', { segmentAtRiskDays: 7, segmentLapsedDays: 60 });
    const panel = h.run<InsightsPanel>('getInsights', TODAY);
    expect(panel).toMatchObject({ atRiskDays: 7, lapsedDays: 60 });
    expect(panel.summary.activity).toMatchObject({ active: 1, atRisk: 1, lapsed: 2 });
    expect(() => h.run('saveInsightSettings', { segmentAtRiskDays: 0 })).toThrow();
  });

  it('gives each customer row its segment columns', () => {
    const columns = host().run<SegmentColumns>('getSegmentColumns', TODAY);
    expect(columns.headers).toEqual(['Segment', 'Days since purchase', 'R', 'F', 'M', 'RFM segment', 'Channel']);
    expect(columns.rows).toEqual([
      // Words in the user's language, never codes (issue 19).
      ['Active', 3, 5, 5, 5, 'Champions', 'Instagram'],
      ['At risk', 31, 4, 2, 2, 'Potential loyalists', 'Friends and family'],
      ['Lapsed', 114, 1, 1, 4, 'At risk', 'Google'],
      ['No purchase recorded', '', '', '', '', '', 'Not stated'],
      ['Purchase date unreadable', '', '', '', '', '', 'Not stated'],
      ['At risk', 61, 2, 4, 1, 'At risk', 'Walked by'],
    ]);
  });

  it('takes the channels NPS from the Responses sheet when it has rows, joined to customers by ID', () => {
    const h = host();
    putTable(h, 'Ответы', [
      ['Дата', 'ID клиента', 'Оценка', 'Комментарий', 'Источник'],
      [new Date('2026-11-01T10:00:00Z'), 'C-3', 2, '', ''],
      [new Date('2026-11-02T10:00:00Z'), 'Z-1', 10, '', 'Telegram'],
    ]);
    const panel = h.run<InsightsPanel>('getInsights', TODAY);
    expect(panel.npsSource).toBe('responses');
    const nps = Object.fromEntries(panel.summary.channels.map((c) => [c.channel, c.nps.nps]));
    expect(nps).toMatchObject({ google: -100, telegram: 100, instagram: null });
  });

  it('says when there is no customer sheet, and costs the same service calls on 10 and 1,000 more customers', () => {
    expect(addonHost().run('getInsights', TODAY)).toEqual({ error: 'noSheet' });
    const calls = (more: number) => {
      const h = host();
      putTable(h, 'Sheet1', [...CUSTOMERS, ...Array.from({ length: more }, (_, i) => [`C-${i + 10}`, 'N', '2026-10-01', i, i % 5, 'да', 'Instagram', '', '', i % 11])]);
      h.ctx.calls.reset();
      h.run('getInsights', TODAY);
      return h.ctx.calls.total();
    };
    expect(calls(1_000)).toBe(calls(10));
  });
});
