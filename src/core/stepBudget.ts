/**
 * The time budget of one step of a long job (a backup, a restore, Recalculate totals), made of
 * units of similar size (parts, blocks of rows). Checking only "is there time left?" before a
 * unit lets the step run past its budget by a whole unit; so the step also expects the next unit
 * to take as long as the longest one so far, and stops when that would not end on time (a
 * budget of 0 does one unit a step, whatever the clock says). Pure: the caller gives the clock (in Apps Script, Date.now(),
 * which is real time: a slower server makes a step do less, never run longer).
 */
export interface StepBudget {
  /** Whether another unit is expected to end within the budget (the first always starts). */
  roomForAnother(): boolean;
  /** Call when a unit is done, to learn how long units take. */
  unitDone(): void;
  /** Call when the work that comes before the units is done (reading what they all need): it spends the budget but is no unit's length. */
  unitsBegin(): void;
}

export function stepBudget(milliseconds: number, now: () => number): StepBudget {
  const started = now();
  let unitStarted = started;
  let longestUnit = 0;
  let units = 0;
  return {
    roomForAnother: () => units === 0 || now() - started + longestUnit < milliseconds,
    unitDone: () => {
      const at = now();
      longestUnit = Math.max(longestUnit, at - unitStarted);
      unitStarted = at;
      units += 1;
    },
    unitsBegin: () => {
      unitStarted = now();
    },
  };
}
