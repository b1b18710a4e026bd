/**
 * `Faithful<T, K>`: the methods K of the real Apps Script interface T, with the
 * real parameter types. Return types that are other Apps Script objects become
 * `unknown`, so a local class can return its own local counterpart while its
 * arguments and plain results (values, strings, numbers) still match Google's types.
 */
type Plain = string | number | boolean | null | undefined | void | Date | unknown[];

type LocalReturn<R> = R extends Plain ? R : unknown;

export type Faithful<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => LocalReturn<R> : T[P];
};
