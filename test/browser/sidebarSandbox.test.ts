/**
 * The playground's sidebar frame is sandboxed as Google sandboxes an HtmlService sidebar
 * ("HTML Service: Restrictions", https://developers.google.com/apps-script/guides/html/restrictions):
 * exactly the sandbox keywords Google lists, top navigation withheld, and served from an
 * origin of its own (Google's from *.googleusercontent.com inside docs.google.com), so it
 * cannot reach the page. The add-on's sidebar still works through google.script.run.
 */
import type { Frame, Page } from 'playwright-core';
import { openSidebarFrom, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

/** The keywords of Google's IFRAME sandbox mode, as its page lists them (allow-top-navigation-by-user-activation only for stand-alone projects). */
const GOOGLE_SANDBOX = ['allow-same-origin', 'allow-forms', 'allow-scripts', 'allow-popups', 'allow-downloads', 'allow-modals', 'allow-popups-to-escape-sandbox'];

const playground = usePlaygroundPage('sandbox', { onePage: true });
let page: Page;
let sidebar: Frame;

beforeAll(async () => {
  page = playground.page();
  sidebar = await openSidebarFrom(page, 'showSidebar', 'summary');
});

/** A link the sidebar's page could hold, to `href` in the browsing context `target`. */
async function addLink(href: string, target: '_top' | '_blank') {
  await sidebar.evaluate(({ href, target }) => {
    const link = document.createElement('a');
    link.href = href;
    link.target = target;
    link.textContent = target;
    link.dataset.testid = `link${target}`;
    document.body.append(link);
  }, { href, target });
  return sidebar.getByTestId(`link${target}`);
}

test('the frame carries exactly the sandbox keywords Google lists, and no top navigation', async () => {
  const tokens = await page.getByTestId('sidebar-frame').evaluate((frame) => [...(frame as HTMLIFrameElement).sandbox]);
  expect([...tokens].sort()).toEqual([...GOOGLE_SANDBOX].sort());
});

test('the sidebar is served from an origin of its own', async () => {
  const pageOrigin = new URL(playground.url).origin;
  const sidebarOrigin = await sidebar.evaluate(() => location.origin);
  expect(sidebarOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(sidebarOrigin).not.toBe(pageOrigin);
});

test('google.script.run works under the sandbox: a call answers its success handler, a failing one its failure handler', async () => {
  const state = await sidebar.evaluate(() => new Promise<unknown>((resolve, reject) => {
    (window as unknown as { google: GoogleScript }).google.script.run.withSuccessHandler(resolve).withFailureHandler(reject).getSidebarState();
  }));
  expect(state).toMatchObject({ summary: { sheetName: 'Customers' } });
  const failure = await sidebar.evaluate(() => new Promise<string>((resolve) => {
    (window as unknown as { google: GoogleScript }).google.script.run.withFailureHandler((error: Error) => resolve(error.message)).noSuchFunction();
  }));
  expect(failure).toBe('Script function not found: noSuchFunction');
});

test('the sidebar cannot read the page around it (window.top.document)', async () => {
  const outcome = await sidebar.evaluate(() => {
    try {
      return `read: ${window.top!.document.title}`;
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('SecurityError');
});

test("the sidebar cannot call the playground's server itself: only the page relays its calls", async () => {
  const pageOrigin = new URL(playground.url).origin;
  const outcome = await sidebar.evaluate((origin) => fetch(`${origin}/api/view`).then((response) => `status ${response.status}`, (error: Error) => error.name), pageOrigin);
  expect(outcome).toBe('TypeError');
});

test('a top navigation from the sidebar is blocked, by script and by a link the user clicks', async () => {
  const before = page.url();
  const scripted = await sidebar.evaluate((target) => {
    try {
      window.top!.location.href = target;
      return 'not refused';
    } catch (error) {
      return (error as Error).name;
    }
  }, `${before}?navigated-by-script`);
  expect(scripted).toBe('SecurityError');
  await (await addLink(`${before}?navigated-by-link`, '_top')).click();
  expect(await page.evaluate(() => location.href)).toBe(before);
});

test('what Google allows still works: a link to a new tab opens a popup', async () => {
  const link = await addLink(`${new URL(playground.url).origin}/`, '_blank');
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  expect(popup.url()).toBe(`${new URL(playground.url).origin}/`);
  await popup.close();
});

/** The google.script.run calls this test makes (noSuchFunction is no server function). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  getSidebarState(): void;
  noSuchFunction(): void;
}

interface GoogleScript {
  script: { run: ScriptRun };
}
