import type { CommandSpec } from '../arguments';
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
  /** Runs with the arguments after the command's name; returns the exit code or throws a CliError. */
  run(args: readonly string[], io: CommandIO): Promise<number>;
}
