import type { ServiceCallCounter } from './hostContext';
import { checkSignature, registerKind } from './methodSignatures';

/**
 * Wraps an object handed to script code so that every method call is counted as
 * `Kind.method`. Calls the implementation makes on itself are not counted: only
 * what a script pays for in Apps Script shows up. Each call is first checked against the
 * method's Java signatures, as Apps Script resolves it (methodSignatures.ts); the counter then
 * hands it, with its arguments and answer, to the execution's time accounting (cells read and
 * written, bytes moved).
 */
export function counted<T extends object>(kind: string, target: T, counter: ServiceCallCounter): T {
  const handle = new Proxy(target, {
    get(obj, property, receiver) {
      const value = Reflect.get(obj, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => {
        checkSignature(kind, property, args);
        return counter.call(`${kind}.${property}`, args, () => (value as (...a: unknown[]) => unknown).apply(obj, args));
      };
    },
  });
  registerKind(handle, kind);
  return handle;
}
