/**
 * One playground (the built add-on in the local host, served over HTTP) for a browser test
 * file, and a fresh page for each test: a page error fails the test it happened in.
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
  /** POST to one of the playground's own routes (/api/reset, /api/locale). */
  post(route: string, body?: unknown): Promise<void>;
  /** A grid cell by its A1 notation. */
  cell(a1: string): Locator;
  sidebar(): FrameLocator;
}

/** Registers the file's hooks: call at the top level of a test file. */
export function usePlaygroundPage(name: string): PlaygroundPage {
  let directory: string;
  let browser: Browser;
  let playground: { url: string; close(): Promise<void> };
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), `clientele-${name}-`));
    browser = await launchChromium();
    playground = await startPlayground({ port: 0, workbookFile: path.join(directory, 'workbook.json'), open: false });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(playground.url);
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  return {
    page: () => page,
    async post(route, body = {}) {
      const response = await fetch(new URL(route, playground.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    },
    cell: (a1) => page.locator(`[data-testid=grid] td[data-a1="${a1}"]`),
    sidebar: () => page.frameLocator('[data-testid=sidebar-frame]'),
  };
}
