/**
 * Errors a user can act on, as opposed to bugs. The CLI prints a CliError as one line
 * (`clientele: <message>`) in the user's language and never its stack; anything else is
 * unexpected and gets one line plus a hint to rerun with --debug, which prints the stack.
 */
import type { cliErrorMessages } from '../../core/i18n/cliErrorMessages';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Language } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';

export type CliErrorKey = keyof (typeof cliErrorMessages)['en'];
export type CliErrorValues = Record<string, string | number>;

export class CliError extends Error {
  /** 1: the input cannot be used; 2: the command line is wrong. */
  readonly exitCode: number;
  private readonly told: (language: Language) => string;

  /**
   * The message is kept as a key and its values, so it is told in the language the CLI speaks
   * (`message` is the English); `{ told }` tells it in any language (a file reader's refusal);
   * `{ text }` is a message already in the user's language (the add-on's own) or one only a
   * library can word.
   */
  constructor(message: CliErrorKey | { text: string } | { told: (language: Language) => string }, values: CliErrorValues = {}, exitCode = 1) {
    const told =
      typeof message === 'string' ? (language: Language) => formatMessage(messagesFor(language)[message], values) : 'told' in message ? message.told : () => message.text;
    super(told('en'));
    this.name = 'CliError';
    this.told = told;
    this.exitCode = exitCode;
  }

  inLanguage(language: Language): string {
    return this.told(language);
  }
}

/** A wrong command line: unknown command or option, missing or extra argument. */
export function usageError(key: CliErrorKey, values: CliErrorValues = {}): CliError {
  return new CliError(key, values, 2);
}

export interface ErrorOutput {
  write(chunk: string): unknown;
}

/** Writes what went wrong to stderr, in `language`, and returns the exit code. */
export function reportFailure(error: unknown, stderr: ErrorOutput, debug: boolean, language: Language = 'en'): number {
  const text = messagesFor(language);
  if (error instanceof CliError) {
    stderr.write(`clientele: ${oneLine(error.inLanguage(language))}\n`);
    return error.exitCode;
  }
  const detail = oneLine(error instanceof Error ? error.message : String(error));
  if (debug) {
    stderr.write(`clientele: ${formatMessage(text.errUnexpected, { detail })}\n`);
    stderr.write(`${error instanceof Error && error.stack ? error.stack : detail}\n`);
  } else {
    stderr.write(`clientele: ${formatMessage(text.errUnexpectedHint, { detail })}\n`);
  }
  return 1;
}

/** Messages quoted from files or libraries may hold line breaks; the error stays one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The file has no sheet whose header row looks like a customer list. */
export function noCustomerSheet(file: string): CliError {
  return new CliError('errNoCustomerSheet', { file });
}
