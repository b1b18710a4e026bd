// Takes docs/sidebar-home.png, docs/sidebar-cleaning.png and docs/sidebar-duplicates.png: the
// playground's 300 px sidebar (about 700 px of page under its title) on a fresh copy of the demo
// workbook after Set up customer sheet, as a user first sees each panel, without scrolling.
// `node scripts/screenshot-sidebar.mjs [directory] [language]` writes them elsewhere (the
// "before" pictures of a change) or in another language (`fa`: sidebar-home-fa.png…).
// Run after `node scripts/build.mjs`. Fonts: see scripts/screenshot-playground.mjs.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseMenuItem, openSidebarFrom, withPlaygroundBrowser } from './builtPlayground.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputDirectory = path.resolve(process.argv[2] ?? path.join(root, 'docs'));
const language = process.argv[3] ?? 'en';
const suffix = language === 'en' ? '' : `-${language}`;

async function main() {
  await withPlaygroundBrowser(async (browser, url) => {
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
    // The menu's set-up goes on to ask the default country and the language: the user keeps the
    // suggestion (Kazakhstan, from the demo's phones) and the language chosen above.
    await frame.getByTestId('set-up-confirm').click();
    await frame.getByTestId('customer-count').waitFor();
    await mkdir(outputDirectory, { recursive: true });
    const sidebar = page.getByTestId('sidebar-panel');
    const shots = [
      ['showSidebar', 'customer-count', 'home'],
      ['showCleaningPanel', 'clean-apply', 'cleaning'],
      ['showDuplicatesPanel', 'dup-count', 'duplicates'],
    ];
    for (const [functionName, readyTestId, name] of shots) {
      await openSidebarFrom(page, functionName, readyTestId);
      await page.waitForTimeout(500);
      const file = path.join(outputDirectory, `sidebar-${name}${suffix}.png`);
      await sidebar.screenshot({ path: file });
      console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    }
  });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
