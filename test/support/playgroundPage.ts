/**
 * One playground (the built add-on in the local host, served over HTTP) for a browser test
 * file, and a page on it: a fresh one for each test, or with `onePage` one for the whole file
 * whose tests carry on from each other. A page error fails the test it happened in.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { startPlayground } from '../../src/local/playground/server';

export interface PlaygroundPage {
  /** The current test's page. */
  page(): Page;
  /** The playground's address (once the file's first hook has run). */
  readonly url: string;
  /** The file the playground keeps its workbook in (for a host that loads it). */
  readonly workbookFile: string;
  /** The page errors since the current page opened (one array for the file, emptied for a new page). */
  readonly pageErrors: readonly string[];
  /** POST to one of the playground's own routes (/api/reset, /api/locale). */
  post(route: string, body?: unknown): Promise<void>;
  /** A grid cell by its A1 notation. */
  cell(a1: string): Locator;
  sidebar(): FrameLocator;
}

export interface PlaygroundPageOptions {
  /** One page for the whole file, opened before its first test, instead of a fresh page per test. */
  onePage?: boolean;
  /** The page starts blank: the test goes to the playground itself (after a reset, say). */
  startBlank?: boolean;
}

/** Registers the file's hooks: call at the top level of a test file, before its own hooks. */
export function usePlaygroundPage(name: string, options: PlaygroundPageOptions = {}): PlaygroundPage {
  let directory: string;
  let browser: Browser;
  let playground: { url: string; close(): Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];

  async function openPage(): Promise<void> {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    pageErrors.length = 0;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    if (!options.startBlank) await page.goto(playground.url);
  }

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), `clientele-${name}-`));
    browser = await launchChromium();
    playground = await startPlayground({ port: 0, workbookFile: path.join(directory, 'workbook.json'), open: false });
    if (options.onePage) await openPage();
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  if (!options.onePage) beforeEach(openPage);

  afterEach(async () => {
    if (!options.onePage) await page.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    page: () => page,
    get url() {
      return playground.url;
    },
    get workbookFile() {
      return path.join(directory, 'workbook.json');
    },
    pageErrors,
    async post(route, body = {}) {
      const response = await fetch(new URL(route, playground.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    },
    cell: (a1) => page.locator(`[data-testid=grid] td[data-a1="${a1}"]`),
    sidebar: () => page.frameLocator('[data-testid=sidebar-frame]'),
  };
}
