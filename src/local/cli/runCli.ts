/**
 * `clientele <command> FILE [options]`: finds the command and runs it, turning every error into
 * one line on stderr and an exit code (0 done, 1 the input cannot be used, 2 wrong command line).
 */
import { version } from '../../../package.json';
import { commandHelp, flagOption, parseCommandLine } from './arguments';
import { reportFailure, usageError } from './cliErrors';
import { COMMANDS } from './commands';
import type { CommandIO } from './commands/command';

function overallHelp(): string {
  const width = Math.max(...COMMANDS.map(({ spec }) => spec.name.length));
  return [
    'Usage: clientele <command> FILE [options]',
    '',
    'Runs the Clientele add-on on a customer file (.csv, .tsv, .txt or .xlsx) instead of a Google Sheet.',
    '',
    'Commands:',
    ...COMMANDS.map(({ spec }) => `  ${spec.name.padEnd(width)}  ${spec.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help; clientele <command> --help shows a command\'s options',
    '      --version  show the version',
    '      --debug    on an unexpected error, show where it happened',
    '',
    'The language of reports comes from --lang or from LC_ALL, LC_MESSAGES or LANG',
    '(en, ru, kk, mn, fa, zh). Exit status: 0 done, 1 the file cannot be used, 2 wrong command line.',
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    // --debug may come before the command too: `clientele --debug info x.csv`.
    const leadingDebug = argv[0] === '--debug';
    const [first, ...afterCommand] = leadingDebug ? argv.slice(1) : argv;
    const rest = leadingDebug ? [...afterCommand, '--debug'] : afterCommand;
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout.write(overallHelp());
      return 0;
    }
    if (first === '--version') {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    if (first === 'help' && rest[0] !== undefined && !rest[0].startsWith('-')) {
      const command = COMMANDS.find(({ spec }) => spec.name === rest[0]);
      if (!command) throw usageError(`unknown command: ${rest[0]} (see clientele --help)`);
      io.stdout.write(commandHelp(command.spec));
      return 0;
    }
    if (first === 'help') {
      io.stdout.write(overallHelp());
      return 0;
    }
    if (first.startsWith('-')) throw usageError(`unknown option: ${first} (see clientele --help)`);
    const command = COMMANDS.find(({ spec }) => spec.name === first);
    if (!command) throw usageError(`unknown command: ${first} (see clientele --help)`);
    const commandLine = parseCommandLine(command.spec, rest);
    if (flagOption(commandLine.values, 'help')) {
      io.stdout.write(commandHelp(command.spec));
      return 0;
    }
    return await command.run(commandLine, io);
  } catch (error) {
    return reportFailure(error, io.stderr, debug);
  }
}
