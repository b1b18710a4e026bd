/**
 * The command line shared by every command: the input file first, then options. Parsed with
 * Node's util.parseArgs in strict mode; its errors become one-line usage errors.
 */
import { parseArgs } from 'node:util';
import { usageError } from './cliErrors';
import { DEPLOYMENT_MODES, type DeploymentMode } from '../services/deploymentTriggerRules';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** How the value is shown in help: `--output FILE`. */
  valueName?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** Options every command understands. A command picks the others it needs from OUTPUT_OPTIONS. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', description: 'print one JSON object on stdout and nothing else' },
  lang: {
    type: 'string',
    valueName: 'xx',
    description: 'language of the report: en, ru, kk, mn, fa or zh (default: from LC_ALL, LC_MESSAGES or LANG)',
  },
  mode: { type: 'string', valueName: 'MODE', description: 'run the add-on as deployed: bound (default), addon-test or addon (decides which triggers it may make)' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  debug: { type: 'boolean', description: 'on an unexpected error, show where it happened' },
} satisfies OptionSpecs;

/** For commands that write a file: the format follows the extension. */
export const OUTPUT_OPTIONS = {
  output: { type: 'string', short: 'o', valueName: 'FILE', description: 'write the result to FILE (.csv, .tsv, .txt or .xlsx)' },
} satisfies OptionSpecs;

export interface CommandSpec {
  name: string;
  /** One line for `clientele --help`. */
  summary: string;
  /** Arguments after the command name, e.g. `FILE [--json] [--lang xx]`. */
  usage: string;
  options: OptionSpecs;
  /** Paragraphs shown under the usage line in the command's help. */
  details?: string;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface ParsedCommandLine {
  values: OptionValues;
  positionals: string[];
}

const seeHelp = (spec: CommandSpec) => `see clientele ${spec.name} --help`;

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
      throw usageError(`unknown option: ${quotedOption(message)} (${seeHelp(spec)})`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = quotedOption(message);
      const takesValue = spec.options[option.replace(/^-+/, '')]?.type === 'string' || /argument (missing|is ambiguous)/.test(message);
      throw usageError(takesValue ? `option ${option} needs a value (${seeHelp(spec)})` : `option ${option} takes no value (${seeHelp(spec)})`);
    }
    throw error;
  }
}

/** The one input file a command takes: exactly one positional argument. */
export function inputFileArgument(spec: CommandSpec, positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (file === undefined) throw usageError(`${spec.name} needs a file: clientele ${spec.name} ${spec.usage}`);
  if (extra.length > 0) throw usageError(`too many arguments: ${extra.join(' ')} (${seeHelp(spec)})`);
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

export function commandHelp(spec: CommandSpec): string {
  const entries = Object.entries(spec.options).map(([name, option]) => [optionLabel(name, option), option.description] as const);
  const width = Math.max(...entries.map(([label]) => label.length));
  const lines = [
    `Usage: clientele ${spec.name} ${spec.usage}`,
    '',
    spec.summary,
    ...(spec.details ? ['', spec.details] : []),
    '',
    'Options:',
    ...entries.map(([label, description]) => `  ${label.padEnd(width)}  ${description}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `--region CC`: the default country, two letters (upper-cased), or undefined when not given. */
export function regionOption(values: OptionValues): string | undefined {
  const region = stringOption(values, 'region')?.toUpperCase();
  if (region !== undefined && !/^[A-Z]{2}$/.test(region)) throw usageError(`--region takes a two-letter country code such as KZ, found "${region}"`);
  return region;
}

/** `--mode MODE`: how the add-on is deployed on the local host (default bound). */
export function modeOption(values: OptionValues): DeploymentMode {
  const mode = stringOption(values, 'mode') ?? 'bound';
  if (!(DEPLOYMENT_MODES as readonly string[]).includes(mode)) throw usageError(`--mode takes bound, addon-test or addon, found "${mode}"`);
  return mode as DeploymentMode;
}
