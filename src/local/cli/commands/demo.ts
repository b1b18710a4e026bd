/**
 * `clientele demo [DIR]`: writes the bundled demo customers (the playground's workbook) as
 * customers.csv and customers.xlsx, so that a newcomer has files to try the other commands on.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeDemoFiles } from '../../demo/writeDemoFiles';
import { COMMON_OPTIONS, flagOption, type CommandSpec, type ParsedCommandLine } from '../arguments';
import { CliError, usageError } from '../cliErrors';
import type { Command, CommandIO } from './command';

const DEMO_FILES = ['customers.csv', 'customers.xlsx'];

const spec: CommandSpec = {
  name: 'demo',
  summary: 'sumDemo',
  usage: '[DIR] [--json]',
  options: { json: COMMON_OPTIONS.json, help: COMMON_OPTIONS.help, debug: COMMON_OPTIONS.debug },
  details: 'detDemo',
};

async function run({ values, positionals }: ParsedCommandLine, io: CommandIO): Promise<number> {
  if (positionals.length > 1) throw usageError('errTooManyArguments', { extra: positionals.slice(1).join(' '), help: 'clientele demo --help' });
  const dir = positionals[0] ?? 'clientele-demo';
  const files = DEMO_FILES.map((name) => path.join(dir, name));
  const existing = files.find((file) => existsSync(file));
  if (existing) throw new CliError('errFolderExists', { file: existing });
  await writeDemoFiles(dir);
  io.stdout.write(flagOption(values, 'json') ? `${JSON.stringify({ files })}\n` : `${files.join('\n')}\n`);
  return 0;
}

export const demoCommand: Command = { spec, run };
