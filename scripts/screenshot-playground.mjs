// Takes docs/playground.png (the playground on a fresh copy of the demo workbook, with the
// sidebar open), docs/cleaning-panel.png (the cleaning preview) and docs/dashboard.png (the Dashboard
// sheet with its charts), 1400×900. Run after `node scripts/build.mjs`. Chromium as scripts/chromium.cjs
// finds it; the pictures need Debian's (with fonts-noto-core and fonts-noto-cjk) or $CHROMIUM: the one
// from npm has no Arabic-script or CJK glyphs, so Persian and Chinese would be blank.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseMenuItem, withPlaygroundBrowser } from './builtPlayground.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'docs', 'playground.png');
const cleaningOutput = path.join(root, 'docs', 'cleaning-panel.png');
const dashboardOutput = path.join(root, 'docs', 'dashboard.png');

async function main() {
  await withPlaygroundBrowser(async (browser, url) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.locator('[data-testid=grid] td[data-a1="A1"]', { hasText: 'Name' }).waitFor();
    await chooseMenuItem(page, 'showSidebar');
    const frame = page.frameLocator('[data-testid=sidebar-frame]');
    await frame.getByTestId('set-up').click();
    // Set-up first asks the default country and the language (Kazakhstan suggested from the demo's
    // phones): the user keeps the suggestion and sets up.
    await frame.getByTestId('set-up-question').waitFor();
    await frame.getByTestId('set-up-confirm').click();
    await page.locator('[data-testid=grid] td[data-row="1"]', { hasText: 'Customer ID' }).first().waitFor();
    await frame.getByTestId('summary').waitFor();
    // Set-up leaves the sidebar scrolled to its status line; the picture shows it from the top.
    await frame.locator('body').evaluate((body) => body.ownerDocument.defaultView.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await mkdir(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(`Wrote ${path.relative(process.cwd(), output)}`);

    // The cleaning panel, on the same demo: the preview before anything is applied.
    await chooseMenuItem(page, 'showCleaningPanel');
    const fixes = frame.getByTestId('clean-fixes');
    await fixes.waitFor();
    // As a user reads it: scrolled down to the fixes by column and kind (under the action bar that
    // stays at the top), the first two opened to show their before → after samples.
    await fixes.locator('summary').nth(0).click();
    await fixes.locator('summary').nth(1).click();
    await fixes.evaluate((section) => {
      const bar = section.ownerDocument.querySelector('.action-bar');
      section.ownerDocument.defaultView.scrollTo(0, section.getBoundingClientRect().top + section.ownerDocument.defaultView.scrollY - (bar?.getBoundingClientRect().height ?? 0));
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: cleaningOutput });
    console.log(`Wrote ${path.relative(process.cwd(), cleaningOutput)}`);

    // Update dashboard from the NPS panel, then the Dashboard sheet with its charts.
    await chooseMenuItem(page, 'showNpsReport');
    const npsPanel = page.frameLocator('[data-testid=sidebar-frame]');
    await npsPanel.getByTestId('update-dashboard').click();
    await page.locator('[data-testid=sheet-tab][data-sheet="Dashboard"]').click();
    await page.getByTestId('chart').first().waitFor();
    await npsPanel.getByTestId('update-follow-up').click();
    await npsPanel.getByTestId('follow-up-counts').waitFor();
    await page.locator('[data-testid=sheet-tab][data-sheet="Dashboard"]').click();
    await page.getByTestId('chart').first().waitFor();
    // The sidebar would hide the charts, which sit right of the tables; the toasts go after 5 s.
    await page.getByTestId('sidebar-close').click();
    await page.waitForTimeout(5500);
    await page.screenshot({ path: dashboardOutput });
    console.log(`Wrote ${path.relative(process.cwd(), dashboardOutput)}`);
  });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
