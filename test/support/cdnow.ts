/** The CDNOW sample (test/fixtures/cdnow, see its README) as purchases, and the papers' calibration end. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Purchase } from '../../src/core/predict/purchaseHistories';
import type { CohortCustomer } from '../../src/core/predict/tracking';

const FIXTURE = path.join('test', 'fixtures', 'cdnow', 'cdnow-purchases.csv');

/** The fixture, found from this file's folder upwards: jest runs it from test/support, the benchmarks bundled into build/bench. */
function fixturePath(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, FIXTURE))) return path.join(dir, FIXTURE);
    if (path.dirname(dir) === dir) throw new Error(`${FIXTURE} not found above ${__dirname}`);
  }
}
const DAY_MS = 86_400_000;

export const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** Day 0 of the papers' weeks: the first day of 1997. */
export const CDNOW_START = dayOf('1997-01-01');
/** The 39-week calibration ends on 1997-09-30 (day 272 of the year, so T = 38.86 weeks for a 1 January customer). */
export const CDNOW_CALIBRATION_END = dayOf('1997-09-30');

export const CDNOW_FILE = fixturePath();

export function cdnowPurchases(): Purchase[] {
  const [, ...lines] = readFileSync(CDNOW_FILE, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [customer, date, amount] = line.split(',') as [string, string, string];
    return { customer, day: dayOf(date), amount: Number(amount) };
  });
}

/** Each customer's first purchase day and repeat transaction days (one a day), for the tracking plot. */
export function cohortOf(purchases: readonly Purchase[]): CohortCustomer[] {
  const days = new Map<string, Set<number>>();
  for (const { customer, day } of purchases) days.set(customer, (days.get(customer) ?? new Set()).add(day));
  return [...days.values()].map((set) => {
    const sorted = [...set].sort((x, y) => x - y);
    return { firstDay: sorted[0]!, repeatDays: sorted.slice(1) };
  });
}
