// The Chromium that browser tests and the screenshot script drive, so that `npm install && npm test`
// needs no browser installed by hand:
//   - $CHROMIUM=/path/to/chromium: that one;
//   - else Debian's /usr/bin/chromium when present (`apt-get install chromium`, with the system's fonts);
//   - else, or with $CHROMIUM=npm, the Chromium that comes inside the devDependency @sparticuz/chromium:
//     a headless shell for Linux x64 with the NSS libraries it links and one font (Open Sans: Latin,
//     Greek and Cyrillic; no Arabic-script or CJK glyphs). It is unpacked once, from the package's
//     brotli files, into node_modules/.cache/clientele-chromium/<version>/ (about 210 MB, 2 s).
// Only the package's files are used, not its JavaScript (written for Lambda: it unpacks into /tmp).
const { brotliDecompressSync } = require('node:zlib');
const fs = require('node:fs');
const path = require('node:path');

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The regular files of an uncompressed tar archive (ustar, as the package's archives are), by path. */
function* tarFiles(archive) {
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return;
    const field = (start, length) => header.subarray(start, start + length).toString('latin1').replace(/\0.*$/s, '');
    const name = field(345, 155) ? `${field(345, 155)}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if (type === '0' || type === '') yield { name, content: archive.subarray(offset + 512, offset + 512 + size) };
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** Only the bundled fonts, whatever the machine has: pages render the same on every machine. */
function fontsConf(target) {
  return `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${path.join(target, 'fonts')}</dir>\n  <cachedir>${path.join(target, 'font-cache')}</cachedir>\n</fontconfig>\n`;
}

/** Unpacks the package's browser into `target` (written beside it, then renamed, so a half-unpacked one is never used). */
function unpack(bin, target) {
  const partial = `${target}.${process.pid}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  fs.writeFileSync(path.join(partial, 'chromium'), brotliDecompressSync(fs.readFileSync(path.join(bin, 'chromium.br'))), { mode: 0o755 });
  // al2023.tar.br holds lib/: the NSS, NSPR and expat libraries the binary links, so none come from the
  // system; fonts.tar.br holds fonts/.
  for (const archive of ['al2023.tar.br', 'fonts.tar.br']) {
    for (const { name, content } of tarFiles(brotliDecompressSync(fs.readFileSync(path.join(bin, archive))))) {
      if (name === 'fonts.conf') continue; // Its folders are Lambda's; ours is written below.
      const file = path.join(partial, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  fs.writeFileSync(path.join(partial, 'fonts.conf'), fontsConf(target));
  try {
    fs.renameSync(partial, target);
  } catch (error) {
    // Another test worker unpacked it first: theirs is as good.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(path.join(target, 'chromium'))) throw error;
  }
}

function npmChromium() {
  let entry;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error('No Chromium: /usr/bin/chromium is missing and so is the devDependency @sparticuz/chromium (run npm install), or set CHROMIUM=/path/to/chromium.');
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`No Chromium: @sparticuz/chromium ships one for Linux x64 only, this is ${process.platform} ${process.arch}; install Chromium and set CHROMIUM=/path/to/chromium.`);
  }
  const packageDir = path.join(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  // The real path of node_modules: a checkout reached through a link (a git worktree sharing another
  // checkout's node_modules) unpacks to, and names in fonts.conf, the same folder.
  const target = path.join(fs.realpathSync(path.join(packageDir, '..', '..')), '.cache', 'clientele-chromium', version);
  if (!fs.existsSync(path.join(target, 'chromium'))) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    unpack(path.join(packageDir, 'bin'), target);
  }
  // Unpacked where the folder was reached by another path (or before the checkout moved): its fonts.conf is made again.
  const conf = path.join(target, 'fonts.conf');
  if (fs.readFileSync(conf, 'utf8') !== fontsConf(target)) fs.writeFileSync(conf, fontsConf(target));
  const libraries = [path.join(target, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    source: `@sparticuz/chromium ${version}`,
    executablePath: path.join(target, 'chromium'),
    env: { ...process.env, LD_LIBRARY_PATH: libraries, FONTCONFIG_FILE: path.join(target, 'fonts.conf') },
  };
}

/** `{ source, executablePath, env }` for playwright's `chromium.launch`. */
function findChromium() {
  const chosen = process.env.CHROMIUM;
  if (chosen && chosen !== 'npm') return { source: chosen, executablePath: chosen, env: process.env };
  if (chosen !== 'npm' && fs.existsSync(SYSTEM_CHROMIUM)) return { source: SYSTEM_CHROMIUM, executablePath: SYSTEM_CHROMIUM, env: process.env };
  return npmChromium();
}

/** Headless, reaching nothing on the network (the machine has none: Chromium's background requests would only fail). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

module.exports = { findChromium, CHROMIUM_ARGS };
