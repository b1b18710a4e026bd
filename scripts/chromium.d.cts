/** Types of scripts/chromium.cjs, for the TypeScript tests. */
export interface ChromiumChoice {
  /** What was chosen, for messages: a path, or the npm package and its version. */
  source: string;
  executablePath: string;
  env: NodeJS.ProcessEnv;
}
export function findChromium(): ChromiumChoice;
export const CHROMIUM_ARGS: string[];
