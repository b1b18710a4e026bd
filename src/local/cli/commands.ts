import type { Command } from './commands/command';
import { demoCommand } from './commands/demo';
import { infoCommand } from './commands/info';

/** Every command, in the order `clientele --help` lists them. */
export const COMMANDS: readonly Command[] = [infoCommand, demoCommand];
