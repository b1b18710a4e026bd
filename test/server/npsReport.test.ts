import type { NpsReport } from '../../src/server/nps/npsReport';
import { addonHost, putTable } from '../support/addonHost';

describe('NPS report', () => {
  it('scores the NPS column, counts the response rate and lists invalid answers by row', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', [
      ['Name', 'NPS', 'Source'],
      ['A', 10, 'Instagram'],
      ['B', 6, 'Telegram'],
      ['C', '', 'Telegram'],
      ['D', 'ten', 'Instagram'],
    ]);
    const report = h.run<NpsReport>('getNpsReport', { by: 'Source' });
    expect(report).toMatchObject({ scoreColumn: 'NPS', customers: 4, headers: ['Name', 'NPS', 'Source'] });
    expect(report.summary).toMatchObject({ nps: 0, promoters: 1, detractors: 1, responses: 2, smallSample: true });
    expect(report.invalid).toEqual([{ row: 5, column: 'B', value: 'ten', reason: 'notANumber' }]);
    expect(report.groups?.map((g) => [g.group, g.summary.nps])).toEqual([
      ['Instagram', 100],
      ['Telegram', -100],
    ]);
  });

  // Each language's score header as the sheet names it, beside that language's "survey date" header.
  it.each([
    ['en', 'NPS', 'Survey date'],
    ['ru', 'Оценка', 'Дата опроса'],
    ['kk', 'Бағалау', 'Сауалнама күні'],
    ['mn', 'Үнэлгээ', 'Судалгааны огноо'],
    ['fa', 'امتیاز', 'تاریخ نظرسنجی'],
    ['zh', '评分', '调查日期'],
  ])('%s: groups answers by month of their own date column (%s, %s), not the Created date, never "(none)"', (_language, score, date) => {
    const h = addonHost();
    putTable(h, 'Sheet1', [
      ['Name', 'Created', date, score],
      ['A', new Date('2025-06-01T12:00:00Z'), new Date('2026-01-10T12:00:00Z'), 10],
      ['B', new Date('2025-06-01T12:00:00Z'), new Date('2026-01-20T12:00:00Z'), 3],
      ['C', new Date('2025-06-01T12:00:00Z'), new Date('2026-02-05T12:00:00Z'), 9],
    ]);
    const report = h.run<NpsReport>('getNpsReport', { by: 'month' });
    expect(report.scoreColumn).toBe(score);
    expect(report.groups?.map((g) => [g.group, g.summary.responses, g.summary.nps])).toEqual([
      ['2026-01', 2, 0],
      ['2026-02', 1, 100],
    ]);
  });

  it('says when there is no score column', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', [['Name', 'Phone'], ['A', '+77011234567']]);
    expect(h.run('getNpsReport', {})).toEqual({ error: 'noScoreColumn' });
  });
});

describe('NPS report from the Responses sheet', () => {
  const CUSTOMERS = [
    ['Customer ID', 'Name', 'Source', 'City'],
    ['C-1', 'A', 'Instagram', 'Алматы'],
    ['C-2', 'B', 'от подруги', 'Астана'],
    ['C-3', 'C', 'Google', 'Алматы'],
  ];
  // Hand-computed below. Row 6 repeats C-2's date: the lower row (appended later) is the latest.
  const RESPONSES = [
    ['Date', 'Customer ID', 'Score', 'Comment', 'Source'],
    [new Date('2026-01-05T12:00:00Z'), 'C-1', 3, '', ''],
    [new Date('2026-01-20T12:00:00Z'), 'C-1', 9, '', ''],
    [new Date('2026-02-03T12:00:00Z'), 'C-1', 10, '', ''],
    [new Date('2026-01-10T12:00:00Z'), 'C-2', 6, '', ''],
    [new Date('2026-01-10T12:00:00Z'), 'C-2', 8, '', ''],
    [new Date('2026-02-01T12:00:00Z'), 'X-9', 0, 'unknown customer', 'Telegram'],
    ['', '', 10, 'no customer ID', 'инста'],
    [new Date('2026-02-02T12:00:00Z'), 'C-2', 'ten', '', ''],
    [new Date('2026-02-05T12:00:00Z'), 'C-2', '', '', ''],
  ];

  function host(mode?: 'all' | 'latest') {
    const h = addonHost();
    putTable(h, 'Sheet1', CUSTOMERS);
    putTable(h, 'Responses', RESPONSES);
    if (mode) h.run('saveInsightSettings', { npsResponses: mode });
    return h;
  }

  it.each([
    // latest over the whole range: C-1 → 10, C-2 → 8 (row 6), X-9 → 0, no ID → 10: 2 P, 1 A, 1 D → 25.
    ['latest', undefined, 4, 25],
    // every answer: 3, 9, 10, 6, 8, 0, 10 → 3 P, 1 A, 3 D → 0.
    ['all', 'all' as const, 7, 0],
  ])('counts %s answers', (_name, mode, responses, nps) => {
    const report = host(mode).run<NpsReport>('getNpsReport', {});
    expect(report).toMatchObject({ from: 'responses', answersSheet: 'Responses', scoreColumn: 'Score', customers: 3, respondents: 2, unknownCustomers: 2 });
    expect(report.summary).toMatchObject({ responses, nps });
    expect(report.invalid).toEqual([{ row: 9, column: 'C', value: 'ten', reason: 'notANumber' }]);
  });

  it('takes the latest answer per customer per month when grouped by month', () => {
    // January: C-1 → 9, C-2 → 8, no ID → 10 (undated: no month). February: C-1 → 10, X-9 → 0.
    const report = host().run<NpsReport>('getNpsReport', { by: 'month' });
    expect(report.summary).toMatchObject({ responses: 5, promoters: 3, passives: 1, detractors: 1, nps: 40 });
    expect(report.groups?.map((g) => [g.group, g.summary.responses, g.summary.nps])).toEqual([
      ['(none)', 1, 100],
      ['2026-01', 2, 50],
      ['2026-02', 2, 0],
    ]);
  });

  it('joins answers to their customer for a column or the channel; unknown customers group as (none) or by their own source', () => {
    const h = host();
    const byCity = h.run<NpsReport>('getNpsReport', { by: 'City' });
    expect(byCity.groups?.map((g) => [g.group, g.summary.responses])).toEqual([
      ['(none)', 2],
      ['Алматы', 1],
      ['Астана', 1],
    ]);
    const byChannel = h.run<NpsReport>('getNpsReport', { by: 'channel' });
    expect(byChannel.groups?.map((g) => [g.group, g.summary.responses, g.summary.nps])).toEqual([
      ['friend', 1, 0],
      ['instagram', 2, 100],
      ['telegram', 1, -100],
    ]);
  });

  it('reads the customer row when the Responses sheet has no answers yet, and costs the same calls on more rows', () => {
    const h = addonHost();
    putTable(h, 'Sheet1', [['Name', 'NPS'], ['A', 10], ['B', 0]]);
    putTable(h, 'Responses', [['Date', 'Customer ID', 'Score', 'Comment', 'Source']]);
    expect(h.run<NpsReport>('getNpsReport', {})).toMatchObject({ from: 'customerColumn', answersSheet: 'Sheet1', summary: { nps: 0 } });

    const calls = (rows: number) => {
      const big = addonHost();
      putTable(big, 'Sheet1', [...CUSTOMERS, ...Array.from({ length: rows }, (_, i) => [`C-${i + 10}`, 'N', 'Google', 'Алматы'])]);
      putTable(big, 'Responses', [...RESPONSES, ...Array.from({ length: rows }, (_, i) => [new Date('2026-03-01T00:00:00Z'), `C-${i + 10}`, i % 11, '', ''])]);
      big.ctx.calls.reset();
      big.run('getNpsReport', { by: 'month' });
      return big.ctx.calls.total();
    };
    expect(calls(1_000)).toBe(calls(10));
  });
});
