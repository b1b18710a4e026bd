process.stderr.write('clientele: the CLI is being built.\n');
process.exitCode = 1;
