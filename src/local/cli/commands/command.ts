import type { CommandSpec, ParsedCommandLine } from '../arguments';
import type { ProgressStream } from '../progress';

/** Where a command writes and what it knows of its environment: process's, or a test's. */
export interface CommandIO {
  stdout: { write(chunk: string): unknown };
  /** Errors are reported by the caller; commands write only progress here. */
  stderr: ProgressStream;
  env: Readonly<Record<string, string | undefined>>;
}

export interface Command {
  spec: CommandSpec;
  /** Runs with its parsed command line (help is answered before); returns the exit code or throws a CliError. */
  run(commandLine: ParsedCommandLine, io: CommandIO): Promise<number>;
}
