#!/usr/bin/env node
// The `clientele` command: the CLI is built into build/cli.cjs by `npm run build` (run by `npm install`).
require('../build/cli.cjs');
