import path from 'node:path';
import { PROJECT_ROOT } from '../localHost';
import { DEPLOYMENT_MODES, type DeploymentMode } from '../services/deploymentTriggerRules';
import type { PlaygroundOptions } from './startPlayground';

export const DEFAULT_PORT = 5178;
export const DEFAULT_WORKBOOK = path.join(PROJECT_ROOT, '.playground', 'workbook.json');

export const USAGE = `Usage: node build/playground.cjs [--port N] [--workbook FILE] [--mode MODE] [--no-open]
  --port N         port on 127.0.0.1 (default: $PORT or ${DEFAULT_PORT}; 0 picks a free one)
  --workbook FILE  the local workbook file to load and save (default: .playground/workbook.json)
  --mode MODE      how the add-on is deployed: bound (default), addon-test or addon
  --no-open        do not open a browser (nor when $CI is set)`;

function portNumber(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`Not a port number: "${text}".\n${USAGE}`);
  return port;
}

function deploymentMode(text: string): DeploymentMode {
  if (!(DEPLOYMENT_MODES as readonly string[]).includes(text)) throw new Error(`Not a deployment mode: "${text}" (bound, addon-test or addon).\n${USAGE}`);
  return text as DeploymentMode;
}

/** The command line and environment as playground options; `null` when help was asked for. */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): PlaygroundOptions | null {
  const options: PlaygroundOptions = {
    port: env.PORT ? portNumber(env.PORT) : DEFAULT_PORT,
    workbookFile: DEFAULT_WORKBOOK,
    open: !env.CI,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value.\n${USAGE}`);
      return next;
    };
    if (flag === '--port') options.port = portNumber(value());
    else if (flag === '--workbook') options.workbookFile = path.resolve(value());
    else if (flag === '--mode') options.mode = deploymentMode(value());
    else if (flag === '--no-open') options.open = false;
    else if (flag === '--help' || flag === '-h') return null;
    else throw new Error(`Unknown option ${flag}.\n${USAGE}`);
  }
  return options;
}
