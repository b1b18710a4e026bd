/** The `clientele` command (bin/clientele.cjs loads the bundle of this file, build/cli.cjs). */
import { runCli } from './runCli';

// `clientele info big.csv | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then((code) => {
  process.exitCode = code;
});
