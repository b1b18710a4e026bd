/**
 * Errors a user can act on, as opposed to bugs. The CLI prints a CliError as one line
 * (`clientele: <message>`) and never its stack; anything else is unexpected and gets one
 * line plus a hint to rerun with --debug, which prints the stack.
 */
export class CliError extends Error {
  /** 1: the input cannot be used; 2: the command line is wrong. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A wrong command line: unknown command or option, missing or extra argument. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

export interface ErrorOutput {
  write(chunk: string): unknown;
}

/** Writes what went wrong to stderr and returns the exit code. */
export function reportFailure(error: unknown, stderr: ErrorOutput, debug: boolean): number {
  if (error instanceof CliError) {
    stderr.write(`clientele: ${oneLine(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debug) {
    stderr.write(`clientele: unexpected error: ${oneLine(message)}\n`);
    stderr.write(`${error instanceof Error && error.stack ? error.stack : message}\n`);
  } else {
    stderr.write(`clientele: unexpected error: ${oneLine(message)} (run again with --debug to see where)\n`);
  }
  return 1;
}

/** Messages quoted from files or libraries may hold line breaks; the error stays one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The file has no sheet whose header row looks like a customer list. */
export function noCustomerSheet(file: string): CliError {
  return new CliError(`no sheet in ${file} looks like a customer list (row 1 needs column names such as Name, Email or Phone)`);
}
