import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

/**
 * How long one browser test may take: a guard against a hung page, not a speed check (speed is
 * measured in bench/). Generous, because the machines tests run on are often shared and loaded.
 */
export const BROWSER_TEST_TIMEOUT_MS = 120_000;

/** The playground's user in browser tests. */
export const PLAYGROUND_USER = { email: 'you@localhost', locale: 'en' };

/** Debian's Chromium (playwright cannot download one here), headless, reaching nothing on the network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Extensions ▸ Clientele ▸ the item that calls `functionName`, as a person clicks it in the playground. */
export async function chooseMenuItem(page: Page, functionName: string): Promise<void> {
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-addon').click();
  await page.locator(`[data-testid=menu-item][data-function="${functionName}"]`).click();
}

/** The sidebar the menu item opened, once `readyTestId` shows in it. */
export async function openSidebarFrom(page: Page, functionName: string, readyTestId: string): Promise<Frame> {
  await chooseMenuItem(page, functionName);
  await page.getByTestId('sidebar-panel').waitFor();
  const frame = (await (await page.getByTestId('sidebar-frame').elementHandle())!.contentFrame())!;
  await frame.getByTestId(readyTestId).waitFor();
  return frame;
}
