import type { ServiceCallCounter } from './hostContext';

/**
 * Wraps an object handed to script code so that every method call is counted as
 * `Kind.method`. Calls the implementation makes on itself are not counted: only
 * what a script pays for in Apps Script shows up. The counter also hands each call, with its
 * arguments and answer, to the execution's time accounting (cells read and written, bytes moved).
 */
export function counted<T extends object>(kind: string, target: T, counter: ServiceCallCounter): T {
  return new Proxy(target, {
    get(obj, property, receiver) {
      const value = Reflect.get(obj, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => counter.call(`${kind}.${property}`, args, () => (value as (...a: unknown[]) => unknown).apply(obj, args));
    },
  });
}
