import { stepBudget } from '../../src/core/stepBudget';

/** A clock the test moves: the budget is decided by it alone. */
function clock(): { now: () => number; pass: (ms: number) => void } {
  let at = 1_000;
  return { now: () => at, pass: (ms) => void (at += ms) };
}

/** Units of `unitMs` after `beforeMs` of work before them, until the budget says no: how many ran. */
function unitsRun(budgetMs: number, beforeMs: number, unitMs: number, begin: boolean): number {
  const time = clock();
  const budget = stepBudget(budgetMs, time.now);
  time.pass(beforeMs);
  if (begin) budget.unitsBegin();
  let units = 0;
  while (units < 100 && budget.roomForAnother()) {
    time.pass(unitMs);
    budget.unitDone();
    units += 1;
  }
  return units;
}

describe('the time budget of a step', () => {
  it.each([
    // budget, work before the units, unit, whether that work is marked as not a unit, units run
    // A unit that would end exactly at the budget does not start.
    [60_000, 0, 10_000, true, 5],
    [60_000, 20_000, 5_000, true, 7],
    // Unmarked, the work before counts in the first unit's length: the step expects 25 s units.
    [60_000, 20_000, 5_000, false, 3],
    // The first unit always runs, even past the budget; a budget of 0 is one unit a step.
    [10_000, 0, 30_000, true, 1],
    [0, 0, 0, true, 1],
  ])('of %i ms, after %i ms of reading, with units of %i ms (marked: %s), runs %i units', (budgetMs, beforeMs, unitMs, begin, expected) => {
    expect(unitsRun(budgetMs, beforeMs, unitMs, begin)).toBe(expected);
  });
});
