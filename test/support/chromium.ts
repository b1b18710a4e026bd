import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.cjs';

/**
 * How long one browser test may take: a guard against a hung page, not a speed check (speed is
 * measured in bench/). Generous, because the machines tests run on are often shared and loaded.
 */
export const BROWSER_TEST_TIMEOUT_MS = 120_000;

/** The playground's user in browser tests. */
export const PLAYGROUND_USER = { email: 'you@localhost', locale: 'en' };

/** Debian's Chromium when installed, else the one from npm (scripts/chromium.cjs says which, and why). */
export function launchChromium(): Promise<Browser> {
  const { executablePath, env } = findChromium();
  return chromium.launch({ executablePath, env, args: CHROMIUM_ARGS });
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

/**
 * A new page on the playground, on a fresh copy of the demo workbook in the user's `locale`,
 * with the sidebar open and the window sized so that the sidebar's page is `sidebarHeight` px
 * tall (Sheets' sidebar is 300 px wide).
 */
export async function openPlaygroundPage(browser: Browser, url: string, options: { locale?: string; sidebarHeight?: number } = {}): Promise<Page> {
  const post = async (route: string, body: unknown) => {
    const response = await fetch(new URL(route, url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
  };
  await post('/api/locale', { locale: options.locale ?? PLAYGROUND_USER.locale });
  await post('/api/reset', {});
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(url);
  await page.locator('[data-testid=grid] td[data-a1="A1"]').filter({ hasText: /\S/ }).waitFor();
  await openSidebarFrom(page, 'showSidebar', 'features');
  const frameHeight = await page.getByTestId('sidebar-frame').evaluate((frame) => frame.getBoundingClientRect().height);
  if (options.sidebarHeight) await page.setViewportSize({ width: 1200, height: Math.round(800 + options.sidebarHeight - frameHeight) });
  return page;
}

/**
 * Retries an assertion until it passes or 60 s go by: the grid and the sidebar redraw after a
 * call returns, on their own schedule. A guard against a page that never redraws, not a speed
 * check: on a loaded machine an undo took longer than 5 s.
 */
export async function untilItHolds(assertion: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
