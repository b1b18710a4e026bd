/**
 * Typed google.script.run: `server.getSidebarState()` returns a Promise of what the
 * server function of that name returns. The names and types come from the server's
 * entry-point module, so renaming a server function breaks this file's compilation.
 */
import type * as EntryPoints from '../server/main';

type Api = typeof EntryPoints;

export type ServerApi = {
  [Name in keyof Api]: Api[Name] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

function call(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

export const server = new Proxy({} as ServerApi, {
  get: (_target, name) => (...args: unknown[]) => call(String(name), args),
});
