// Takes docs/customer-card.png: the customer card in the playground's 300 px sidebar, in English,
// on a fresh copy of the demo workbook after Set up customer sheet: the second customer's row
// selected, two purchases added from the card, and the card as it shows once its second call has
// filled in the purchases. Run after `node scripts/build.mjs`. Fonts: see screenshot-playground.mjs.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseMenuItem, openSidebarFrom, withPlaygroundBrowser } from './builtPlayground.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'docs', 'customer-card.png');

async function main() {
  await withPlaygroundBrowser(async (browser, url) => {
    // Tall enough for the whole card under the panel's search field.
    const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
    await page.goto(url);
    await page.locator('[data-testid=grid] td[data-a1="A1"]', { hasText: 'Name' }).waitFor();
    await chooseMenuItem(page, 'setUpCustomerSheet');
    // The menu's set-up goes on to ask the default country and the language: the user keeps the suggestion.
    const frame = page.frameLocator('[data-testid=sidebar-frame]');
    await frame.getByTestId('set-up-confirm').click();
    await frame.getByTestId('customer-count').waitFor();
    const idCell = page.locator('[data-testid=grid] td', { hasText: /^C-000002$/ });
    const row = await idCell.getAttribute('data-row');
    await page.locator(`[data-testid=grid] td[data-row="${row}"][data-column="2"]`).dispatchEvent('mousedown');
    const sidebar = await openSidebarFrom(page, 'showCustomerCard', 'card-selected');
    await sidebar.locator('[data-testid=card][data-customer="C-000002"] [data-section=purchases]:not([data-loading])').waitFor();
    for (const [date, amount, item] of [['2026-10-14', '18 000', 'Colour and cut'], ['2026-11-18', '9 500', 'Haircut']]) {
      const summary = sidebar.getByText('Add a purchase');
      if (!(await sidebar.getByTestId('purchase-amount').isVisible())) await summary.click();
      await sidebar.getByTestId('purchase-date').fill(date);
      await sidebar.getByTestId('purchase-amount').fill(amount);
      await sidebar.getByTestId('purchase-item').fill(item);
      await sidebar.getByTestId('save-purchase').click();
      await sidebar.locator('[data-section=purchases]:not([data-loading])', { hasText: item }).waitFor();
    }
    await page.waitForTimeout(500);
    await mkdir(path.dirname(output), { recursive: true });
    await page.getByTestId('sidebar-panel').screenshot({ path: output });
    console.log(`Wrote ${path.relative(process.cwd(), output)}`);
  });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
