import type { CellValue } from '../../../src/core/customerRecord';
import {
  classifyScore,
  countBuckets,
  npsSummary,
  scoreBucket,
  summaryFromCounts,
  type ScoreClass,
} from '../../../src/core/nps/npsScore';

const valid = (score: number): ScoreClass => ({ kind: 'valid', score, bucket: scoreBucket(score) });
const invalid = (reason: 'notANumber' | 'notWhole' | 'outOfRange'): ScoreClass => ({ kind: 'invalid', reason });
const blank: ScoreClass = { kind: 'blank' };

/** n scores of one value. */
const many = (n: number, score: number): number[] => Array.from({ length: n }, () => score);

describe('classifyScore', () => {
  const cases: [string, CellValue, ScoreClass][] = [
    // blank: no response
    ['empty', '', blank],
    ['spaces', '   ', blank],
    ['tab and newline', '\t\n', blank],
    ['non-breaking and ideographic spaces', '\u00A0\u3000', blank],
    // numbers
    ['0 (the scale starts at 0, not 1)', 0, { kind: 'valid', score: 0, bucket: 'detractor' }],
    ['6', 6, { kind: 'valid', score: 6, bucket: 'detractor' }],
    ['7', 7, { kind: 'valid', score: 7, bucket: 'passive' }],
    ['8', 8, { kind: 'valid', score: 8, bucket: 'passive' }],
    ['9', 9, { kind: 'valid', score: 9, bucket: 'promoter' }],
    ['10', 10, { kind: 'valid', score: 10, bucket: 'promoter' }],
    ['-0', -0, valid(0)],
    ['7.5', 7.5, invalid('notWhole')],
    ['9.99', 9.99, invalid('notWhole')],
    ['-1', -1, invalid('outOfRange')],
    ['11', 11, invalid('outOfRange')],
    ['100', 100, invalid('outOfRange')],
    ['NaN', NaN, invalid('notANumber')],
    ['Infinity', Infinity, invalid('outOfRange')],
    // English / ASCII text
    ['"9"', '9', valid(9)],
    ['" 10 "', ' 10 ', valid(10)],
    ['"0"', '0', valid(0)],
    ['"09" (leading zero)', '09', valid(9)],
    ['"+8"', '+8', valid(8)],
    ['"7.5"', '7.5', invalid('notWhole')],
    ['"10.0" (text is never reinterpreted)', '10.0', invalid('notWhole')],
    ['"11"', '11', invalid('outOfRange')],
    ['"-1"', '-1', invalid('outOfRange')],
    ['"−3" (minus sign)', '\u22123', invalid('outOfRange')],
    ['"ten"', 'ten', invalid('notANumber')],
    ['"9/10"', '9/10', invalid('notANumber')],
    ['"1e1"', '1e1', invalid('notANumber')],
    ['"0x9"', '0x9', invalid('notANumber')],
    ['"9 points"', '9 points', invalid('notANumber')],
    ['"9 10" (two numbers)', '9 10', invalid('notANumber')],
    ['"N/A"', 'N/A', invalid('notANumber')],
    // Russian
    ['"десять"', 'десять', invalid('notANumber')],
    ['"7,5" (decimal comma)', '7,5', invalid('notWhole')],
    ['"9 баллов"', '9 баллов', invalid('notANumber')],
    // Kazakh
    ['"он" (ten)', 'он', invalid('notANumber')],
    // Mongolian
    ['"арав" (ten)', 'арав', invalid('notANumber')],
    // Persian digits ۰-۹
    ['"۹"', '۹', valid(9)],
    ['"۱۰"', '۱۰', valid(10)],
    ['" ۰ "', ' ۰ ', valid(0)],
    ['"۷"', '۷', valid(7)],
    ['"۷٫۵" (Arabic decimal separator)', '۷٫۵', invalid('notWhole')],
    ['"۱۱"', '۱۱', invalid('outOfRange')],
    ['"ده" (ten in Persian)', 'ده', invalid('notANumber')],
    // Arabic-Indic digits ٠-٩
    ['"٩"', '٩', valid(9)],
    ['"١٠"', '١٠', valid(10)],
    ['"٦"', '٦', valid(6)],
    ['"٠"', '٠', valid(0)],
    ['"١٢"', '١٢', invalid('outOfRange')],
    // Chinese
    ['"十"', '十', invalid('notANumber')],
    ['"九"', '九', invalid('notANumber')],
    ['"9分"', '9分', invalid('notANumber')],
    // other types
    ['true', true, invalid('notANumber')],
    ['false', false, invalid('notANumber')],
    ['a Date', new Date(Date.UTC(2026, 2, 5)), invalid('notANumber')],
  ];

  it.each(cases)('%s', (_name, value, expected) => {
    expect(classifyScore(value)).toEqual(expected);
  });

  it('gives score 0, not -0, for -0 and "-0"', () => {
    const a = classifyScore(-0);
    const b = classifyScore('-0');
    expect(a.kind === 'valid' && Object.is(a.score, 0)).toBe(true);
    expect(b.kind === 'valid' && Object.is(b.score, 0)).toBe(true);
  });

  it('puts every whole score 0..10 in exactly one bucket', () => {
    const buckets = Array.from({ length: 11 }, (_, i) => scoreBucket(i));
    expect(buckets).toEqual([
      ...many(7, 0).map(() => 'detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });
});

describe('npsSummary', () => {
  it('10 promoters, 5 passives, 5 detractors (hand-computed)', () => {
    // n = 20, p = 1/2, d = 1/4, NPS = (1/2 − 1/4)·100 = 25.
    // MoE = 1.96·sqrt((3/4 − 1/16)/20)·100 = 196·sqrt(11/320) ≈ 36.3394.
    // Adjusted Wald: n' = 23, p' = 10.75/23 = 43/92, d' = 5.75/23 = 1/4, NPS' = 5/23,
    // var' = 33/46 − 25/529 = 709/1058, se = sqrt(709/24334);
    // interval = 500/23 ± 196·sqrt(709/24334) ≈ [−11.7167, 55.1950].
    const scores = [...many(5, 10), ...many(5, 9), ...many(3, 8), ...many(2, 7), ...many(3, 0), ...many(2, 6)];
    const s = npsSummary(scores);
    expect(s).toMatchObject({ responses: 20, promoters: 10, passives: 5, detractors: 5, nps: 25, smallSample: true });
    expect(s.promoterShare).toBe(0.5);
    expect(s.passiveShare).toBe(0.25);
    expect(s.detractorShare).toBe(0.25);
    expect(s.marginOfError).toBeCloseTo(196 * Math.sqrt(11 / 320), 9);
    expect(s.marginOfError).toBeCloseTo(36.3394, 4);
    const [low, high] = s.interval95 ?? [NaN, NaN];
    expect(low).toBeCloseTo(500 / 23 - 196 * Math.sqrt(709 / 24334), 9);
    expect(high).toBeCloseTo(500 / 23 + 196 * Math.sqrt(709 / 24334), 9);
    expect(low).toBeCloseTo(-11.7167, 4);
    expect(high).toBeCloseTo(55.195, 4);
  });

  it('is % promoters − % detractors, not a ratio of detractors to promoters', () => {
    // 10 promoters, 5 detractors: a ratio would give 0.5 or 2 or 50; NPS is 25.
    expect(npsSummary([...many(10, 10), ...many(5, 7), ...many(5, 3)]).nps).toBe(25);
    // Equal promoters and detractors: NPS 0 (a ratio would be 1 or 100).
    expect(npsSummary([9, 0]).nps).toBe(0);
    // Passives count in n: 1 promoter, 3 passives → 25, not 100.
    expect(npsSummary([9, 7, 8, 7]).nps).toBe(25);
  });

  it('uses the 0–10 scale: 0 is a detractor and 1–6 are too, 10 a promoter', () => {
    expect(npsSummary([0]).nps).toBe(-100);
    expect(npsSummary([1, 2, 3, 4, 5, 6]).detractors).toBe(6);
    expect(npsSummary([10]).nps).toBe(100);
    expect(() => npsSummary([11])).toThrow(RangeError);
    expect(() => npsSummary([-1])).toThrow(RangeError);
    expect(() => npsSummary([7.5])).toThrow(RangeError);
    expect(() => npsSummary([NaN])).toThrow(RangeError);
  });

  it('no responses: a clear empty result, never NaN', () => {
    const s = npsSummary([]);
    expect(s).toEqual({
      responses: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      promoterShare: 0,
      passiveShare: 0,
      detractorShare: 0,
      nps: null,
      marginOfError: null,
      interval95: null,
      smallSample: true,
    });
  });

  it('all promoters: NPS 100, plain MoE 0, the adjusted interval still has width (clipped at 100)', () => {
    // n' = 23, p' = 83/92, d' = 3/92, NPS' = 20/23, var' = 43/46 − 400/529 = 189/1058.
    const s = npsSummary(many(20, 10));
    expect(s.nps).toBe(100);
    expect(s.marginOfError).toBe(0);
    const [low, high] = s.interval95 ?? [NaN, NaN];
    expect(low).toBeCloseTo(2000 / 23 - 196 * Math.sqrt(189 / 24334), 9);
    expect(low).toBeCloseTo(69.683, 3);
    expect(high).toBe(100);
  });

  it('all detractors: the mirror image', () => {
    const s = npsSummary(many(20, 0));
    expect(s.nps).toBe(-100);
    expect(s.marginOfError).toBe(0);
    const [low, high] = s.interval95 ?? [NaN, NaN];
    expect(low).toBe(-100);
    expect(high).toBeCloseTo(-69.683, 3);
  });

  it.each([
    // n = 1: n' = 4; one promoter: p' = 7/16, d' = 3/16, var' = 5/8 − 1/16 = 9/16, se = 3/8,
    // interval = (1/4 ± 1.96·3/8)·100 = [−48.5, 98.5].
    ['one promoter', [10], 100, -48.5, 98.5],
    ['one detractor', [0], -100, -98.5, 48.5],
    // One passive: p' = d' = 3/16, var' = 3/8, se = sqrt(3/32); ±1.96·sqrt(3/32)·100 ≈ ±60.0125.
    ['one passive', [8], 0, -60.0125, 60.0125],
  ])('n = 1, %s', (_name, scores, nps, low, high) => {
    const s = npsSummary(scores);
    expect(s.responses).toBe(1);
    expect(s.nps).toBe(nps);
    expect(s.marginOfError).toBe(0);
    expect(s.smallSample).toBe(true);
    expect(s.interval95?.[0]).toBeCloseTo(low, 4);
    expect(s.interval95?.[1]).toBeCloseTo(high, 4);
  });

  it('5 promoters and 5 detractors: symmetric around 0 (hand-computed)', () => {
    // p = d = 1/2: MoE = 1.96·sqrt(1/10)·100 ≈ 61.9806.
    // n' = 13, p' = d' = 5.75/13, NPS' = 0, var' = 11.5/13, se = sqrt(11.5/169) → ±51.1283.
    const s = npsSummary([...many(5, 9), ...many(5, 2)]);
    expect(s.nps).toBe(0);
    expect(s.marginOfError).toBeCloseTo(196 * Math.sqrt(0.1), 9);
    expect(s.interval95?.[0]).toBeCloseTo(-196 * Math.sqrt(11.5 / 169), 9);
    expect(s.interval95?.[1]).toBeCloseTo(196 * Math.sqrt(11.5 / 169), 9);
  });

  it('flags fewer than 30 responses as a small sample', () => {
    expect(npsSummary(many(29, 9)).smallSample).toBe(true);
    expect(npsSummary(many(30, 9)).smallSample).toBe(false);
  });

  it('30 promoters, 10 passives, 10 detractors (hand-computed)', () => {
    // p = 0.6, d = 0.2: NPS 40, MoE = 196·sqrt((0.8 − 0.16)/50) = 196·sqrt(0.0128) ≈ 22.1749.
    const s = npsSummary([...many(30, 9), ...many(10, 8), ...many(10, 5)]);
    expect(s.nps).toBe(40);
    expect(s.smallSample).toBe(false);
    expect(s.marginOfError).toBeCloseTo(22.1749, 4);
    expect(s.interval95?.[0]).toBeCloseTo(16.1873, 4);
    expect(s.interval95?.[1]).toBeCloseTo(59.2844, 4);
  });

  it('always stays within −100..100 and contains the adjusted NPS', () => {
    for (let p = 0; p <= 12; p++) {
      for (let a = 0; a <= 12; a++) {
        for (let d = 0; d <= 12; d++) {
          const s = summaryFromCounts({ promoters: p, passives: a, detractors: d });
          if (p + a + d === 0) continue;
          const [low, high] = s.interval95 ?? [NaN, NaN];
          const n2 = p + a + d + 3;
          const centre = ((p + 0.75) / n2 - (d + 0.75) / n2) * 100;
          expect(low).toBeGreaterThanOrEqual(-100);
          expect(high).toBeLessThanOrEqual(100);
          expect(low).toBeLessThan(centre);
          expect(high).toBeGreaterThan(centre);
          expect(s.nps).toBeGreaterThanOrEqual(-100);
          expect(s.nps).toBeLessThanOrEqual(100);
          expect(Number.isNaN(s.marginOfError)).toBe(false);
        }
      }
    }
  });

  it('countBuckets and summaryFromCounts agree with npsSummary', () => {
    const scores = [0, 3, 6, 7, 8, 9, 10, 10];
    expect(countBuckets(scores)).toEqual({ promoters: 3, passives: 2, detractors: 3 });
    expect(summaryFromCounts(countBuckets(scores))).toEqual(npsSummary(scores));
    expect(() => summaryFromCounts({ promoters: -1, passives: 0, detractors: 0 })).toThrow(RangeError);
    expect(() => summaryFromCounts({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(RangeError);
  });
});
