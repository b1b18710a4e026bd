import { frequencyMonetary, quintileScores, rfmSegment, type RfmScore } from '../../../src/core/segments/rfm';

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
