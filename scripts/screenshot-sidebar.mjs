// Takes docs/sidebar-home.png, docs/sidebar-cleaning.png and docs/sidebar-duplicates.png: the
// playground's 300 px sidebar (about 700 px of page under its title) on a fresh copy of the demo
// workbook after Set up customer sheet, as a user first sees each panel, without scrolling.
// `node scripts/screenshot-sidebar.mjs [directory] [language]` writes them elsewhere (the
// "before" pictures of a change) or in another language (`fa`: sidebar-home-fa.png…).
// Run after `node scripts/build.mjs`. Fonts: see scripts/screenshot-playground.mjs.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = path.resolve(process.argv[2] ?? path.join(root, 'docs'));
const language = process.argv[3] ?? 'en';
const suffix = language === 'en' ? '' : `-${language}`;
const { findChromium, CHROMIUM_ARGS } = createRequire(import.meta.url)('./chromium.cjs');

/** `node build/playground.cjs` on a new workbook file (so the demo is created fresh), with the URL it prints. */
function startPlayground(workbook) {
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
async function chooseMenuItem(page, functionName) {
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

async function main() {
  const directory = await mkdtemp(path.join(tmpdir(), 'clientele-sidebar-shots-'));
  const { child, url } = await startPlayground(path.join(directory, 'workbook.json'));
  const { executablePath, env } = findChromium();
  const browser = await chromium.launch({ executablePath, env, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 760 } });
    await page.goto(url);
    await page.locator('[data-testid=grid] td[data-a1="A1"]', { hasText: 'Name' }).waitFor();
    await chooseMenuItem(page, 'showSidebar');
    const frame = page.frameLocator('[data-testid=sidebar-frame]');
    if (language !== 'en') {
      await frame.getByTestId('language').selectOption(language);
      await frame.getByTestId('save-settings').click();
      await page.locator('[data-testid=sidebar-frame]').evaluate((element) => new Promise((resolve) => setTimeout(resolve, 1500, element)));
    }
    await chooseMenuItem(page, 'setUpCustomerSheet');
    await page.waitForTimeout(1500);
    await mkdir(outputDirectory, { recursive: true });
    const sidebar = page.getByTestId('sidebar-panel');
    const shots = [
      ['showSidebar', 'customer-count', 'home'],
      ['showCleaningPanel', 'clean-apply', 'cleaning'],
      ['showDuplicatesPanel', 'dup-count', 'duplicates'],
    ];
    for (const [functionName, readyTestId, name] of shots) {
      await chooseMenuItem(page, functionName);
      await frame.getByTestId(readyTestId).first().waitFor({ timeout: 120_000 });
      await page.waitForTimeout(500);
      const file = path.join(outputDirectory, `sidebar-${name}${suffix}.png`);
      await sidebar.screenshot({ path: file });
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
