import { resolveColumns } from '../../../src/core/customerColumns';
import type { CellValue } from '../../../src/core/customerRecord';
import { segmentCustomers } from '../../../src/core/segments/customerSegments';
import { frequencyMonetary, quintileScoreOf, quintileScores, rfmSegment, type RfmScore } from '../../../src/core/segments/rfm';

describe('quintile scores', () => {
  it.each([
    ['five distinct values, one per quintile', [50, 10, 40, 20, 30], [5, 1, 4, 2, 3]],
    // Ten values: percentiles .05, .15, … .95 → 1 + ⌊5·q⌋ = 1,1,2,2,3,3,4,4,5,5.
    ['ten values, two per quintile', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    // All equal: percentile (0 + 5/2)/5 = 0.5 → 3. Nothing tells them apart.
    ['all equal share the middle score', [7, 7, 7, 7, 7], [3, 3, 3, 3, 3]],
    // [0,0,0,100]: the zeros' percentile is (0 + 1.5)/4 = .375 → 2; 100: (3 + .5)/4 = .875 → 5.
    ['ties share a score', [0, 0, 0, 100], [2, 2, 2, 5]],
    ['one value', [42], [3]],
    // n = 2: 10 → .25 → 2; 20 → .75 → 4.
    ['nulls are not scored and not counted', [null, 10, null, 20], [null, 2, null, 4]],
    ['none', [], []],
  ])('%s', (_name, values, expected) => {
    expect(quintileScores(values as (number | null)[])).toEqual(expected);
    // One value's score counted in one pass is the same.
    (values as (number | null)[]).forEach((value, i) => expect(quintileScoreOf(values as (number | null)[], value)).toEqual(expected[i]));
  });
});

describe('one customer segmented among all (the card)', () => {
  it('gives each customer exactly what segmenting every customer gives, problems included', () => {
    const headers = ['Customer ID', 'Name', 'Purchases', 'Total spent', 'Last purchase', 'Consent'];
    let state = 7;
    const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
    const rows: CellValue[][] = Array.from({ length: 300 }, (_, i) => [
      `C-${i}`, `Customer ${i}`,
      [3, 1, 2, '', 'many', 5][next(6)]!,
      [1000, 250, '', '12 000 тг', 'lots', 1000][next(6)]!,
      [new Date(Date.UTC(2026, 0, 1 + next(200))), '', 'someday', new Date(Date.UTC(2026, 5, 1)), '2026-03-04'][next(5)]!,
      ['yes', 'no', '', 'maybe'][next(4)]!,
    ]);
    rows[40] = ['', '', '', '', '', ''];
    const values = [headers, ...rows];
    const input = { values, columns: resolveColumns(headers, {}), settings: {}, today: new Date('2026-11-23T09:00:00Z'), timeZone: 'Asia/Almaty', locale: 'ru_RU' };
    const all = segmentCustomers(input);
    expect(all.customers.some((c) => c.rfm !== null) && all.problems.length > 0).toBe(true);
    for (let index = 1; index < values.length; index++) {
      const one = segmentCustomers({ ...input, only: index });
      expect(one.customers).toEqual(all.customers.filter((c) => c.index === index));
      expect(one.problems).toEqual(all.problems.filter((p) => p.row === index + 1));
    }
  });
});

describe('RFM segment grid', () => {
  it.each<[RfmScore, RfmScore, string]>([
    [5, 5, 'champions'],
    [5, 4, 'champions'],
    [4, 5, 'loyal'],
    [3, 4, 'loyal'],
    [5, 3, 'potentialLoyalists'],
    [4, 2, 'potentialLoyalists'],
    [5, 1, 'newCustomers'],
    [4, 1, 'promising'],
    [3, 3, 'needAttention'],
    [3, 1, 'aboutToSleep'],
    [2, 4, 'atRisk'],
    [1, 3, 'atRisk'],
    [2, 5, 'cantLose'],
    [1, 5, 'cantLose'],
    [2, 1, 'hibernating'],
    [1, 2, 'lost'],
    [1, 1, 'lost'],
  ])('R %i, FM %i → %s', (r, fm, segment) => {
    expect(rfmSegment(r, fm)).toBe(segment);
  });

  it.each<[RfmScore | null, RfmScore | null, RfmScore | null]>([
    [4, 3, 4],
    [1, 2, 2],
    [5, 5, 5],
    [null, 2, 2],
    [3, null, 3],
    [null, null, null],
  ])('F %p and M %p combine to FM %p', (f, m, fm) => {
    expect(frequencyMonetary(f, m)).toBe(fm);
  });
});
