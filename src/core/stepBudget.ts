/**
 * The time budget of one step of a long job (a backup, a restore), made of units of similar
 * size (parts). Checking only "is there time left?" before a unit lets the step run past its
 * budget by a whole unit; so the step also expects the next unit to take as long as the
 * longest one so far, and stops when that would not end on time. Pure: the caller gives the
 * clock (in Apps Script, Date.now(), which is real time: a slower server makes a step do less,
 * never run longer).
 */
export interface StepBudget {
  /** Whether another unit is expected to end within the budget (the first always starts). */
  roomForAnother(): boolean;
  /** Call when a unit is done, to learn how long units take. */
  unitDone(): void;
}

export function stepBudget(milliseconds: number, now: () => number): StepBudget {
  const started = now();
  let unitStarted = started;
  let longestUnit = 0;
  let units = 0;
  return {
    roomForAnother: () => units === 0 || now() - started + longestUnit <= milliseconds,
    unitDone: () => {
      const at = now();
      longestUnit = Math.max(longestUnit, at - unitStarted);
      unitStarted = at;
      units += 1;
    },
  };
}
