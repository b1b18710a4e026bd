/** The realm's own Date, taken before any host installs its clock as the global Date. */
const RealDate = Date;

/**
 * The script's Date: Apps Script's own in every way, except that "now" (`new Date()`, `Date()`,
 * `Date.now()`) reads the host's clock, so that time a test or the playground lets pass is time
 * the add-on sees, as on Google where the script's clock is the world's. The dates it makes are
 * real Dates of this realm: a Date from getValues() is `instanceof` it, as in Apps Script.
 */
export function scriptDate(now: () => Date): DateConstructor {
  const proxy: DateConstructor = new Proxy(RealDate, {
    construct: (target, args: unknown[], newTarget) => Reflect.construct(target, args.length === 0 ? [now().getTime()] : args, newTarget === proxy ? target : newTarget) as object,
    apply: () => new RealDate(now().getTime()).toString(),
    get: (target, property, receiver) => (property === 'now' ? () => now().getTime() : Reflect.get(target, property, receiver) as unknown),
  });
  return proxy;
}
