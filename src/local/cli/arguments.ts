/**
 * The command line shared by every command: the input file first, then options. Parsed with
 * Node's util.parseArgs in strict mode; its errors become one-line usage errors.
 */
import { parseArgs } from 'node:util';
import { isPhoneRegion } from '../../core/cleaning/phone';
import type { cliHelpMessages } from '../../core/i18n/cliHelpMessages';
import type { Messages } from '../../core/i18n/messages';
import { usageError } from './cliErrors';
import { DEPLOYMENT_MODES, type DeploymentMode } from '../services/deploymentTriggerRules';

/** A text of the help (cliHelpMessages.ts), told in the language the CLI speaks. */
export type HelpKey = keyof (typeof cliHelpMessages)['en'];

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** How the value is shown in help: `--output FILE`. */
  valueName?: string;
  description: HelpKey;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Options every command understands. A command picks the others it needs from OUTPUT_OPTIONS. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', description: 'optJson' },
  lang: { type: 'string', valueName: 'xx', description: 'optLang' },
  mode: { type: 'string', valueName: 'MODE', description: 'optMode' },
  help: { type: 'boolean', short: 'h', description: 'optHelp' },
  debug: { type: 'boolean', description: 'optDebug' },
} satisfies OptionSpecs;

/** For commands that write a file: the format follows the extension. */
export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o', valueName: 'FILE', description: 'optOutput' },
} satisfies OptionSpecs;

export interface CommandSpec {
  name: string;
  /** One line for `clientele --help`. */
  summary: HelpKey;
  /** Arguments after the command name, e.g. `FILE [--json] [--lang xx]`. */
  usage: string;
  options: OptionSpecs;
  /** Paragraphs shown under the usage line in the command's help. */
  details?: HelpKey;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface ParsedCommandLine {
  values: OptionValues;
  positionals: string[];
}

const helpOf = (spec: CommandSpec) => `clientele ${spec.name} --help`;

/** The option a parseArgs message quotes: "Unknown option '--foo'…", "Option '-o, --output <value>' argument missing". */
function quotedOption(message: string): string {
  const options = /'((?:-\w, )?-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  return options.split(', ').pop() ?? options;
}

export function parseCommandLine(spec: CommandSpec, args: readonly string[]): ParsedCommandLine {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: spec.options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw usageError('errUnknownOption', { option: quotedOption(message), help: helpOf(spec) });
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = quotedOption(message);
      const takesValue = spec.options[option.replace(/^-+/, '')]?.type === 'string' || /argument (missing|is ambiguous)/.test(message);
      throw usageError(takesValue ? 'errNeedsValue' : 'errTakesNoValue', { option, help: helpOf(spec) });
    }
    throw error;
  }
}

/** The one input file a command takes: exactly one positional argument. */
export function inputFileArgument(spec: CommandSpec, positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError('errNeedsFile', { command: spec.name, usage: spec.usage });
  if (extra.length > 0) throw usageError('errTooManyArguments', { extra: extra.join(' '), help: helpOf(spec) });
  return file;
}

export const stringOption = (values: OptionValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

export const flagOption = (values: OptionValues, name: string): boolean => values[name] === true;

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

/** A command's help in the language of `text`: usage, summary, details and every option. */
export function commandHelp(spec: CommandSpec, text: Messages): string {
  const entries = Object.entries(spec.options).map(([name, option]) => [optionLabel(name, option), text[option.description]] as const);
  const width = Math.max(...entries.map(([label]) => label.length));
  const lines = [
    `${text.helpUsage} clientele ${spec.name} ${spec.usage}`,
    '',
    text[spec.summary],
    ...(spec.details ? ['', text[spec.details]] : []),
    '',
    text.helpOptions,
    ...entries.map(([label, description]) => `  ${label.padEnd(width)}  ${description}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `--region CC`: the default country (upper-cased), a code the phone cleaner knows, or undefined when not given. */
export function regionOption(values: OptionValues): string | undefined {
  const region = stringOption(values, 'region')?.toUpperCase();
  if (region !== undefined && !isPhoneRegion(region)) throw usageError('errRegion', { value: region });
  return region;
}

/** `--mode MODE`: how the add-on is deployed on the local host (default bound). */
export function modeOption(values: OptionValues): DeploymentMode {
  const mode = stringOption(values, 'mode') ?? 'bound';
  if (!(DEPLOYMENT_MODES as readonly string[]).includes(mode)) throw usageError('errMode', { value: mode });
  return mode as DeploymentMode;
}
