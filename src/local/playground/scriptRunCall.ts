import { checkScriptRunArguments, scriptRunResult } from '../scriptRunBridge';
import type { PlaygroundSession } from './playgroundSession';
import type { ScriptRunResponse } from './playgroundView';

/** How the sidebar's bridge marks a value JSON cannot carry, so the server refuses it as Google does. */
export const ILLEGAL_MARK = '$clienteleIllegal';

/** Turns the bridge's marks back into a Date or a function, which checkScriptRunArguments then refuses. */
function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value === null || typeof value !== 'object') return value;
  const mark = (value as Record<string, unknown>)[ILLEGAL_MARK];
  if (mark === 'Date') return new Date(0);
  if (mark === 'function') return () => undefined;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, revive(item)]));
}

/**
 * One google.script.run call from the sidebar, by Google's rules: only legal arguments
 * cross, a function whose name ends in "_" is private to the server, and the page gets
 * plain JSON back (a Date becomes null) or the error's message.
 */
export function runScriptCall(session: PlaygroundSession, name: unknown, rawArgs: unknown): ScriptRunResponse {
  try {
    if (typeof name !== 'string' || name === '' || name.endsWith('_')) throw new Error(`Script function not found: ${String(name)}`);
    const args = Array.isArray(rawArgs) ? rawArgs.map(revive) : [];
    checkScriptRunArguments(args);
    const value = session.host.run(name, ...args);
    return { ok: true, value: scriptRunResult(value) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
