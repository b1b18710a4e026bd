process.stderr.write('The playground is being built.\n');
process.exitCode = 1;
