import { npsByGroup, periodKey, periodReader } from '../../../src/core/nps/npsGroups';
import { npsSummary } from '../../../src/core/nps/npsScore';

describe('periodKey', () => {
  const cases: [string, Date, 'month' | 'quarter', string, string][] = [
    ['mid-month, UTC', new Date(Date.UTC(2026, 2, 15, 12)), 'month', 'UTC', '2026-03'],
    ['mid-month, UTC, quarter', new Date(Date.UTC(2026, 2, 15, 12)), 'quarter', 'UTC', '2026-Q1'],
    ['April is Q2', new Date(Date.UTC(2026, 3, 1, 12)), 'quarter', 'UTC', '2026-Q2'],
    ['September is Q3', new Date(Date.UTC(2026, 8, 30, 12)), 'quarter', 'UTC', '2026-Q3'],
    ['December is Q4', new Date(Date.UTC(2026, 11, 31, 12)), 'quarter', 'UTC', '2026-Q4'],
    ['December, month', new Date(Date.UTC(2026, 11, 31, 12)), 'month', 'UTC', '2026-12'],
    // 31 March 22:00 UTC is already 1 April in Almaty (UTC+5) and Tehran (UTC+3:30)…
    ['next month in Almaty', new Date(Date.UTC(2026, 2, 31, 22)), 'month', 'Asia/Almaty', '2026-04'],
    ['next quarter in Almaty', new Date(Date.UTC(2026, 2, 31, 22)), 'quarter', 'Asia/Almaty', '2026-Q2'],
    ['next month in Tehran', new Date(Date.UTC(2026, 2, 31, 22)), 'month', 'Asia/Tehran', '2026-04'],
    ['Shanghai', new Date(Date.UTC(2026, 2, 31, 22)), 'month', 'Asia/Shanghai', '2026-04'],
    // …and still 31 March in New York.
    ['same month in New York', new Date(Date.UTC(2026, 2, 31, 22)), 'month', 'America/New_York', '2026-03'],
    // New Year's Eve in UTC is already next year in Ulaanbaatar (UTC+8).
    ['next year in Ulaanbaatar', new Date(Date.UTC(2025, 11, 31, 20)), 'quarter', 'Asia/Ulaanbaatar', '2026-Q1'],
    ['previous year in Los Angeles', new Date(Date.UTC(2026, 0, 1, 3)), 'month', 'America/Los_Angeles', '2025-12'],
    ['Moscow', new Date(Date.UTC(2026, 5, 30, 21, 30)), 'month', 'Europe/Moscow', '2026-07'],
  ];

  it.each(cases)('%s', (_name, date, by, timeZone, expected) => {
    expect(periodKey(date, by, timeZone)).toBe(expected);
  });

  it('uses Gregorian years and ASCII digits, not the runtime locale', () => {
    expect(periodKey(new Date(Date.UTC(2026, 4, 5)), 'month', 'Asia/Tehran')).toMatch(/^\d{4}-\d{2}$/);
  });

  it('rejects an invalid date or time zone', () => {
    expect(() => periodKey(new Date(NaN), 'month', 'UTC')).toThrow(RangeError);
    expect(() => periodKey(new Date(), 'month', 'Not/AZone')).toThrow(RangeError);
  });

  it('month keys sort in time order as strings', () => {
    const keys = [11, 0, 9, 1].map((m) => periodKey(new Date(Date.UTC(2026, m, 10)), 'month', 'UTC'));
    expect([...keys].sort()).toEqual(['2026-01', '2026-02', '2026-10', '2026-12']);
  });
});

describe('npsByGroup', () => {
  it('summarises each group, sorted by group', () => {
    const groups = npsByGroup([
      { group: '2026-Q2', score: 0 },
      { group: '2026-Q1', score: 10 },
      { group: '2026-Q1', score: 9 },
      { group: '2026-Q1', score: 7 },
      { group: '2026-Q1', score: 3 },
      { group: '2026-Q2', score: 9 },
      { group: '2025-Q4', score: 8 },
    ]);
    expect(groups.map((g) => g.group)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(groups[0]?.summary).toEqual(npsSummary([8]));
    expect(groups[1]?.summary).toEqual(npsSummary([10, 9, 7, 3]));
    expect(groups[1]?.summary.nps).toBe(25);
    expect(groups[2]?.summary.nps).toBe(0);
  });

  it('groups by any text in any script, in a locale-independent order', () => {
    const groups = npsByGroup([
      { group: 'Инстаграм', score: 9 },
      { group: 'Google', score: 6 },
      { group: 'اینستاگرام', score: 10 },
      { group: '朋友', score: 8 },
      { group: '', score: 7 },
      { group: 'Google', score: 10 },
    ]);
    expect(groups.map((g) => g.group)).toEqual(['', 'Google', 'Инстаграм', 'اینستاگرام', '朋友']);
    expect(groups[1]?.summary).toMatchObject({ responses: 2, promoters: 1, detractors: 1, nps: 0 });
  });

  it('gives no groups for no responses, and rejects invalid scores', () => {
    expect(npsByGroup([])).toEqual([]);
    expect(() => npsByGroup([{ group: 'a', score: 11 }])).toThrow(RangeError);
  });
});

describe('periodReader', () => {
  it.each(['Asia/Kathmandu', 'Asia/Tehran', 'America/St_Johns', 'Asia/Almaty', 'UTC'])('agrees with periodKey around every month end in %s', (timeZone) => {
    for (const by of ['month', 'quarter'] as const) {
      const read = periodReader(by, timeZone);
      // Every 7 minutes across the turn of each month of 2026 (two days either side).
      for (let month = 0; month < 12; month += 1) {
        const turn = Date.UTC(2026, month, 1);
        for (let time = turn - 2 * 86_400_000; time < turn + 2 * 86_400_000; time += 7 * 60_000) {
          const date = new Date(time);
          if (read(date) !== periodKey(date, by, timeZone)) throw new Error(`${timeZone} ${by} ${date.toISOString()}: ${read(date)} ≠ ${periodKey(date, by, timeZone)}`);
        }
      }
    }
  });
});
