import type { Command } from './commands/command';
import { cleanCommand } from './commands/clean';
import { dedupeCommand } from './commands/dedupe';
import { demoCommand } from './commands/demo';
import { npsCommand } from './commands/nps';
import { infoCommand } from './commands/info';
import { importCommand } from './commands/import';
import { segmentsCommand } from './commands/segments';
import { todayCommand } from './commands/today';
import { predictCommand } from './commands/predict';
import { historyCommand } from './commands/history';
import { cardCommand } from './commands/card';
import { quarantineCommand } from './commands/quarantine';

/** Every command, in the order `clientele --help` lists them. */
export const COMMANDS: readonly Command[] = [infoCommand, cleanCommand, dedupeCommand, npsCommand, demoCommand, segmentsCommand, predictCommand, importCommand, quarantineCommand, historyCommand, cardCommand, todayCommand];
