import type { CellValue } from '../../../src/core/customerRecord';
import { answersFromResponses, hasResponseRows } from '../../../src/core/nps/npsAnswers';
import { activityOf, activityThresholds } from '../../../src/core/segments/customerSegments';

const HEADER = ['Date', 'Customer ID', 'Score', 'Comment', 'Source'];
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const byMonth = (date: Date) => date.toISOString().slice(0, 7);

describe('answers of the Responses sheet', () => {
  it.each<[string, CellValue[][], 'all' | 'latest', boolean, number[]]>([
    ['all answers count', [[day('2026-01-01'), 'C-1', 3, '', ''], [day('2026-01-02'), 'C-1', 9, '', '']], 'all', false, [3, 9]],
    ['latest by date, not by row', [[day('2026-01-05'), 'C-1', 3, '', ''], [day('2026-01-02'), 'C-1', 9, '', '']], 'latest', false, [3]],
    ['equal dates: the lower row wins', [[day('2026-01-05'), 'C-1', 3, '', ''], [day('2026-01-05'), 'C-1', 9, '', '']], 'latest', false, [9]],
    ['an undated answer is older than a dated one', [[day('2026-01-05'), 'C-1', 3, '', ''], ['', 'C-1', 9, '', '']], 'latest', false, [3]],
    ['blank and invalid answers never replace a valid one', [[day('2026-01-05'), 'C-1', 3, '', ''], [day('2026-01-06'), 'C-1', '', '', ''], [day('2026-01-07'), 'C-1', 'ten', '', '']], 'latest', false, [3]],
    ['latest per month when grouped by month', [[day('2026-01-05'), 'C-1', 3, '', ''], [day('2026-01-20'), 'C-1', 9, '', ''], [day('2026-02-01'), 'C-1', 10, '', '']], 'latest', true, [9, 10]],
    ['answers without an ID each count', [['', '', 3, '', ''], ['', '', 9, '', '']], 'latest', false, [3, 9]],
    ['IDs are compared trimmed', [[day('2026-01-05'), ' C-1 ', 3, '', ''], [day('2026-01-06'), 'C-1', 10, '', '']], 'latest', false, [10]],
  ])('%s', (_name, rows, mode, grouped, scores) => {
    const result = answersFromResponses({
      responses: [HEADER, ...rows],
      customerIds: new Map([['C-1', 1]]),
      mode,
      periodOf: grouped ? byMonth : null,
      timeZone: 'UTC',
      locale: 'en_GB',
    });
    expect(result.answers.map((answer) => answer.score).sort((a, b) => a - b)).toEqual(scores);
  });

  it('lists invalid answers by row and column, and counts respondents and unknown customers', () => {
    const result = answersFromResponses({
      responses: [HEADER, [day('2026-01-05'), 'C-1', 7.5, '', ''], [day('2026-01-05'), 'X-1', 10, '', 'Telegram'], ['', '', 11, '', '']],
      customerIds: new Map([['C-1', 1]]),
      mode: 'all',
      periodOf: null,
      timeZone: 'UTC',
      locale: 'en_GB',
    });
    expect(result.invalid).toEqual([
      { row: 2, column: 'C', value: '7.5', reason: 'notWhole' },
      { row: 4, column: 'C', value: '11', reason: 'outOfRange' },
    ]);
    expect(result).toMatchObject({ respondents: 0, unknownCustomers: 1 });
    expect(result.answers[0]).toMatchObject({ score: 10, customerIndex: null, source: 'Telegram' });
  });

  it.each<[CellValue[][] | null, boolean]>([
    [null, false],
    [[HEADER], false],
    [[HEADER, ['', '', '', '', '']], false],
    [[HEADER, ['', '', 5, '', '']], true],
  ])('a Responses sheet %p has rows: %p', (values, expected) => {
    expect(hasResponseRows(values)).toBe(expected);
  });
});

describe('activity segments', () => {
  it.each<[number, number, number, string]>([
    [0, 30, 90, 'active'],
    [29, 30, 90, 'active'],
    [30, 30, 90, 'atRisk'],
    [89, 30, 90, 'atRisk'],
    [90, 30, 90, 'lapsed'],
    [10, 7, 60, 'atRisk'],
  ])('%i days with at risk from %i and lapsed from %i → %s', (days, atRisk, lapsed, segment) => {
    expect(activityOf(days, atRisk, lapsed)).toBe(segment);
  });

  it.each([
    [{}, { atRiskDays: 30, lapsedDays: 90 }],
    [{ segmentAtRiskDays: 14 }, { atRiskDays: 14, lapsedDays: 90 }],
    // Lapsed before at risk would leave no one at risk: lapsed starts no earlier than at risk.
    [{ segmentAtRiskDays: 60, segmentLapsedDays: 45 }, { atRiskDays: 60, lapsedDays: 60 }],
  ])('thresholds from settings %p', (settings, expected) => {
    expect(activityThresholds(settings)).toEqual(expected);
  });
});
