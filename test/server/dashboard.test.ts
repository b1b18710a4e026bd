import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';
import type { LocalHost } from '../../src/local/localHost';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import type { CellValue } from '../../src/core/customerRecord';

// Hand-computed: valid scores 10, 9, 3, 7 (and one invalid "ten"): 2 promoters, 1 passive,
// 1 detractor, NPS 25. By Created month: 2026-09 {10, 9} → 100; 2026-10 {3, 7} → −50.
const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'Source', 'Created', 'NPS', 'Notes'],
  ['C-1', 'Aigerim', 'a@example.kz', '+77011234567', 'Instagram', new Date('2026-09-10T08:00:00Z'), 10, ''],
  ['C-2', 'Boris', 'b@example.ru', '+79161234567', 'от подруги', new Date('2026-09-20T08:00:00Z'), 9, ''],
  ['C-3', 'Chen', 'c@example.cn', '', 'Instagram', new Date('2026-10-05T08:00:00Z'), 3, 'rude staff'],
  ['C-4', 'Dariush', '', '+989121234567', '', new Date('2026-10-15T08:00:00Z'), 7, ''],
  ['C-5', 'Erdene', '', '', 'Google', new Date('2026-10-25T08:00:00Z'), 'ten', ''],
];

function host(rows: CellValue[][] = CUSTOMERS): LocalHost {
  const h = addonHost();
  putTable(h, 'Sheet1', rows);
  return h;
}

/** The Dashboard's charts as the script sees them: type, source range, anchor cell and title. */
function charts(sheetName = 'Dashboard') {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName)!;
  return sheet.getCharts().map((chart) => {
    const where = chart.getContainerInfo();
    return {
      type: String(chart.modify().getChartType()),
      range: chart.getRanges().map((range) => range.getA1Notation()).join(','),
      anchor: `${where.getAnchorRow()},${where.getAnchorColumn()}`,
      title: chart.getOptions().get('title') as string,
    };
  });
}

const rowsFrom = (values: CellValue[][], first: number, count: number) => values.slice(first - 1, first - 1 + count).map((row) => row.filter((cell) => cell !== ''));

describe('Update dashboard', () => {
  it('writes the NPS tables as plain values, each with its native chart over exactly its rows', () => {
    const h = host();
    expect(h.run<string>('updateDashboard', TEST_NOW.toISOString())).toBe('Dashboard updated from 4 answers.');
    const values = sheetValues(h, 'Dashboard');
    expect(values[0]![0]).toBe('Customer dashboard');
    expect(values[1]![0]).toBe('Updated 2026-11-23 09:30 by Clientele (Extensions ▸ Clientele ▸ Update dashboard)');
    expect(rowsFrom(values, 4, 7)).toEqual([
      ['Net Promoter Score'],
      ['Measure', 'Value'],
      ['NPS', 25],
      ['95% interval, low', expect.any(Number)],
      ['95% interval, high', expect.any(Number)],
      ['Answers', 4],
      ['Invalid answers (listed in the NPS report)', 1],
    ]);
    expect(rowsFrom(values, 12, 5)).toEqual([
      ['Promoters, passives and detractors'],
      ['Group', 'Answers'],
      ['Promoters (9–10)', 2],
      ['Passives (7–8)', 1],
      ['Detractors (0–6)', 1],
    ]);
    expect(rowsFrom(values, 31, 11).map(([score, count]) => [score, count])).toEqual(
      [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1].map((count, score) => [String(score), count]),
    );
    const trend = rowsFrom(values, 46, 4);
    expect(trend.slice(0, 2)).toEqual([['NPS by month, with its 95% interval'], ['Month', 'NPS', '95% interval, low', '95% interval, high', 'Answers']]);
    // Adjusted Wald for 2 promoters of 2: n' = 5, p' = .55, d' = .15 → 40 ± 64.4, the top clipped to 100.
    expect(trend[2]![0]).toBe('2026-09');
    expect(trend[2]![1]).toBe(100);
    expect(trend[2]![2]).toBeCloseTo(-24.41, 2);
    expect(trend[2]!.slice(3)).toEqual([100, 2]);
    expect([trend[3]![0], trend[3]![1], trend[3]![4]]).toEqual(['2026-10', -50, 2]);
    expect(rowsFrom(values, 63, 6)).toEqual([
      ['NPS by acquisition channel'],
      ['Channel', 'NPS', 'Answers', 'Customers', 'Revenue'],
      ['Instagram', 0, 2, 2, 0],
      ['Google', 0, 1, 0],
      ['Friends and family', 100, 1, 1, 0],
      ['Not stated', 0, 1, 1, 0],
    ]);
    expect(charts()).toEqual([
      { type: 'PIE', range: 'A13:B16', anchor: '12,7', title: 'Promoters, passives and detractors' },
      { type: 'COLUMN', range: 'A30:B41', anchor: '29,7', title: 'Scores 0–10' },
      { type: 'LINE', range: 'A47:D49', anchor: '46,7', title: 'NPS by month, with its 95% interval' },
      { type: 'BAR', range: 'A64:B68', anchor: '63,7', title: 'NPS by acquisition channel' },
    ]);
  });

  it('keeps score labels as text and writes no formula, so the sheet reads the same without the add-on', () => {
    const h = host();
    h.run('updateDashboard', TEST_NOW.toISOString());
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dashboard')!;
    const range = sheet.getDataRange();
    expect(range.getFormulas().flat().filter((formula) => formula !== '')).toEqual([]);
    expect(sheet.getRange('A31').getValue()).toBe('0');
  });

  it('rewrites the same sheet on every run: no pile of charts, nothing left from the previous run', () => {
    const h = host();
    h.run('updateDashboard', TEST_NOW.toISOString());
    const first = sheetValues(h, 'Dashboard');
    const firstCharts = charts();
    h.run('updateDashboard', TEST_NOW.toISOString());
    expect(sheetValues(h, 'Dashboard')).toEqual(first);
    expect(charts()).toEqual(firstCharts);

    // Fewer answers: the old, longer tables do not linger below the new ones.
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!.deleteRows(4, 3);
    h.run('updateDashboard', TEST_NOW.toISOString());
    const values = sheetValues(h, 'Dashboard');
    expect(values.flat()).not.toContain('2026-10');
    expect(charts().map((chart) => chart.type)).toEqual(['PIE', 'COLUMN', 'LINE', 'BAR']);
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1', 'Dashboard']);
  });

  it('leaves the user on the sheet they were on', () => {
    const h = host();
    h.run('updateDashboard', TEST_NOW.toISOString());
    expect(SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe('Sheet1');
  });

  it('costs the same service calls on 10 customers and on 2,000', () => {
    const calls = (count: number) => {
      const rows: CellValue[][] = [CUSTOMERS[0]!];
      for (let i = 0; i < count; i++) {
        rows.push([`C-${i}`, `Name ${i}`, '', '', ['Instagram', 'Google', ''][i % 3]!, new Date(Date.UTC(2025, i % 24, 1 + (i % 27))), i % 11, '']);
      }
      const h = host(rows);
      h.run('updateDashboard', TEST_NOW.toISOString());
      h.ctx.calls.reset();
      h.run('updateDashboard', TEST_NOW.toISOString());
      return h.ctx.calls.snapshot();
    };
    const small = calls(10);
    expect(calls(2_000)).toEqual(small);
    expect(Object.values(small).reduce((sum, n) => sum + n, 0)).toBeLessThan(150);
  });

  it('says so when there is no customer sheet', () => {
    const h = addonHost();
    expect(h.run<string>('updateDashboard')).toBe(messagesFor('en').summaryNoSheet);
  });

  it.each(LANGUAGES)('speaks %s: sheet name, title, tables and chart titles, right to left in Persian', (language) => {
    const h = host();
    h.run('saveSettings', { language, defaultCountry: 'KZ' });
    const text = messagesFor(language);
    expect(h.run<string>('updateDashboard', TEST_NOW.toISOString())).toBe(formatMessage(text.dashboardWritten, { count: 4 }));
    const values = sheetValues(h, text.dashboardSheet);
    expect(values[0]![0]).toBe(text.dashboardTitle);
    expect(values.flat()).toEqual(expect.arrayContaining([text.dashboardPromoters, text.dashboardTrend, text.dashboardChannelFriend]));
    expect(charts(text.dashboardSheet).map((chart) => chart.title)).toEqual([text.dashboardBuckets, text.dashboardDistribution, text.dashboardTrend, text.dashboardChannels]);
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName(text.dashboardSheet)!.isRightToLeft()).toBe(language === 'fa');
  });

  it('finds its sheet again after the user switched language, instead of adding a second one', () => {
    const h = host();
    h.run('updateDashboard', TEST_NOW.toISOString());
    h.run('saveSettings', { language: 'ru', defaultCountry: 'KZ' });
    h.run('updateDashboard', TEST_NOW.toISOString());
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1', 'Dashboard']);
    expect(sheetValues(h, 'Dashboard')[0]![0]).toBe('Сводка по клиентам');
  });

  it('adds customers per RFM segment, with its chart, when customers have purchase dates', () => {
    const rows: CellValue[][] = [['Customer ID', 'Name', 'Last purchase', 'Total spent', 'NPS']];
    for (let i = 0; i < 50; i++) rows.push([`C-${i}`, `Name ${i}`, new Date(TEST_NOW.getTime() - i * 9 * 86_400_000), 1000 + i * 37, i % 11]);
    const h = host(rows);
    h.run('updateDashboard', TEST_NOW.toISOString());
    const values = sheetValues(h, 'Dashboard');
    const heading = values.findIndex((row) => row[0] === 'Customer segments') + 1;
    const table = rowsFrom(values, heading + 2, 11);
    expect(table.map((row) => row[0])).toEqual(['Champions', 'Loyal', 'Potential loyalists', 'New customers', 'Promising', 'Need attention', 'About to sleep', 'At risk', 'Can’t lose them', 'Hibernating', 'Lost']);
    expect(table.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(50);
    expect(charts().at(-1)).toEqual({ type: 'COLUMN', range: `A${heading + 1}:B${heading + 12}`, anchor: `${heading},7`, title: 'Customer segments' });
  });
});
