// The built playground (build/playground.cjs) as the screenshot scripts drive it: started on a new
// workbook file (so the demo is created fresh) and its menu chosen as a person chooses it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { findChromium, CHROMIUM_ARGS } = createRequire(import.meta.url)('./chromium.cjs');

/** `node build/playground.cjs` on `workbook`, with the URL it prints. */
export function startPlayground(workbook) {
  const child = spawn(process.execPath, [path.join(root, 'build', 'playground.cjs'), '--port', '0', '--no-open', '--workbook', workbook], {
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let printed = '';
    child.stdout.on('data', (chunk) => {
      printed += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed);
      if (url) resolve({ child, url: url[0] });
    });
    child.on('exit', (code) => reject(new Error(`The playground exited with code ${code}.`)));
  });
}

/** Extensions ▸ Clientele ▸ the item; again when the page redrew its menu bar under the click (after a sidebar call). */
export async function chooseMenuItem(page, functionName) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.getByTestId('menu-extensions').click();
      await page.getByTestId('menu-addon').click({ timeout: 3000 });
      await page.locator(`[data-testid=menu-item][data-function="${functionName}"]`).click({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Chooses the menu item and waits for `readyTestId` in the sidebar it opens. The playground loads
 * each sidebar shown anew into its frame, so the page already there is marked first: what is
 * waited for is in the new page, not the old one that is about to go.
 */
export async function openSidebarFrom(page, functionName, readyTestId) {
  const frame = page.frameLocator('[data-testid=sidebar-frame]');
  if (await page.getByTestId('sidebar-panel').isVisible()) await frame.locator('html').evaluate((html) => html.setAttribute('data-replaced', ''));
  await chooseMenuItem(page, functionName);
  await frame.locator(`html:not([data-replaced]) [data-testid="${readyTestId}"]`).first().waitFor({ timeout: 120_000 });
  return frame;
}

/**
 * A fresh playground on a new workbook and a browser for it, for `run(browser, url)`; both are
 * closed, and the workbook removed, however `run` ends.
 */
export async function withPlaygroundBrowser(run) {
  const directory = await mkdtemp(path.join(tmpdir(), 'clientele-screenshot-'));
  const { child, url } = await startPlayground(path.join(directory, 'workbook.json'));
  const { executablePath, env, source } = findChromium();
  if (source.startsWith('@sparticuz')) console.warn(`${source} has no Arabic-script or CJK fonts: install Debian's chromium, fonts-noto-core and fonts-noto-cjk for pictures of every language.`);
  const browser = await chromium.launch({ executablePath, env, args: CHROMIUM_ARGS });
  try {
    return await run(browser, url);
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(directory, { recursive: true, force: true });
  }
}
