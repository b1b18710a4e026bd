/**
 * The largest and smallest of many numbers, in a loop: `Math.max(...column)` passes every value
 * as an argument, and a column of 100,000 rows overflows the call stack.
 */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let result = floor;
  for (const value of values) if (value > result) result = value;
  return result;
}

export function smallest(values: Iterable<number>, ceiling = Infinity): number {
  let result = ceiling;
  for (const value of values) if (value < result) result = value;
  return result;
}
