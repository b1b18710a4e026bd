/**
 * `clientele <command> FILE [options]`: finds the command and runs it, turning every error into
 * one line on stderr and an exit code (0 done, 1 the input cannot be used, 2 wrong command line).
 */
import { version } from '../../../package.json';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import { commandHelp, flagOption, parseCommandLine } from './arguments';
import { reportFailure, usageError } from './cliErrors';
import { COMMANDS } from './commands';
import type { CommandIO } from './commands/command';
import { languageOfArguments } from './language';

function overallHelp(text: Messages): string {
  const width = Math.max(...COMMANDS.map(({ spec }) => spec.name.length));
  return [
    `${text.helpUsage} clientele <command> FILE [options]`,
    '',
    text.helpIntro,
    '',
    text.helpCommands,
    ...COMMANDS.map(({ spec }) => `  ${spec.name.padEnd(width)}  ${text[spec.summary]}`),
    '',
    text.helpOptions,
    `  -h, --help     ${text.helpShowsCommand}`,
    `      --version  ${text.helpVersion}`,
    `      --lang xx  ${text.optLang}`,
    `      --debug    ${text.optDebug}`,
    '',
    text.helpLanguageAndStatus,
    '',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug');
  const language = languageOfArguments(argv, io.env);
  const text = messagesFor(language);
  try {
    // --debug may come before the command too: `clientele --debug info x.csv`.
    const leadingDebug = argv[0] === '--debug';
    const [first, ...afterCommand] = leadingDebug ? argv.slice(1) : argv;
    const rest = leadingDebug ? [...afterCommand, '--debug'] : afterCommand;
    // `clientele --lang ru --help`: the language may come first, before the help it asks for.
    if (first === undefined || first === '--help' || first === '-h' || (first === '--lang' && ['--help', '-h', undefined].includes(rest[1]))) {
      io.stdout.write(overallHelp(text));
      return 0;
    }
    if (first === '--version') {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    if (first === 'help' && rest[0] !== undefined && !rest[0].startsWith('-')) {
      const command = COMMANDS.find(({ spec }) => spec.name === rest[0]);
      if (!command) throw usageError('errUnknownCommand', { command: rest[0] });
      io.stdout.write(commandHelp(command.spec, text));
      return 0;
    }
    if (first === 'help') {
      io.stdout.write(overallHelp(text));
      return 0;
    }
    if (first.startsWith('-')) throw usageError('errUnknownOption', { option: first, help: 'clientele --help' });
    const command = COMMANDS.find(({ spec }) => spec.name === first);
    if (!command) throw usageError('errUnknownCommand', { command: first });
    const commandLine = parseCommandLine(command.spec, rest);
    if (flagOption(commandLine.values, 'help')) {
      io.stdout.write(commandHelp(command.spec, text));
      return 0;
    }
    return await command.run(commandLine, io);
  } catch (error) {
    return reportFailure(error, io.stderr, debug, language);
  }
}
