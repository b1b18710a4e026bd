import type { ServiceCallCounter } from './hostContext';
import { checkSignature, registerKind } from './methodSignatures';

/**
 * Wraps an object handed to script code so that every method call is counted as
 * `Kind.method`. Calls the implementation makes on itself are not counted: only
 * what a script pays for in Apps Script shows up. Each call is first checked against the
 * method's Java signatures, as Apps Script resolves it (methodSignatures.ts).
 */
export function counted<T extends object>(kind: string, target: T, counter: ServiceCallCounter): T {
  const handle = new Proxy(target, {
    get(obj, property, receiver) {
      const value = Reflect.get(obj, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => {
        checkSignature(kind, property, args);
        counter.record(`${kind}.${property}`);
        return (value as (...a: unknown[]) => unknown).apply(obj, args);
      };
    },
  });
  registerKind(handle, kind);
  return handle;
}
