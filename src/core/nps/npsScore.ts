/**
 * Net Promoter Score math, as pure functions (no Node or Apps Script APIs).
 *
 * A response is a whole number 0–10 ("How likely are you to recommend us…?"):
 * 9–10 promoter, 7–8 passive, 0–6 detractor. NPS = % promoters − % detractors over the valid
 * responses only, from −100 to 100. It is not a ratio of detractors to promoters, and the scale
 * is 0–10, not 1–10 (0 is a valid detractor).
 */
import type { CellValue } from '../customerRecord';

export type ScoreBucket = 'promoter' | 'passive' | 'detractor';
export type InvalidScoreReason = 'notANumber' | 'notWhole' | 'outOfRange';

/** What one sheet cell says as an NPS answer. Invalid values are reported, never guessed. */
export type ScoreClass =
  | { kind: 'blank' }
  | { kind: 'invalid'; reason: InvalidScoreReason }
  | { kind: 'valid'; score: number; bucket: ScoreBucket };

/** ASCII, Persian (Extended Arabic-Indic ۰-۹) and Arabic-Indic (٠-٩) digits. */
const DIGIT = '[0-9\u06F0-\u06F9\u0660-\u0669]';
/**
 * A number written as text: an optional sign (`+`, `-` or the minus sign `−`), digits, and an
 * optional fraction after `.`, `,` or the Arabic decimal separator `٫`. Nothing else: no
 * exponents, hex, thousands separators or units.
 */
const NUMERIC_TEXT = new RegExp(`^([+\\-\u2212]?)(${DIGIT}+)(?:[.,\u066B](${DIGIT}+))?$`);

function asciiDigits(text: string): string {
  return text.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

/** The bucket of a valid score (a whole number 0–10). */
export function scoreBucket(score: number): ScoreBucket {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

function classifyNumber(n: number): ScoreClass {
  if (Number.isNaN(n)) return { kind: 'invalid', reason: 'notANumber' };
  if (!Number.isFinite(n)) return { kind: 'invalid', reason: 'outOfRange' };
  if (!Number.isInteger(n)) return { kind: 'invalid', reason: 'notWhole' };
  if (n < 0 || n > 10) return { kind: 'invalid', reason: 'outOfRange' };
  const score = n + 0; // -0 becomes 0
  return { kind: 'valid', score, bucket: scoreBucket(score) };
}

/**
 * Classifies one cell as an NPS answer.
 * - `''` or only whitespace: blank (no response).
 * - A number, or text holding one (ASCII, Persian ۰-۹ or Arabic-Indic ٠-٩ digits, surrounding
 *   spaces allowed) that is a whole number 0–10: valid, with its bucket.
 * - Text with a fractional part (`"7.5"`, `"7,5"`, also `"10.0"`): `notWhole` — text is never
 *   rounded or reinterpreted. Numbers are judged by value (the number 10.0 is 10).
 * - Words in any language (`"ten"`, `"десять"`, `"十"`), booleans and dates: `notANumber`.
 * - Whole numbers below 0 or above 10 (and infinities): `outOfRange`.
 */
export function classifyScore(value: CellValue): ScoreClass {
  if (typeof value === 'number') return classifyNumber(value);
  if (typeof value !== 'string') return { kind: 'invalid', reason: 'notANumber' }; // boolean, Date
  const text = value.trim();
  if (text === '') return { kind: 'blank' };
  const match = NUMERIC_TEXT.exec(text);
  if (!match) return { kind: 'invalid', reason: 'notANumber' };
  const [, sign = '', whole = '', fraction] = match;
  if (fraction !== undefined) return { kind: 'invalid', reason: 'notWhole' };
  const n = Number(asciiDigits(whole));
  return classifyNumber(sign === '' || sign === '+' ? n : -n);
}

/** Counts and statistics of a set of valid NPS responses. */
export interface NpsSummary {
  /** Valid responses (n). */
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Shares of n, from 0 to 1 (0 when there are no responses). */
  promoterShare: number;
  passiveShare: number;
  detractorShare: number;
  /** % promoters − % detractors, −100..100; null when there are no responses. */
  nps: number | null;
  /** Plain (Wald) 95% margin of error in NPS points; null when there are no responses. */
  marginOfError: number | null;
  /** Adjusted-Wald 95% interval in NPS points, within [−100, 100]; null when there are no responses. */
  interval95: [low: number, high: number] | null;
  /** Fewer than 30 responses (including none): the interval is wide, say so. */
  smallSample: boolean;
}

export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.96;
/** Below this many responses the result is flagged as a small sample. */
export const SMALL_SAMPLE = 30;

function clip(points: number): number {
  return Math.min(100, Math.max(-100, points));
}

/**
 * The summary from counts of promoters, passives and detractors.
 *
 * With n = P + A + D responses, p = P/n and d = D/n:
 *
 *   NPS = (p − d) · 100
 *
 * NPS is the difference of two shares of one multinomial sample, so its variance is
 * Var(p − d) = (p + d − (p − d)²) / n. The plain (Wald) 95% margin of error is
 *
 *   MoE = 1.96 · sqrt((p + d − (p − d)²) / n) · 100
 *
 * which is 0 whenever every answer is in one bucket, and so overconfident for small or
 * lopsided samples. The 95% interval therefore uses the adjusted-Wald method of
 * Rocks, B. (2016), "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4), 365–372: add 3 to n and 0.75 to the promoter and detractor counts
 * (so 1.5 to the passives),
 *
 *   n' = n + 3,  p' = (P + 0.75) / n',  d' = (D + 0.75) / n'
 *   se = sqrt((p' + d' − (p' − d')²) / n')
 *   interval = ((p' − d') ± 1.96 · se) · 100, clipped to [−100, 100].
 *
 * The interval is centred on the adjusted NPS', so it is not symmetric around NPS.
 */
export function summaryFromCounts(counts: NpsCounts): NpsSummary {
  const { promoters, passives, detractors } = counts;
  for (const count of [promoters, passives, detractors]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`NPS counts must be whole and non-negative: ${count}`);
  }
  const n = promoters + passives + detractors;
  if (n === 0) {
    return {
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
    };
  }
  const p = promoters / n;
  const d = detractors / n;
  const variance = Math.max(0, p + d - (p - d) ** 2);

  const n2 = n + 3;
  const p2 = (promoters + 0.75) / n2;
  const d2 = (detractors + 0.75) / n2;
  const se2 = Math.sqrt(Math.max(0, p2 + d2 - (p2 - d2) ** 2) / n2);
  const centre = p2 - d2;

  return {
    responses: n,
    promoters,
    passives,
    detractors,
    promoterShare: p,
    passiveShare: passives / n,
    detractorShare: d,
    nps: ((promoters - detractors) * 100) / n,
    marginOfError: Z95 * Math.sqrt(variance / n) * 100,
    interval95: [clip((centre - Z95 * se2) * 100), clip((centre + Z95 * se2) * 100)],
    smallSample: n < SMALL_SAMPLE,
  };
}

/** Counts the buckets of valid scores. Throws a RangeError on a score that is not a whole 0–10. */
export function countBuckets(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) addScore(counts, score);
  return counts;
}

/** Adds one valid score to the counts (in place). Throws a RangeError on an invalid score. */
export function addScore(counts: NpsCounts, score: number): void {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(`An NPS score is a whole number from 0 to 10: ${score}`);
  }
  if (score >= 9) counts.promoters++;
  else if (score >= 7) counts.passives++;
  else counts.detractors++;
}

/**
 * The NPS summary of valid scores (whole numbers 0–10, as `classifyScore` gives them; blank and
 * invalid answers are left out by the caller). See `summaryFromCounts` for the formulas.
 * Throws a RangeError on a score that is not a whole number from 0 to 10.
 */
export function npsSummary(scores: readonly number[]): NpsSummary {
  return summaryFromCounts(countBuckets(scores));
}
