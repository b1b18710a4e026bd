// Takes docs/keep-in-touch.png: the Keep in touch panel on a fresh copy of the demo workbook, with
// a birth date and a marketing consent pasted for its first six customers (born this week), and
// the birthday list's WhatsApp messages prepared, 1400×900. Run after `node scripts/build.mjs`.
// Chromium as scripts/chromium.cjs finds it (Debian's, with fonts-noto-core and fonts-noto-cjk, for
// the Persian and Chinese names: see screenshot-playground.mjs).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseMenuItem, openSidebarFrom, withPlaygroundBrowser } from './builtPlayground.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'docs', 'keep-in-touch.png');
const DAY_MS = 86_400_000;

/** The pasted columns: a header, then a birth date from today through the next five days (born 1985–1990) and a yes. */
function birthdayColumns() {
  const rows = ['Date of birth\tMarketing consent'];
  for (let i = 0; i < 6; i++) {
    const day = new Date(Date.now() + i * DAY_MS);
    rows.push(`${1985 + i}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}\tyes`);
  }
  return `${rows.join('\r\n')}\r\n`;
}

async function main() {
  await withPlaygroundBrowser(async (browser, url) => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const cell = (a1) => page.locator(`[data-testid=grid] td[data-a1="${a1}"]`);
    await page.goto(url);
    await cell('A1').filter({ hasText: 'Name' }).waitFor();
    await chooseMenuItem(page, 'setUpCustomerSheet');
    await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();
    // The menu's set-up goes on to ask the default country and the language in the sidebar: the
    // user keeps the suggestion (Kazakhstan, from the demo's phones).
    const frame = page.frameLocator('[data-testid=sidebar-frame]');
    await frame.getByTestId('set-up-confirm').click();
    await frame.getByTestId('customer-count').waitFor();
    // Pasted as Sheets pastes a copied block: tab-separated, one edit.
    await cell('R1').click();
    await page.getByTestId('grid').evaluate((table, text) => {
      const view = table.ownerDocument.defaultView;
      const data = new view.DataTransfer();
      data.setData('text/plain', text);
      table.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, birthdayColumns());
    await cell('S7').filter({ hasText: 'yes' }).waitFor();

    await (await openSidebarFrom(page, 'showSidebar', 'open-keepInTouch')).getByTestId('open-keepInTouch').click();
    await frame.locator('section[data-list=birthdays]').waitFor();
    await frame.getByTestId('channel-birthdays').selectOption('whatsapp');
    await frame.getByTestId('prepare-birthdays').click();
    await frame.getByTestId('chat-link').first().waitFor();
    await page.waitForTimeout(300);
    await mkdir(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(`Wrote ${path.relative(process.cwd(), output)}`);
  });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
