// Every test may load the real build (dist/Code.js, dist/Sidebar.html): build once before the run.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { findChromium } = require('../scripts/chromium.cjs');

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs'), '--quiet'], {
    stdio: 'inherit',
  });
  // Without Debian's Chromium, the browser tests use the one from npm: unpack it once here, not in each worker.
  findChromium();
};
