import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { LocalHost, PROJECT_ROOT } from './localHost';

export const BUILT_CODE = path.join(PROJECT_ROOT, 'dist', 'Code.js');

/**
 * Loads the add-on exactly as clasp pushes it (dist/Code.js) into a fresh vm context that
 * holds only the host's Apps Script services, and binds its top-level functions as the
 * host's entry points. The playground and the CLI run the add-on this way, never from the
 * TypeScript sources, so what they show is what Google will run. `withoutIntl` removes the
 * global `Intl`, which Google does not document for Apps Script, to prove the add-on does
 * not depend on it.
 */
export function loadBuiltAddon(host: LocalHost, codeFile = BUILT_CODE, { withoutIntl = false } = {}): vm.Context {
  let code: string;
  try {
    code = readFileSync(codeFile, 'utf8');
  } catch {
    throw new Error(`${path.relative(process.cwd(), codeFile)} is missing: run \`npm run build\` first.`);
  }
  // Services and script share one realm in Apps Script, so a Date from getValues() is a Date to the
  // script: the host's Date (scriptClock.ts) makes this realm's Dates. Its clock is Apps Script's:
  // the host's clock plus the cost model's estimate of the running execution so far
  // (executionTime.ts), so a step that budgets its own time stops where it would on Google.
  const context = vm.createContext({ ...host.globals(), Date: host.estimatedScriptDate });
  if (withoutIntl) vm.runInContext('delete globalThis.Intl', context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  // Apps Script loads the whole project at the start of every execution: its size is part of the cost.
  host.executionTime.codeMegabytes = Buffer.byteLength(code, 'utf8') / 2 ** 20;
  host.bindEntryPoints(context);
  return context;
}
