/**
 * `npm install && npm test` needs no browser installed by hand: without Debian's /usr/bin/chromium
 * (or with CHROMIUM=npm) the browser tests drive the Chromium inside the devDependency
 * @sparticuz/chromium, with the libraries and font it ships, none of the machine's.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { devDependencies } from '../../package.json';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.cjs';
import { BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const version = devDependencies['@sparticuz/chromium'];
// node_modules by its real path: a git worktree may reach another checkout's through a link.
const unpacked = path.join(realpathSync(path.join(__dirname, '..', '..', 'node_modules')), '.cache', 'clientele-chromium', version);

function withChromiumVariable<T>(value: string | undefined, body: () => T): T {
  const before = process.env.CHROMIUM;
  if (value === undefined) delete process.env.CHROMIUM;
  else process.env.CHROMIUM = value;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.CHROMIUM;
    else process.env.CHROMIUM = before;
  }
}

test.each([
  ['/opt/my-chromium/chrome', '/opt/my-chromium/chrome'],
  ['npm', path.join(unpacked, 'chromium')],
])('CHROMIUM=%s chooses %s', (variable, executable) => {
  expect(withChromiumVariable(variable, findChromium).executablePath).toBe(executable);
});

test('with CHROMIUM=npm the browser runs on the libraries and fonts of the package, and renders a page', async () => {
  const choice = withChromiumVariable('npm', findChromium);
  expect(choice.source).toBe(`@sparticuz/chromium ${version}`);
  const server = await chromium.launchServer({ executablePath: choice.executablePath, env: choice.env, args: CHROMIUM_ARGS });
  try {
    // The NSS library the browser process loaded is the package's, not the system's libnss3.
    const maps = readFileSync(`/proc/${server.process().pid}/maps`, 'utf8');
    const nss = maps.split('\n').filter((line) => line.endsWith('/libnss3.so')).map((line) => line.split(/\s+/).pop());
    expect(new Set(nss)).toEqual(new Set([path.join(unpacked, 'lib', 'libnss3.so')]));
    expect(readFileSync(choice.env.FONTCONFIG_FILE!, 'utf8')).toContain(path.join(unpacked, 'fonts'));

    const browser = await chromium.connect(server.wsEndpoint());
    expect(browser.version().split('.')[0]).toBe(version.split('.')[0]);
    const page = await browser.newPage();
    await page.setContent('<button onclick="this.textContent = \'Сохранено\'">Сохранить</button>');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('button').textContent()).resolves.toBe('Сохранено');
    // Cyrillic has glyphs in the bundled Open Sans: the word takes room on the line.
    expect((await page.getByRole('button').boundingBox())!.width).toBeGreaterThan(40);
    await browser.close();
  } finally {
    await server.close();
  }
});
